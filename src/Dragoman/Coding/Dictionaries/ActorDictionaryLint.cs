using System.Collections.Frozen;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// Lint rules over a loaded actor dictionary that look for names the phrase matcher will
/// misread: a place name given to two current states, a place that shares a name with an actor
/// of another state, a one-word name that is a common English word (capitalised, it still matches
/// at the start of a sentence; in lower case, anywhere), an agent word on two agents, two
/// countries with one code, and a person's code that names no country, organisation or group the
/// dictionaries define. Short all-capitals names ("US", "WHO") are exempt from the common-word
/// rule: the matcher needs them in exactly that case.
/// </summary>
internal static class ActorDictionaryLint
{
    /// <summary>Runs every rule; warnings only.</summary>
    public static IEnumerable<DictionaryDiagnostic> Check(ActorDictionary dictionary)
    {
        var places = PlaceNames(dictionary).ToList();
        foreach (var d in AmbiguousPlaces(places))
        {
            yield return d;
        }
        foreach (var d in PlacesNamedLikeActors(dictionary, places))
        {
            yield return d;
        }
        foreach (var d in RiskyNames(dictionary, places))
        {
            yield return d;
        }
        foreach (var d in DuplicateAgentWords(dictionary))
        {
            yield return d;
        }
        foreach (var d in DuplicateCountryCodes(dictionary))
        {
            yield return d;
        }
        foreach (var d in UnknownRoleCodes(dictionary))
        {
            yield return d;
        }
    }

    /// <summary>A place name with where it is written and which state it belongs to.</summary>
    private sealed record PlaceName(string Key, string Name, string? Country, bool Current, string File, int Line);

    private static string Key(string phrase) => string.Join(' ', PhraseMatcher<PhraseMeaning>.Words(phrase)).ToLowerInvariant();

    private static IEnumerable<PlaceName> PlaceNames(ActorDictionary dictionary)
    {
        foreach (var e in dictionary.Entries)
        {
            var current = e.Period.To is null;
            if (e.Capital is { } capital)
            {
                foreach (var n in capital.Names)
                {
                    yield return new PlaceName(Key(n), n, e.Code, current, capital.File, capital.Line);
                }
            }
            foreach (var city in e.Cities)
            {
                yield return new PlaceName(Key(city.Name), city.Name, e.Code, current, city.File, city.Line);
            }
        }
        foreach (var p in dictionary.Places)
        {
            foreach (var n in p.Names)
            {
                yield return new PlaceName(Key(n), n, p.Country, true, p.File, p.Line);
            }
        }
    }

