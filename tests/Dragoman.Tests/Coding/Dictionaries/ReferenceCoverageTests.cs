using System.Globalization;
using System.Text;
using System.Text.Json;
using Dragoman.Coding.Dictionaries;
using Xunit.Abstractions;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// The bundled dictionaries checked against third-party reference data in ../shared (the
/// mledoze country list and GeoNames). The reference is read here, never copied into data/.
/// Skipped, with a message, where ../shared is absent.
/// </summary>
public class ReferenceCoverageTests(ITestOutputHelper output)
{
    private static ActorDictionary Bundled => ActorDictionary.Bundled;

    private sealed record RefCountry(string Cca2, string Cca3, string CommonName, bool UnMember, string[] Capitals, string[] Demonyms);

    private static readonly Lazy<List<RefCountry>> Reference = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedReference.SharedFile("gazetteers", "countries-mledoze", "countries.json")));
        var list = new List<RefCountry>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var p in eng.EnumerateObject())
                {
                    demonyms.AddRange(p.Value.GetString()!.Split([",", " or "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
            }
            list.Add(new RefCountry(
                c.GetProperty("cca2").GetString()!,
                c.GetProperty("cca3").GetString()!,
                c.GetProperty("name").GetProperty("common").GetString()!,
                c.TryGetProperty("unMember", out var un) && un.GetBoolean(),
                [.. c.GetProperty("capital").EnumerateArray().Select(x => x.GetString()!)],
                [.. demonyms.Distinct(StringComparer.Ordinal)]));
        }
        return list;
    });

    private static List<RefCountry> UnMembers => [.. Reference.Value.Where(c => c.UnMember)];

    private static ActorEntry Country(string code) =>
        Bundled.Countries.TryGetValue(code, out var e) ? e : throw new Xunit.Sdk.XunitException($"no country entry {code}");

    private static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var ch in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch));
            }
        }
        return sb.ToString();
    }

    [SharedDataFact]
    public void Every_UN_member_has_a_country_entry_with_its_ISO_code()
    {
        var members = UnMembers;
        Assert.True(members.Count >= 193, $"the reference lists {members.Count} UN members");
        var missing = members.Where(c => !Bundled.Countries.ContainsKey(c.Cca3)).Select(c => $"{c.Cca3} {c.CommonName}").ToList();
        Assert.True(missing.Count == 0, "UN members without a country entry: " + string.Join(", ", missing));
    }

    [SharedDataFact]
    public void Every_UN_member_is_named_as_the_reference_names_it()
    {
        // COG: "Congo" alone is given to the Democratic Republic of the Congo (countries.txt explains why).
        var exceptions = new HashSet<string>(StringComparer.Ordinal) { "COG" };
        var missing = UnMembers
            .Where(c => !exceptions.Contains(c.Cca3) && Bundled.Countries.ContainsKey(c.Cca3))
            .Where(c => !Country(c.Cca3).Names.Any(n => Fold(n) == Fold(c.CommonName)))
            .Select(c => $"{c.Cca3}: '{c.CommonName}'")
            .ToList();
        Assert.True(missing.Count == 0, "countries without the reference's common name: " + string.Join(", ", missing));
    }

    [SharedDataFact]
    public void Every_UN_member_has_the_reference_capital_among_its_places()
    {
        // SYC: Victoria is left out on purpose (countries.txt explains why).
        var exceptions = new HashSet<string>(StringComparer.Ordinal) { "SYC" };
        var missing = new List<string>();
        foreach (var c in UnMembers.Where(c => !exceptions.Contains(c.Cca3) && Bundled.Countries.ContainsKey(c.Cca3)))
        {
            var e = Country(c.Cca3);
            var ours = (e.Capital?.Names ?? []).Concat(e.Cities.Select(x => x.Name)).Select(Fold).ToList();
            // "City of San Marino" is San Marino; a reference capital containing one of our names counts.
            bool Known(string capital) => ours.Any(o => Fold(capital) == o || (" " + Fold(capital) + " ").Contains(" " + o + " ", StringComparison.Ordinal));
            if (!c.Capitals.Any(Known))
            {
                missing.Add($"{c.Cca3}: {string.Join(" / ", c.Capitals)} (ours: {e.Capital?.Name ?? "none"})");
            }
        }
        Assert.True(missing.Count == 0, "reference capitals missing: " + string.Join("; ", missing));
    }

    [SharedDataFact]
    public void Every_UN_member_has_the_reference_demonym_among_its_adjectives()
    {
        // Left out on purpose: COG and DMA share their demonym with the DRC and the Dominican
        // Republic, which get it. The reference gives a country name (DJI), no demonym (VAT), or a
        // spelling the news does not use (GNB Guinea-Bissauan, MDV Maldivan, TJK Tadzhik, CPV Cape Verdian).
        var exceptions = new HashSet<string>(StringComparer.Ordinal) { "COG", "DMA", "DJI", "VAT", "GNB", "MDV", "TJK", "CPV" };
        var missing = new List<string>();
        foreach (var c in UnMembers.Where(c => !exceptions.Contains(c.Cca3) && Bundled.Countries.ContainsKey(c.Cca3)))
        {
            var adjectives = Country(c.Cca3).Adjectives.Select(Fold).ToHashSet(StringComparer.Ordinal);
            foreach (var d in c.Demonyms.Where(d => !adjectives.Contains(Fold(d))))
            {
                missing.Add($"{c.Cca3}: {d}");
            }
        }
        Assert.True(missing.Count == 0, "reference demonyms missing from adjectives: " + string.Join(", ", missing));
    }

    private sealed record GeoName(double Latitude, double Longitude, string Name);

    private static readonly Lazy<Dictionary<(string Country, string Name), List<GeoName>>> GeoNames = new(() =>
    {
        var iso3 = Reference.Value.ToDictionary(c => c.Cca2, c => c.Cca3, StringComparer.Ordinal);
        iso3["XK"] = "XKX"; // the reference gives Kosovo a placeholder code
        var index = new Dictionary<(string, string), List<GeoName>>();
        foreach (var line in File.ReadLines(SharedReference.SharedFile("gazetteers", "geonames", "cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 9 || !iso3.TryGetValue(f[8], out var country))
            {
                continue;
            }
            var place = new GeoName(double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), f[1]);
            foreach (var name in f[3].Split(',').Append(f[1]).Append(f[2]).Where(n => n.Length > 0).Select(Fold).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue((country, name), out var list))
                {
                    index[(country, name)] = list = [];
                }
                list.Add(place);
            }
        }
        return index;
    });

    [SharedDataFact]
    public void Capitals_and_cities_lie_within_half_a_degree_of_the_GeoNames_place_of_that_name()
    {
        var bad = new List<string>();
        int checkedCapitals = 0, checkedCities = 0, unknown = 0;
        foreach (var e in Bundled.Entries.Where(e => e.Kind == ActorEntryKind.Country && e.Period.To is null))
        {
            var places = (e.Capital is { } cap ? [cap] : Array.Empty<Place>()).Concat(e.Cities);
            foreach (var p in places.Where(p => p.Latitude is not null))
            {
                if (!GeoNames.Value.TryGetValue((e.Code!, Fold(p.Name)), out var candidates))
                {
                    unknown++;
                    continue;
                }
                var nearest = candidates.MinBy(g => Math.Max(Math.Abs(g.Latitude - p.Latitude!.Value), Math.Abs(g.Longitude - p.Longitude!.Value)))!;
                var distance = Math.Max(Math.Abs(nearest.Latitude - p.Latitude!.Value), Math.Abs(nearest.Longitude - p.Longitude!.Value));
                if (distance > 0.5)
                {
                    bad.Add($"{p.File}:{p.Line}: {e.Code} {p.Name} ({p.Latitude}, {p.Longitude}) is {distance:0.00}° from GeoNames {nearest.Name} ({nearest.Latitude}, {nearest.Longitude})");
                }
                if (p.Kind == "capital")
                {
                    checkedCapitals++;
                }
                else
                {
                    checkedCities++;
                }
            }
        }
        output.WriteLine($"checked {checkedCapitals} capitals and {checkedCities} cities; {unknown} names not in GeoNames");
        Assert.True(bad.Count == 0, string.Join('\n', bad));
        Assert.True(checkedCapitals >= 180, $"only {checkedCapitals} capitals could be checked: is the GeoNames file complete?");
        Assert.True(checkedCities >= 1000, $"only {checkedCities} cities could be checked");
    }

    [SharedDataFact]
    public void The_seed_article_names_its_actors_and_places()
    {
        var text = File.ReadAllText(SharedReference.SharedFile("examples", "seed-article.txt"));
        var words = PhraseMatcher<PhraseMeaning>.Words(text);
        var lowered = words.Select(w => w.ToLowerInvariant()).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length;)
        {
            var (length, values) = Bundled.Matcher.MatchLongest(words, lowered, i, words.Length);
            foreach (var v in values)
            {
                found.Add($"{v.Kind}:{v.Actor?.Code ?? v.Agent?.Code ?? v.Place?.Country}");
            }
            i += Math.Max(length, 1);
        }
        output.WriteLine(string.Join(", ", found.Order(StringComparer.Ordinal)));
        string[] expected =
        [
            "ActorName:PSEREBHMS", "Capital:RUS", "ActorName:RUS", "ActorAdjective:RUS", "Place:MEA", "Place:PSE",
            "ActorName:RUSMED", "ActorName:ISR", "ActorName:IRN", "ActorName:PSEGOV", "ActorAdjective:ISR",
            "Place:WST", "ActorName:USAMED", "ActorName:USA", "ActorAdjective:PSE", "Agent:GOV", "Agent:CVL",
        ];
        Assert.All(expected, code => Assert.Contains(code, found));
    }
}
