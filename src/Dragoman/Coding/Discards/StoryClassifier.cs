using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Discards;

/// <summary>
/// Decides whether a story is a sport or entertainment story that only looks like conflict
/// ("Liverpool's attack", "the Old Firm clash"), so that no events are coded from it. Evidence is
/// counted per category with the discard dictionary; a story is discarded when one category's
/// evidence is both frequent (at least <see cref="MinimumHits"/> matches) and dense (at least
/// <see cref="MinimumPerHundredTokens"/> per 100 tokens), and clearly outweighs the story's
/// political actors (governments, armed forces, armed groups, international organisations).
/// </summary>
public sealed class StoryClassifier(DiscardDictionary discards) : IDocumentStage
{
    /// <summary>Fewest matches of one category that can discard a story.</summary>
    public const int MinimumHits = 3;

    /// <summary>Lowest density of one category's matches, per 100 tokens, that can discard a story.</summary>
    public const double MinimumPerHundredTokens = 0.9;

    /// <summary>The discard dictionary in use.</summary>
    public DiscardDictionary Discards { get; } = discards;

    /// <inheritdoc />
    public string Name => "discards";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens | Layers.Actors;

    /// <inheritdoc />
    public Layers Produces => Layers.Discards;

    /// <inheritdoc />
    public Doc Process(Doc doc) => doc with { Discard = Classify(doc), Layers = doc.Layers | Produces };

    /// <summary>The category that discards the story, or null.</summary>
    public string? Classify(Doc doc)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>(64);
        var lowered = new List<string>(64);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = doc.TokensOf(sentence.Index);
            words.Clear();
            lowered.Clear();
            foreach (var t in tokens)
            {
                var w = t.Norm.ToLowerInvariant();
                words.Add(w);
                lowered.Add(w);
            }
            var i = 0;
            while (i < tokens.Length)
            {
                var (length, categories) = Discards.Matcher.MatchLongest(words, lowered, i, tokens.Length);
                if (length == 0)
                {
                    i++;
                    continue;
                }
                foreach (var c in categories.Distinct())
                {
                    if (c != DiscardDictionary.SentenceCategory)
                    {
                        hits[c] = hits.GetValueOrDefault(c) + 1;
                    }
                }
                i += length;
            }
        }
        if (hits.Count == 0 || doc.Tokens.Length == 0)
        {
            return null;
        }
        var (category, count) = hits.MaxBy(kv => kv.Value);
        var density = 100.0 * count / doc.Tokens.Length;
        var political = doc.Actors.Count(a => !a.IsModifier && IsPolitical(a));
        return count >= MinimumHits && density >= MinimumPerHundredTokens && count >= 2 * political ? category : null;
    }

    private static bool IsPolitical(ActorMention a) =>
        a.Type is ActorType.Organization or ActorType.ArmedGroup
        || (a.Code.Length >= 6 && a.Code[3..6] is "GOV" or "MIL" or "REB" or "INS" or "OPP" or "COP" or "SPY" or "LEG" or "JUD");
}