    // The same place name on two current states: the matcher cannot tell which is meant.
    private static IEnumerable<DictionaryDiagnostic> AmbiguousPlaces(List<PlaceName> places)
    {
        foreach (var group in places.Where(p => p.Current).GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(p => p.Country != first.Country).DistinctBy(p => p.Country))
            {
                yield return new DictionaryDiagnostic(other.File, other.Line, DiagnosticSeverity.Warning, "ambiguous-place",
                    $"place '{other.Name}' ({other.Country}) has the name of a place in {first.Country} ({first.File}:{first.Line})");
            }
        }
    }

    // A place named like an actor of another state ("Jordan" the river, "Georgia" the US state).
    private static IEnumerable<DictionaryDiagnostic> PlacesNamedLikeActors(ActorDictionary dictionary, List<PlaceName> places)
    {
        var actors = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var e in dictionary.Entries.Where(e => e.Period.To is null && e.Kind != ActorEntryKind.Person))
        {
            foreach (var n in e.Names.Concat(e.Adjectives))
            {
                actors.TryAdd(Key(n), e);
            }
        }
        foreach (var p in places.Where(p => p.Current))
        {
            if (actors.TryGetValue(p.Key, out var actor) && (actor.Country ?? actor.Code) != p.Country)
            {
                yield return new DictionaryDiagnostic(p.File, p.Line, DiagnosticSeverity.Warning, "place-actor-name",
                    $"place '{p.Name}' ({p.Country}) has the name of '{actor.Name}' ({actor.Code}, {actor.File}:{actor.Line})");
            }
        }
    }

    private static IEnumerable<DictionaryDiagnostic> RiskyNames(ActorDictionary dictionary, List<PlaceName> places)
    {
        var names = dictionary.Entries
            .SelectMany(e => e.Names.Concat(e.Adjectives).Select(n => (Name: n, e.File, e.Line)))
            .Concat(places.Select(p => (p.Name, p.File, p.Line)));
        foreach (var (name, file, line) in names)
        {
            var words = PhraseMatcher<PhraseMeaning>.Words(name);
            if (words.Length != 1 || !words[0].Any(char.IsLetter))
            {
                continue;
            }
            var word = words[0];
            var acronym = word.Length <= 4 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (!acronym && CommonWords.Contains(word.ToLowerInvariant()))
            {
                yield return new DictionaryDiagnostic(file, line, DiagnosticSeverity.Warning, "common-word",
                    char.IsUpper(word[0])
                        ? $"name '{name}' is a common English word: it matches at the start of any sentence"
                        : $"name '{name}' is a common English word in lower case: it matches the word anywhere");
            }
        }
    }

    private static IEnumerable<DictionaryDiagnostic> DuplicateAgentWords(ActorDictionary dictionary)
    {
        var seen = new Dictionary<string, AgentEntry>(StringComparer.Ordinal);
        foreach (var agent in dictionary.Agents)
        {
            foreach (var word in agent.Words)
            {
                foreach (var form in ActorDictionary.AgentForms(word))
                {
                    var key = Key(form);
                    if (!seen.TryAdd(key, agent) && seen[key] != agent)
                    {
                        var other = seen[key];
                        yield return new DictionaryDiagnostic(agent.File, agent.Line, DiagnosticSeverity.Warning, "duplicate-agent-word",
                            $"agent word '{form}' is on both {other.Code} ({other.File}:{other.Line}) and {agent.Code}");
                    }
                }
            }
        }
    }

    private static IEnumerable<DictionaryDiagnostic> DuplicateCountryCodes(ActorDictionary dictionary)
    {
        foreach (var group in dictionary.Entries.Where(e => e.Kind == ActorEntryKind.Country).GroupBy(e => e.Code!, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                yield return new DictionaryDiagnostic(other.File, other.Line, DiagnosticSeverity.Warning, "duplicate-country-code",
                    $"country code {other.Code} is already used by '{first.Name}' ({first.File}:{first.Line}); only the first is used");
            }
        }
    }

    /// <summary>CAMEO's actor-type codes, which may follow a country or an organisation in a code.</summary>
    internal static readonly FrozenSet<string> TypeCodes = new[]
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PKO", "SET", "NGO", "IGO", "MNC", "NGM", "REL",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A person's code must say something the dictionaries define: a country or region followed by
    // type codes (RUSGOV, PSEOPP), or an organisation's or group's code, possibly followed by type
    // codes (IGOUNO, PSEREBHMS, IGOUNOGOV). An IGO/NGO/IMG code or a group code that no entry
    // defines is a typo or another convention (IGOWSTNAT for NATO's IGONAT).
    private static IEnumerable<DictionaryDiagnostic> UnknownRoleCodes(ActorDictionary dictionary)
    {
        var defined = dictionary.Entries.Where(e => e.Kind != ActorEntryKind.Person && e.Code is not null)
            .Select(e => e.Code!).ToHashSet(StringComparer.Ordinal);
        bool TypesOnly(string rest)
        {
            for (var i = 0; i < rest.Length; i += 3)
            {
                if (!TypeCodes.Contains(rest.Substring(i, 3)))
                {
                    return false;
                }
            }
            return true;
        }
        bool Known(string code)
        {
            if (defined.Contains(code))
            {
                return true;
            }
            var head = code[..3];
            if (head is not ("IGO" or "NGO" or "IMG") && (dictionary.Countries.ContainsKey(head) || ActorDictionary.RegionCodes.Contains(head)) && TypesOnly(code[3..]))
            {
                return true;
            }
            for (var cut = code.Length - 3; cut >= 3; cut -= 3)
            {
                if (defined.Contains(code[..cut]) && TypesOnly(code[cut..]))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var e in dictionary.Entries.Where(e => e.Kind == ActorEntryKind.Person))
        {
            foreach (var code in e.Roles.Select(r => r.Code).Append(e.Code).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!Known(code))
                {
                    yield return new DictionaryDiagnostic(e.File, e.Line, DiagnosticSeverity.Warning, "unknown-role-code",
                        $"'{e.Name}': code {code} is neither a country with agent types nor an organisation or group the dictionaries define");
                }
            }
        }
    }

    /// <summary>
    /// Frequent English words that begin sentences, and English words that are also place names
    /// (the reason a place is left out of the dictionaries: Male, Split, Van).
    /// </summary>
    internal static readonly FrozenSet<string> CommonWords = new[]
    {
        // function words
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "down", "during",
        "each", "even", "every", "few", "for", "from", "further", "had", "has", "have", "he", "her", "here", "him", "his",
        "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "last", "later", "least", "less", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "never", "new", "next", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
        "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "though", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your",
        // months and days
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // frequent words that begin news sentences
        "according", "asked", "authorities", "earlier", "officials", "police", "meanwhile", "separately", "speaking",
        "today", "tomorrow", "yesterday", "tonight", "several", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "first", "second", "third", "people", "government", "state", "president", "minister", "leaders",
        "talks", "news", "reports", "sources", "witnesses", "residents", "troops", "forces", "security", "peace", "war",
        "hope", "deal", "aid", "help", "home", "world", "union", "national", "central", "general", "united", "royal",
        "free", "liberty", "justice", "independence", "unity", "solidarity", "memorial", "victory", "freedom",
        // English words that are also place names
        "male", "split", "van", "bar", "nice", "mobile", "reading", "bath", "sale", "bo", "kara", "lira", "palma",
        "david", "charlotte", "austin", "darwin", "victoria", "gulf",
    }.ToFrozenSet(StringComparer.Ordinal);
}
