using System.Collections.Immutable;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// Dragoman's actor dictionary: countries, organisations, armed groups, outlets and people (with
/// dated roles), the agent nouns that combine with them into codes, and the places they name.
/// Loaded once, immutable, shared by every thread.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> BundledInstance = new(() => Load(DataFiles.Bundled("data/actors/")));

    private ActorDictionary(ActorDictionaryParser.Result parsed)
    {
        Entries = [.. parsed.Entries];
        Agents = [.. parsed.Agents];
        Places = [.. parsed.Places];
        Diagnostics = [.. parsed.Diagnostics];
        Countries = Entries.Where(e => e.Kind == ActorEntryKind.Country)
            .GroupBy(e => e.Code!, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        Matcher = new PhraseMatcher<PhraseMeaning>();
        foreach (var entry in Entries)
        {
            foreach (var name in entry.Names)
            {
                Matcher.Add(name, new PhraseMeaning(PhraseKind.ActorName, entry, null, null));
            }
            foreach (var adjective in entry.Adjectives)
            {
                Matcher.Add(adjective, new PhraseMeaning(PhraseKind.ActorAdjective, entry, null, null));
            }
            if (entry.Capital is { } capital)
            {
                foreach (var name in capital.Names)
                {
                    Matcher.Add(name, new PhraseMeaning(PhraseKind.Capital, entry, null, capital));
                }
            }
            foreach (var city in entry.Cities)
            {
                Matcher.Add(city.Name, new PhraseMeaning(PhraseKind.Place, null, null, city));
            }
        }
        foreach (var place in Places)
        {
            foreach (var name in place.Names)
            {
                Matcher.Add(name, new PhraseMeaning(PhraseKind.Place, null, null, place));
            }
        }
        foreach (var agent in Agents)
        {
            foreach (var word in agent.Words)
            {
                foreach (var form in AgentForms(word))
                {
                    Matcher.Add(form, new PhraseMeaning(PhraseKind.Agent, null, agent, null));
                }
            }
        }
        Matcher.Freeze();
    }

    /// <summary>The dictionary bundled with Dragoman (data/actors/*.txt).</summary>
    public static ActorDictionary Bundled => BundledInstance.Value;

    /// <summary>Every actor entry in file order.</summary>
    public ImmutableArray<ActorEntry> Entries { get; }

    /// <summary>Every agent entry.</summary>
    public ImmutableArray<AgentEntry> Agents { get; }

    /// <summary>Every stand-alone place entry (capitals and cities are on their countries).</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Country entries by code.</summary>
    public ImmutableDictionary<string, ActorEntry> Countries { get; }

    /// <summary>Warnings found while loading (errors make loading fail).</summary>
    public ImmutableArray<DictionaryDiagnostic> Diagnostics { get; }

    /// <summary>The phrase matcher over every name, adjective, place and agent word.</summary>
    public PhraseMatcher<PhraseMeaning> Matcher { get; }

    /// <summary>Loads every dictionary file under <paramref name="directory"/>.</summary>
    /// <exception cref="DictionaryFormatException">A file is malformed; the message names file and line.</exception>
    public static ActorDictionary LoadDirectory(string directory) => Load(DataFiles.FromDirectory(directory));

    /// <summary>Parses files without failing on errors, for lint.</summary>
    internal static (ActorDictionary? Dictionary, IReadOnlyList<DictionaryDiagnostic> Diagnostics) Check(IReadOnlyList<DataFile> files)
    {
        var parsed = new ActorDictionaryParser.Result();
        foreach (var f in files)
        {
            ActorDictionaryParser.Parse(f, parsed);
        }
        var dictionary = new ActorDictionary(parsed);
        var all = parsed.Diagnostics.Concat(dictionary.CrossCheck()).Concat(ActorDictionaryLint.Check(dictionary)).ToList();
        return (dictionary, all);
    }

    internal static ActorDictionary Load(IReadOnlyList<DataFile> files)
    {
        var parsed = new ActorDictionaryParser.Result();
        foreach (var f in files)
        {
            ActorDictionaryParser.Parse(f, parsed);
        }
        var errors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DictionaryFormatException(errors);
        }
        return new ActorDictionary(parsed);
    }

    /// <summary>
    /// Consistency checks across entries: unknown country codes, the same name on two actors that
    /// exist at the same time, overlapping roles of one person with different codes.
    /// </summary>
    internal IEnumerable<DictionaryDiagnostic> CrossCheck()
    {
        foreach (var e in Entries)
        {
            if (e.Country is { } c && !Countries.ContainsKey(c) && !IsSpecialCountry(c))
            {
                yield return new DictionaryDiagnostic(e.File, e.Line, DiagnosticSeverity.Error, "unknown-country", $"'{e.Name}' refers to unknown country {c}");
            }
            for (var i = 0; i < e.Roles.Length; i++)
            {
                for (var j = i + 1; j < e.Roles.Length; j++)
                {
                    var (a, b) = (e.Roles[i], e.Roles[j]);
                    if (a.Code != b.Code && a.Period.Overlaps(b.Period))
                    {
                        yield return new DictionaryDiagnostic(e.File, e.Line, DiagnosticSeverity.Warning, "overlapping-dates",
                            $"'{e.Name}': roles {a.Code} {a.Period} and {b.Code} {b.Period} overlap; the first listed wins");
                    }
                }
            }
        }
        var byName = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            foreach (var n in e.Names)
            {
                // The same key exactly when the matcher could confuse the two: short capitals keep their case.
                var key = string.Join(' ', PhraseMatcher<PhraseMeaning>.Words(n).Select(w => w.Length <= 4 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : w.ToLowerInvariant()));
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }
                if (!list.Contains(e))
                {
                    list.Add(e);
                }
            }
        }
        foreach (var (name, list) in byName)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (ActiveTogether(a, b))
                    {
                        yield return new DictionaryDiagnostic(b.File, b.Line, DiagnosticSeverity.Warning, "duplicate-name",
                            $"name '{name}' is on both '{a.Name}' ({a.File}:{a.Line}) and '{b.Name}'");
                    }
                }
            }
        }
    }

    private static bool ActiveTogether(ActorEntry a, ActorEntry b)
    {
        var pa = a.Roles.IsEmpty ? [a.Period] : a.Roles.Select(r => r.Period).ToArray();
        var pb = b.Roles.IsEmpty ? [b.Period] : b.Roles.Select(r => r.Period).ToArray();
        return pa.Any(x => pb.Any(x.Overlaps));
    }

    // Codes that stand for a region or the world rather than one state.
    private static bool IsSpecialCountry(string code) => RegionCodes.Contains(code);

    /// <summary>CAMEO codes for regions and the world, usable where a country code is expected.</summary>
    public static readonly IReadOnlySet<string> RegionCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "IGO", "NGO", "INT", "UNK", "WST", "AFR", "ASA", "EUR", "MEA", "LAM", "NAF", "SAF", "WAF", "EAF", "CAF", "SAS", "SEA", "CAS",
        "BLK", "CRB", "NMR", "SAM", "PGS", "MDT", "CAU", "EEU", "SCN", "EAS", "CEU", "WEU", "OCE", "ARC", "ANT",
    };

    /// <summary>A phrase and its plural: agent words are listed in the singular ("official" also matches "officials").</summary>
    internal static IEnumerable<string> AgentForms(string word)
    {
        yield return word;
        var lastSpace = word.LastIndexOf(' ');
        var head = word[(lastSpace + 1)..];
        var prefix = word[..(lastSpace + 1)];
        string plural;
        if (head.EndsWith("man", StringComparison.Ordinal) && !head.EndsWith("human", StringComparison.Ordinal))
        {
            plural = head[..^3] + "men";
        }
        else if (head.EndsWith('y') && head.Length > 2 && !"aeiou".Contains(head[^2]))
        {
            plural = head[..^1] + "ies";
        }
        else if (head.EndsWith('s') || head.EndsWith('x') || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith("sh", StringComparison.Ordinal))
        {
            plural = head + "es";
        }
        else
        {
            plural = head + "s";
        }
        if (plural != head)
        {
            yield return prefix + plural;
        }
    }
}
