using Dragoman.Documents;

namespace Dragoman.Coding.Events;

/// <summary>
/// A read-only view of one parsed sentence as a dependency graph, in document token indexes:
/// children by relation, case markers, coordination. Built per sentence, cheap, not shared.
/// </summary>
internal sealed class SentenceGraph
{
    private readonly Doc doc;
    private readonly List<int>[] children;
    private readonly string?[] baseRelations;

    public SentenceGraph(Doc doc, Sentence sentence)
    {
        this.doc = doc;
        Sentence = sentence;
        First = sentence.Tokens.Start;
        children = new List<int>[sentence.Tokens.Length];
        baseRelations = new string?[sentence.Tokens.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
        {
            var head = doc.Tokens[t].Head;
            if (head >= sentence.Tokens.Start && head < sentence.Tokens.End && head != t)
            {
                children[head - First].Add(t);
            }
        }
    }

    public Sentence Sentence { get; }

    public int First { get; }

    public Token this[int index] => doc.Tokens[index];

    public IReadOnlyList<int> Children(int t) => children[t - First];

    /// <summary>The children as a span: iterating it allocates nothing (hot loops of the coders).</summary>
    public ReadOnlySpan<int> ChildSpan(int t) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children[t - First]);

    public int Head(int t)
    {
        var h = doc.Tokens[t].Head;
        return h >= Sentence.Tokens.Start && h < Sentence.Tokens.End ? h : -1;
    }

    /// <summary>The relation without its subtype ("nsubj:pass" → "nsubj").</summary>
    public string BaseRelation(int t)
    {
        // Cached: cutting the subtype off allocates, and coders ask for the same relation many times.
        if (t >= First && t - First < baseRelations.Length && baseRelations[t - First] is { } cached)
        {
            return cached;
        }
        var r = doc.Tokens[t].Relation ?? "";
        var colon = r.IndexOf(':');
        var result = colon < 0 ? r : r[..colon];
        if (t >= First && t - First < baseRelations.Length)
        {
            baseRelations[t - First] = result;
        }
        return result;
    }

    public string Relation(int t) => doc.Tokens[t].Relation ?? "";

    public string Lemma(int t) => LemmaOf(doc.Tokens[t]);

    public static string LemmaOf(Token token) => (token.Lemma ?? token.Norm).ToLowerInvariant();

    public IEnumerable<int> ChildrenWith(int t, params string[] relations)
    {
        foreach (var c in children[t - First])
        {
            var r = doc.Tokens[c].Relation ?? "";
            foreach (var wanted in relations)
            {
                if (r == wanted || (wanted.IndexOf(':') < 0 && r.StartsWith(wanted, StringComparison.Ordinal) && (r.Length == wanted.Length || r[wanted.Length] == ':')))
                {
                    yield return c;
                    break;
                }
            }
        }
    }

    public int FirstChild(int t, params string[] relations)
    {
        foreach (var c in ChildrenWith(t, relations))
        {
            return c;
        }
        return -1;
    }

    /// <summary>The preposition (case marker) of a nominal, lower-cased, multiword ones joined ("according to"); "" when none.</summary>
    public string CaseOf(int t)
    {
        string? found = null;
        foreach (var c in ChildrenWith(t, "case"))
        {
            var w = Lemma(c);
            if (w is "'s" or "'")
            {
                continue;
            }
            var fixedParts = ChildrenWith(c, "fixed").Select(Lemma);
            var full = string.Join(' ', new[] { w }.Concat(fixedParts));
            found = found is null ? full : found + " " + full;
        }
        return found ?? "";
    }

    /// <summary>The token itself and every token coordinated with it ("X and Y and Z").</summary>
    public List<int> WithConjuncts(int t)
    {
        var result = new List<int> { t };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var c in ChildrenWith(result[i], "conj"))
            {
                if (!result.Contains(c))
                {
                    result.Add(c);
                }
            }
        }
        return result;
    }

    /// <summary>True when <paramref name="t"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool Dominates(int root, int t)
    {
        var guard = 0;
        while (t >= 0 && guard++ < 200)
        {
            if (t == root)
            {
                return true;
            }
            t = Head(t);
        }
        return false;
    }

    /// <summary>Every token of the subtree of <paramref name="root"/>, in no particular order.</summary>
    public List<int> Subtree(int root)
    {
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var c in children[result[i] - First])
            {
                // A parse repaired by a coder could in principle close a cycle; never loop on it.
                if (c != root && result.Count <= children.Length)
                {
                    result.Add(c);
                }
            }
        }
        return result;
    }

    public bool IsPassive(int verb) =>
        ChildrenWith(verb, "aux:pass", "nsubj:pass", "csubj:pass").Any();

    public bool IsVerbal(int t) => doc.Tokens[t].Upos is "VERB" || (doc.Tokens[t].Upos is "AUX" && BaseRelation(t) == "root");
}
