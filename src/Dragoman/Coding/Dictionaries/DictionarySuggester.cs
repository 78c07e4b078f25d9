using System.Collections.Concurrent;
using Dragoman.Documents;

namespace Dragoman.Coding.Dictionaries;

/// <summary>A name the entity recogniser found that the dictionaries do not know, with evidence for coding it.</summary>
/// <param name="Name">The name as written most often.</param>
/// <param name="Label">Entity label (PER, ORG, LOC, GPE).</param>
/// <param name="Count">Occurrences in the corpus.</param>
/// <param name="Documents">Articles it occurs in.</param>
/// <param name="SuggestedCode">The code of the actor phrases it stood in most often ("ZMBGOV" for "President Levy Mwanawasa" in "Zambian President…"), or null.</param>
/// <param name="SuggestedKind">Dictionary entry kind to add it as: person, org, group, media, place.</param>
/// <param name="Contexts">A few sentences it occurs in.</param>
public sealed record NameSuggestion(string Name, string Label, int Count, int Documents, string? SuggestedCode, string SuggestedKind, IReadOnlyList<string> Contexts);

/// <summary>
/// Collects named entities that no dictionary entry matches, across a corpus, ranked by frequency,
/// with a suggested code (from the actor phrases they appear in) and example contexts, so a
/// dictionary maintainer can add the ones that matter.
/// </summary>
public sealed class DictionarySuggester(ActorDictionary dictionary)
{
    private sealed class Tally
    {
        public int Count;
        public readonly HashSet<string> Docs = [];
        public readonly Dictionary<string, int> Forms = [];
        public readonly Dictionary<string, int> Codes = [];
        public readonly List<string> Contexts = [];
    }

    private readonly ConcurrentDictionary<(string Key, string Label), Tally> tallies = new();

    /// <summary>Adds one coded document's unknown entities. Thread-safe.</summary>
    public void Add(Doc doc)
    {
        var words = new List<string>();
        var lowered = new List<string>();
        foreach (var e in doc.Entities)
        {
            words.Clear();
            lowered.Clear();
            for (var t = e.Tokens.Start; t < e.Tokens.End; t++)
            {
                words.Add(doc.Tokens[t].Norm);
                lowered.Add(doc.Tokens[t].Norm.ToLowerInvariant());
            }
            if (IsKnown(words, lowered))
            {
                continue;
            }
            var key = string.Join(' ', lowered);
            var label = e.Label == "GPE" ? "LOC" : e.Label;
            var tally = tallies.GetOrAdd((key, label), _ => new Tally());
            var code = CoveringCode(doc, e);
            var context = doc.TextOf(doc.Sentences[e.Sentence].Span);
            lock (tally)
            {
                tally.Count++;
                tally.Docs.Add(doc.Article.Id);
                tally.Forms[e.Text] = tally.Forms.GetValueOrDefault(e.Text) + 1;
                if (code is not null)
                {
                    tally.Codes[code] = tally.Codes.GetValueOrDefault(code) + 1;
                }
                if (tally.Contexts.Count < 3 && !tally.Contexts.Contains(context))
                {
                    tally.Contexts.Add(context);
                }
            }
        }
    }

    /// <summary>Suggestions seen at least <paramref name="minimumCount"/> times, most frequent first.</summary>
    public IReadOnlyList<NameSuggestion> Suggestions(int minimumCount = 2) =>
        [.. tallies
            .Where(kv => kv.Value.Count >= minimumCount)
            .Select(kv => Suggest(kv.Key.Label, kv.Value))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];

    private static NameSuggestion Suggest(string label, Tally t)
    {
        var name = t.Forms.MaxBy(f => f.Value).Key;
        var code = t.Codes.Count == 0 ? null : t.Codes.MaxBy(c => c.Value).Key;
        var kind = label switch
        {
            "PER" => "person",
            "LOC" => "place",
            _ when code is { Length: >= 6 } c && c[3..6] is "REB" or "INS" or "SEP" or "UAF" => "group",
            _ when code is { Length: >= 6 } c && c[3..6] == "MED" => "media",
            _ => "org",
        };
        return new NameSuggestion(name, label, t.Count, t.Docs.Count, code, kind, [.. t.Contexts]);
    }

    private bool IsKnown(List<string> words, List<string> lowered)
    {
        // Known when one dictionary phrase covers the whole name (a person's surname alone counts).
        var (length, _) = dictionary.Matcher.MatchLongest(words, lowered, 0, words.Count);
        if (length == words.Count)
        {
            return true;
        }
        var (lastLength, _) = dictionary.Matcher.MatchLongest(words, lowered, words.Count - 1, words.Count);
        return words.Count >= 2 && lastLength == 1 && dictionary.Matcher.MatchLongest(words, lowered, words.Count - 1, words.Count).Values.Any(m => m.Actor?.Kind == ActorEntryKind.Person);
    }

    private static string? CoveringCode(Doc doc, EntitySpan e)
    {
        foreach (var m in doc.Actors)
        {
            if (m.Sentence == e.Sentence && m.Span.Contains(e.Span) && !m.IsModifier && m.Code.Length >= 3)
            {
                return m.Code;
            }
        }
        return null;
    }
}
