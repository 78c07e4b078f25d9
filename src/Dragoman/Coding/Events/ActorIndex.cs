using System.Collections.Frozen;
using Dragoman.Documents;

namespace Dragoman.Coding.Events;

/// <summary>Finds the actor mention that a token or a noun phrase stands for.</summary>
internal sealed class ActorIndex
{
    private readonly Doc doc;
    private readonly int[] mentionAt;

    private ActorIndex(Doc doc)
    {
        this.doc = doc;
        mentionAt = new int[doc.Tokens.Length];
        Array.Fill(mentionAt, -1);
        for (var m = 0; m < doc.Actors.Length; m++)
        {
            var r = doc.Actors[m].Tokens;
            for (var t = r.Start; t < r.End; t++)
            {
                // Innermost (later, shorter) mentions do not overwrite an enclosing phrase's head.
                if (mentionAt[t] < 0)
                {
                    mentionAt[t] = m;
                }
            }
        }
    }

    public static ActorIndex Build(Doc doc) => new(doc);

    // Nouns whose "of" phrase names who they are: "members of Hamas", "the government of Iran".
    private static readonly FrozenSet<string> CollectiveNouns = new[]
    {
        "member", "leader", "head", "chief", "representative", "government", "people", "citizen", "national", "force", "troop",
        "delegation", "envoy", "official", "army", "ministry", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
        "side", "group", "faction", "wing", "branch", "office", "team", "unit", "militia", "fighter", "soldier", "resident",
        "supporter", "ally", "coalition", "alliance", "parliament", "embassy", "ambassador", "administration", "authority", "regime",
        "cabinet", "council", "commander", "police", "navy", "population", "part", "most", "some", "many", "all", "one", "two", "rest",
        "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score", "scores", "number", "crowd",
        "majority", "minority", "handful", "band", "contingent", "battalion", "brigade", "division", "squad", "cell", "family", "relative",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The mention covering token <paramref name="t"/>, or -1.</summary>
    public int At(int t) => t >= 0 && t < mentionAt.Length ? mentionAt[t] : -1;

    /// <summary>
    /// The actor a nominal stands for: a mention covering it, else one covering its name-like
    /// dependents ("the Hamas delegation" → Hamas; "Iran's role" → Iran; "Russian citizens" → Russian).
    /// </summary>
    public int ActorFor(SentenceGraph g, int nominal)
    {
        var direct = At(nominal);
        if (direct >= 0 && !doc.Actors[direct].IsModifier)
        {
            return direct;
        }
        foreach (var c in g.ChildrenWith(nominal, "compound", "flat", "appos", "nmod:poss", "amod", "nmod"))
        {
            var rel = g.Relation(c);
            if (rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss"
                && (g.CaseOf(c) is not ("of" or "") || !CollectiveNouns.Contains(g.Lemma(nominal))))
            {
                continue; // "talks with Iran" is not the talks' owner, nor "the release of hostages" the hostages
            }
            var m = At(c);
            if (m >= 0)
            {
                return m;
            }
        }
        return direct;
    }

    /// <summary>The first mention starting inside a token range, or -1.</summary>
    public int FirstActorIn(TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (At(t) >= 0)
            {
                return At(t);
            }
        }
        return -1;
    }

    /// <summary>The mention whose last token is <paramref name="t"/>, or -1.</summary>
    public int ActorEndingAt(int t)
    {
        var m = At(t);
        return m >= 0 && doc.Actors[m].Tokens.End == t + 1 ? m : -1;
    }

    /// <summary>A mention starting at <paramref name="t"/> or within <paramref name="slack"/> tokens after it (skipping "the", "a").</summary>
    public int ActorStartingNear(int t, int slack)
    {
        for (var k = t; k <= t + slack && k < mentionAt.Length; k++)
        {
            var m = At(k);
            if (m >= 0 && doc.Actors[m].Tokens.Start == k)
            {
                return m;
            }
            if (doc.Tokens[k].Norm.ToLowerInvariant() is not ("the" or "a" or "an"))
            {
                break;
            }
        }
        return -1;
    }
}
