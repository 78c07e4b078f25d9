using System.Globalization;
using Dragoman.Coding.Dictionaries;
using Dragoman.Nlp.Entities;

namespace Dragoman.Nlp.Training;

/// <summary>
/// Builds the recogniser's <see cref="NameLexicon"/> from reference lists read at training time:
/// GeoNames (<c>gazetteers/geonames/</c>: cities of 15,000 people or more, first-level regions,
/// countries and capitals), PETRARCH's actor dictionaries (<c>reference/petrarch/dictionaries/</c>:
/// people, organisations and armed groups) and the project's own actor dictionary. Files that are
/// missing are skipped (and said so in the log); a line that cannot be read is skipped.
/// </summary>
public static class ReferenceNames
{
    /// <summary>The GeoNames directory under the shared reference directory.</summary>
    public const string GeoNamesDirectory = "gazetteers/geonames";

    /// <summary>The PETRARCH dictionary directory under the shared reference directory.</summary>
    public const string PetrarchDirectory = "reference/petrarch/dictionaries";

    /// <summary>
    /// The lexicon of the reference lists under <paramref name="sharedDirectory"/> (the directory
    /// holding <c>gazetteers/</c> and <c>reference/</c>) and of <paramref name="actors"/>.
    /// </summary>
    public static NameLexicon Build(string sharedDirectory, ActorDictionary? actors, TextWriter? log = null)
    {
        var builder = new NameLexiconBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;

        var geonames = Path.Combine(sharedDirectory, GeoNamesDirectory);
        foreach (var fields in Rows(Path.Combine(geonames, "cities15000.txt"), log))
        {
            if (fields.Length < 3)
            {
                continue;
            }
            builder.AddPlace(fields[1], GazetteerKinds.City);
            if (fields[2] != fields[1])
            {
                builder.AddPlace(fields[2], GazetteerKinds.City);
            }
            Count("cities");
        }
        foreach (var fields in Rows(Path.Combine(geonames, "regionInfo.tsv"), log))
        {
            if (fields.Length < 3)
            {
                continue;
            }
            builder.AddPlace(fields[1]);
            if (fields[2] != fields[1])
            {
                builder.AddPlace(fields[2]);
            }
            Count("regions");
        }
        foreach (var fields in Rows(Path.Combine(geonames, "countryInfo.tsv"), log))
        {
            if (fields.Length < 6)
            {
                continue;
            }
            builder.AddPlace(fields[4], GazetteerKinds.Country);
            if (fields[5].Length > 0)
            {
                builder.AddPlace(fields[5], GazetteerKinds.City);
            }
            Count("countries");
        }

        var petrarch = Path.Combine(sharedDirectory, PetrarchDirectory);
        foreach (var file in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            ReadPetrarchActors(Path.Combine(petrarch, file), builder, Count, log);
        }

        if (actors is not null)
        {
            foreach (var entry in actors.Entries)
            {
                foreach (var name in entry.Names)
                {
                    switch (entry.Kind)
                    {
                        case ActorEntryKind.Person:
                            builder.AddPerson(name);
                            Count("dictionary people");
                            break;
                        case ActorEntryKind.Country:
                            builder.AddPlace(name, GazetteerKinds.Country);
                            break;
                        default:
                            builder.AddOrganization(name);
                            Count("dictionary organisations");
                            break;
                    }
                }
            }
            foreach (var place in actors.Places)
            {
                foreach (var name in place.Names)
                {
                    builder.AddPlace(name, place.Kind switch
                    {
                        "country" => GazetteerKinds.Country,
                        "capital" or "city" => GazetteerKinds.City,
                        _ => GazetteerKinds.Location,
                    });
                }
            }
        }
        var lexicon = builder.Build();
        log?.WriteLine($"name lexicon: {string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value.ToString("N0", CultureInfo.InvariantCulture)} {c.Key}"))}; {lexicon.PhraseCount:N0} names, {lexicon.WordCount:N0} words");
        return lexicon;
    }

    // A PETRARCH actor file: an entry's first line names it ("SALI_BERISHA_  # CountryInfo.txt",
    // "HAMAS_ [PSEHMS]"), "+" lines are other names of it, tab-indented lines its dated codes.
    // Country entries' "+" lines are their cities and regions, which GeoNames already gives.
    private static void ReadPetrarchActors(string path, NameLexiconBuilder builder, Action<string> count, TextWriter? log)
    {
        if (!File.Exists(path))
        {
            log?.WriteLine($"name lexicon: {path} is missing; skipped");
            return;
        }
        var isCountries = Path.GetFileName(path).Contains("Countries", StringComparison.Ordinal);
        string? kind = null;
        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var synonym = line[0] == '+';
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var name = PetrarchName(bracket >= 0 ? line[..bracket] : line);
            if (!synonym)
            {
                // Without a code on its first line, an entry of the country file is a person; in
                // the other files it may be a post ("UN_SECRETARY_GENERAL"), so it is left out.
                kind = (isCountries, bracket >= 0) switch
                {
                    (true, true) => "country",
                    (true, false) => "person",
                    (false, true) => "group",
                    (false, false) => null,
                };
            }
            if (name.Length == 0)
            {
                continue;
            }
            switch (kind)
            {
                case "person" when !synonym:
                    builder.AddPerson(name);
                    count("PETRARCH people");
                    break;
                case "group":
                    builder.AddOrganization(name);
                    count("PETRARCH groups");
                    break;
            }
        }
    }

    // "DEMOCRATIC_FRONT_FOR_THE_LIBERATION_OF_PALESTINE_(DFLP)_" → "DEMOCRATIC FRONT FOR THE LIBERATION OF PALESTINE".
    private static string PetrarchName(string text)
    {
        text = text.TrimStart('+').Trim();
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            text = text[..paren];
        }
        return text.Replace('_', ' ').Trim();
    }

    private static IEnumerable<string[]> Rows(string path, TextWriter? log)
    {
        if (!File.Exists(path))
        {
            log?.WriteLine($"name lexicon: {path} is missing; skipped");
            yield break;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }
}
