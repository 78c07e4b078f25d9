using System.Collections.Frozen;
using Dragoman.Coding.Events;
using Dragoman.Documents;

namespace Dragoman.Coding.Actors;

/// <summary>
/// A noun phrase as an event coder sees it (PETRARCH's "NE"): the tokens it covers and, for a
/// coordination ("Fornost and Gondor", "lawmakers in Fornost and Gondor"), one word list per
/// conjunct with the shared words repeated ("lawmakers in Fornost", "lawmakers in Gondor").
/// </summary>
internal sealed class NounChunk
{
    public NounChunk(int head, List<int> tokens, List<List<int>> expansions)
    {
        Head = head;
        Tokens = tokens;
        Expansions = expansions;
        First = tokens[0];
        Last = tokens[^1];
    }

    /// <summary>The head token of the phrase (the first conjunct for a coordination).</summary>
    public int Head { get; }

    /// <summary>Every token covered, in text order.</summary>
    public List<int> Tokens { get; }

    /// <summary>One token list (text order) per conjunct; a single list for a plain phrase.</summary>
    public List<List<int>> Expansions { get; }

    /// <summary>The first token covered.</summary>
    public int First { get; }

    /// <summary>The last token covered.</summary>
    public int Last { get; }

    /// <summary>True for a coordination of noun phrases (PETRARCH's compound, NEC).</summary>
    public bool IsCompound => Expansions.Count > 1;
}

/// <summary>
/// Finds the noun phrases of a parsed sentence the way PETRARCH delimits them on a Penn tree, but
/// from the dependency parse, so any parser's output can be coded:
/// <list type="bullet">
/// <item>a noun phrase is a nominal head with its determiners, modifiers, compounds, numbers and
/// possessor;</item>
/// <item>one prepositional modifier is kept inside it when that modifier has none of its own
/// ("ties with Gondor", "soldiers in south Ithilen"); deeper chains split ("the parliament" |
/// "Gondor in Eriador");</item>
/// <item>a phrase holding a possessive ('s) is taken whole, appositions and reduced relatives
/// included ("Osgiliath, the state's fiercest foe");</item>
/// <item>coordinated nouns make a compound whose conjuncts share the words outside the
/// coordination, and a bare later conjunct shares the first one's adjectives ("Danish media and
/// government");</item>
/// <item>temporal noun phrases ("next week", "today") are not phrases here, as in PETRARCH.</item>
/// </list>
/// </summary>
internal static class NounPhraseChunker
{
    // Dependents that belong to the phrase of their head.
    private static readonly FrozenSet<string> Internal = new[]
    {
        "det", "det:predet", "det:poss", "amod", "compound", "compound:prt", "flat", "flat:name", "flat:foreign", "fixed",
        "nummod", "nmod:poss", "case", "advmod", "nmod:npmod", "obl:npmod", "nmod:unmarked", "nmod:desc", "goeswith", "list",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Upper bound on conjunct combinations, so a pathological list cannot blow up.
    private const int MaxExpansions = 32;

    /// <summary>The sentence's noun phrases in text order, and for each token the index of its phrase (-1 when none).</summary>
    public static (List<NounChunk> Chunks, int[] ChunkOf) Chunk(SentenceGraph g)
    {
        var first = g.Sentence.Tokens.Start;
        var count = g.Sentence.Tokens.Length;
        var taken = new bool[count];
        // Scratch marks of the phrase being built, cleared after each phrase (no sets to allocate).
        var member = new bool[count];
        var chunks = new List<NounChunk>();
        // Outer phrases first: visit tokens from the root down, so a phrase is built before the phrases nested in it.
        foreach (var t in TopDown(g))
        {
            if (taken[t - first] || !IsNominal(g, t) || IsTemporal(g, t) || IsInsideOwnHead(g, t))
            {
                continue;
            }
            var expansions = Build(g, t);
            var tokens = new List<int>();
            foreach (var expansion in expansions)
            {
                foreach (var x in expansion)
                {
                    // The preposition that introduces the phrase ("for" in "for the Ministry of Magic") is not part of it.
                    if (!taken[x - first] && !member[x - first] && !IsIntroducer(g, t, x))
                    {
                        member[x - first] = true;
                        tokens.Add(x);
                    }
                }
            }
            if (tokens.Count == 0)
            {
                continue;
            }
            tokens.Sort();
            AddInternalPunctuation(g, tokens, taken, member);
            var cleaned = new List<List<int>>(expansions.Count);
            foreach (var expansion in expansions)
            {
                var kept = new List<int>(expansion.Count);
                foreach (var x in expansion)
                {
                    if (member[x - first] && !kept.Contains(x))
                    {
                        kept.Add(x);
                    }
                }
                if (kept.Count > 0)
                {
                    kept.Sort();
                    cleaned.Add(kept);
                }
            }
            foreach (var x in tokens)
            {
                taken[x - first] = true;
                member[x - first] = false;
            }
            chunks.Add(new NounChunk(t, tokens, cleaned.Count > 0 ? cleaned : [tokens]));
        }
        chunks.Sort((a, b) => a.First.CompareTo(b.First));
        MergeSplitSubjects(g, chunks);
        AttachStrayCapitals(g, chunks, taken);
        var chunkOf = new int[count];
        Array.Fill(chunkOf, -1);
        for (var c = 0; c < chunks.Count; c++)
        {
            foreach (var t in chunks[c].Tokens)
            {
                chunkOf[t - first] = c;
            }
        }
        return (chunks, chunkOf);
    }

    /// <summary>
    /// Repairs of phrases a parser split: two phrases attached to one word by the same core relation
    /// (two subjects of one verb) are one phrase when nothing stands between them ("Bree | Prime
    /// Minister Romendacil clashed"), the later one continuing the last conjunct of a coordination
    /// ("Fornost and the evil | awful Gondor"); with only "and" or a comma between them they are a
    /// coordination the parser left flat ("Ithilen | and | the government of Gondor warned").
    /// </summary>
    private static void MergeSplitSubjects(SentenceGraph g, List<NounChunk> chunks)
    {
        for (var k = 0; k + 1 < chunks.Count; k++)
        {
            var (a, b) = (chunks[k], chunks[k + 1]);
            if (b.IsCompound || g.Head(a.Head) < 0 || g.Head(a.Head) != g.Head(b.Head)
                || g.Relation(a.Head) != g.Relation(b.Head) || g.Relation(a.Head) is not ("nsubj" or "nsubj:pass" or "obj"))
            {
                continue;
            }
            var tokens = a.Tokens.Concat(b.Tokens).ToList();
            if (a.Last + 1 == b.First)
            {
                // One phrase: the later words extend the last conjunct.
                var expansions = a.Expansions.Select(e => e.ToList()).ToList();
                expansions[^1].AddRange(b.Tokens);
                chunks[k] = new NounChunk(a.IsCompound ? a.Head : b.Head, tokens, expansions);
            }
            else if (Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(t => g[t].Upos is "CCONJ" || g[t].Text == ","))
            {
                var between = Enumerable.Range(a.Last + 1, b.First - a.Last - 1);
                tokens.AddRange(between);
                tokens.Sort();
                chunks[k] = new NounChunk(a.Head, tokens, [.. a.Expansions, .. b.Expansions]);
            }
            else
            {
                continue;
            }
            chunks.RemoveAt(k + 1);
            k--;
        }
    }

    /// <summary>
    /// A capitalised word the parser left outside every phrase, standing right before one ("Fornost"
    /// tagged as an adjective before "President Umbardacil"), is the start of that phrase.
    /// </summary>
    private static void AttachStrayCapitals(SentenceGraph g, List<NounChunk> chunks, bool[] taken)
    {
        var first = g.Sentence.Tokens.Start;
        for (var k = 0; k < chunks.Count; k++)
        {
            var chunk = chunks[k];
            var t = chunk.First - 1;
            if (t < first || taken[t - first] || g.Children(t).Count > 0 || chunk.IsCompound)
            {
                continue;
            }
            var token = g[t];
            if (token.Upos is not ("ADJ" or "PROPN" or "NOUN" or "X") || token.Text.Length < 2 || !char.IsUpper(token.Text[0]) || !char.IsLower(token.Text[1]))
            {
                continue;
            }
            taken[t - first] = true;
            var tokens = new List<int> { t };
            tokens.AddRange(chunk.Tokens);
            chunks[k] = new NounChunk(chunk.Head, tokens, [.. chunk.Expansions.Select(e => new List<int> { t }.Concat(e).ToList())]);
        }
    }

    /// <summary>The sentence's tokens from the roots down (breadth first), so outer phrases come before inner ones.</summary>
    private static int[] TopDown(SentenceGraph g)
    {
        var first = g.Sentence.Tokens.Start;
        var order = new int[g.Sentence.Tokens.Length];
        var seen = new bool[order.Length];
        var count = 0;
        for (var t = first; t < g.Sentence.Tokens.End; t++)
        {
            if (g.Head(t) < 0)
            {
                order[count++] = t;
                seen[t - first] = true;
            }
        }
        for (var i = 0; i < count; i++)
        {
            foreach (var c in g.ChildSpan(order[i]))
            {
                if (!seen[c - first])
                {
                    seen[c - first] = true;
                    order[count++] = c;
                }
            }
        }
        return count == order.Length ? order : order[..count];
    }

    /// <summary>Nouns, names, pronouns and numbers head noun phrases; so does any word in a nominal role.</summary>
    public static bool IsNominal(SentenceGraph g, int t)
    {
        var upos = g[t].Upos;
        if (upos is "NOUN" or "PROPN" or "PRON" or "NUM" or "X" or "SYM")
        {
            return upos is not "SYM" || char.IsLetterOrDigit(g[t].Text[0]);
        }
        if (upos is "VERB" or "AUX" or "PUNCT" or "ADP" or "CCONJ" or "SCONJ" or "PART" or "INTJ")
        {
            return false;
        }
        return g.Relation(t) is "nsubj" or "nsubj:pass" or "obj" or "iobj" || (g.BaseRelation(t) is "obl" or "nmod" && HasCase(g, t));
    }

    // A bare temporal noun phrase ("today", "next week"); "on Saturday" (with a preposition) is an ordinary phrase.
    private static bool IsTemporal(SentenceGraph g, int t) => g.Relation(t).EndsWith(":tmod", StringComparison.Ordinal) && !HasCase(g, t);

    /// <summary>A nominal attached to another nominal by a phrase-internal relation is part of that phrase, not a phrase of its own.</summary>
    private static bool IsInsideOwnHead(SentenceGraph g, int t)
    {
        var h = g.Head(t);
        return h >= 0 && Internal.Contains(g.Relation(t)) && g.Relation(t) != "advmod" && (IsNominal(g, h) || g.Relation(t) is "nmod:poss" or "compound" or "flat");
    }

    private static List<List<int>> Build(SentenceGraph g, int head)
    {
        if (!HasNominalConjuncts(g, head) && HasPossessive(g, head))
        {
            // PETRARCH takes a noun phrase holding a possessive as one phrase, whatever it contains.
            return [Subtree(g, head, skipRelatives: false)];
        }
        return Coordinated(g, head, allowPrepositions: true);
    }

    private static bool HasNominalConjuncts(SentenceGraph g, int t) => g.Children(t).Any(c => g.Relation(c) == "conj" && IsNominal(g, c));

    /// <summary>True when the nominal has a preposition (a case marker other than the possessive 's).</summary>
    private static bool HasCase(SentenceGraph g, int t)
    {
        foreach (var c in g.ChildSpan(t))
        {
            if (g.Relation(c) == "case" && g[c].Xpos != "POS" && g[c].Norm is not ("'s" or "'"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the phrase holds a possessive marker outside relative clauses.</summary>
    private static bool HasPossessive(SentenceGraph g, int head)
    {
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            if (t != head && g[t].Xpos == "POS")
            {
                return true;
            }
            foreach (var c in g.ChildSpan(t))
            {
                if (g.Relation(c) is "acl:relcl" || g.BaseRelation(c) is "parataxis" || (g.IsVerbal(c) && g.BaseRelation(c) is "conj"))
                {
                    continue;
                }
                if (g.Relation(c) == "case" && g[c].Xpos == "POS")
                {
                    return true;
                }
                stack.Push(c);
            }
        }
        return false;
    }

    private static List<int> Subtree(SentenceGraph g, int root, bool skipRelatives)
    {
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var c in g.ChildSpan(result[i]))
            {
                if (skipRelatives && g.Relation(c) == "acl:relcl")
                {
                    continue;
                }
                result.Add(c);
            }
        }
        result.Sort();
        return result;
    }

    /// <summary>The word lists of a phrase that may be a coordination: one per conjunct, shared words repeated.</summary>
    private static List<List<int>> Coordinated(SentenceGraph g, int head, bool allowPrepositions)
    {
        var conjuncts = new List<int> { head };
        for (var i = 0; i < conjuncts.Count; i++)
        {
            foreach (var c in g.ChildSpan(conjuncts[i]))
            {
                if (g.Relation(c) == "conj" && IsNominal(g, c) && !conjuncts.Contains(c))
                {
                    conjuncts.Add(c);
                }
            }
        }
        if (conjuncts.Count == 1)
        {
            return Own(g, head, allowPrepositions, []);
        }
        conjuncts.Sort();
        var lastConjunct = conjuncts[^1];
        // Dependents of the first conjunct after the whole coordination belong to every conjunct ("lawmakers and officials in X").
        var shared = g.Children(head).Where(c => c > lastConjunct && g.BaseRelation(c) is not ("conj" or "cc" or "punct")).ToHashSet();
        var sharedAlternatives = new List<List<int>> { new() };
        var prepositionUsed = false;
        foreach (var s in shared.Order())
        {
            if (!TryInclude(g, s, allowPrepositions && !prepositionUsed, out var alternatives, out var isPreposition))
            {
                continue;
            }
            prepositionUsed |= isPreposition;
            sharedAlternatives = Product(sharedAlternatives, alternatives);
        }
        var headAdjectives = g.Children(head).Where(a => g.Relation(a) == "amod" && a < head && g[a].Upos is "ADJ" or "PROPN" && !g.Children(a).Any()).ToList();
        var result = new List<List<int>>();
        foreach (var c in conjuncts)
        {
            var excluded = c == head ? shared : [];
            var own = Own(g, c, allowPrepositions && !prepositionUsed, excluded);
            if (c != head && !g.Children(c).Any(d => d < c && g.BaseRelation(d) is not ("cc" or "punct")) && headAdjectives.Count > 0)
            {
                // "Danish media and government": a bare later conjunct shares the first one's adjectives.
                own = [.. own.Select(o => headAdjectives.Concat(o).ToList())];
            }
            foreach (var alternative in Product(own, sharedAlternatives))
            {
                result.Add(alternative);
                if (result.Count >= MaxExpansions)
                {
                    return result;
                }
            }
        }
        return result;
    }

    /// <summary>The word lists of one (non-coordinated) head with its phrase-internal dependents.</summary>
    private static List<List<int>> Own(SentenceGraph g, int head, bool allowPrepositions, HashSet<int> excluded)
    {
        var alternatives = new List<List<int>> { new() { head } };
        var prepositionUsed = false;
        foreach (var c in g.ChildSpan(head))
        {
            if (excluded.Contains(c) || g.BaseRelation(c) is "conj" || (g.BaseRelation(c) is "cc" or "punct" && ConjunctionMarker(g, head, c)))
            {
                continue;
            }
            if (!TryInclude(g, c, allowPrepositions && !prepositionUsed, out var childAlternatives, out var isPreposition))
            {
                continue;
            }
            prepositionUsed |= isPreposition;
            alternatives = Product(alternatives, childAlternatives);
            if (alternatives.Count > MaxExpansions)
            {
                alternatives = alternatives.Take(MaxExpansions).ToList();
            }
        }
        return alternatives;
    }

    // cc and punct that introduce a conjunct hang on it in UD v2; those of the head's own coordination are not its words.
    private static bool ConjunctionMarker(SentenceGraph g, int head, int c) => g.Relation(head) == "conj" || g.Children(head).Any(k => k > c && g.Relation(k) == "conj");

    /// <summary>Whether a dependent joins its head's phrase, and with which word lists.</summary>
    private static bool TryInclude(SentenceGraph g, int c, bool allowPreposition, out List<List<int>> alternatives, out bool isPreposition)
    {
        alternatives = [];
        isPreposition = false;
        var relation = g.Relation(c);
        // A nominal modifier without a preposition ("Bree [Prime Minister] Romendacil") is part of the name.
        if (Internal.Contains(relation) || (relation == "nmod" && !HasCase(g, c) && IsNominal(g, c)))
        {
            alternatives = relation == "nmod:poss" || IsNominal(g, c) ? Coordinated(g, c, allowPrepositions: false) : [Subtree(g, c, skipRelatives: true)];
            return true;
        }
        if (allowPreposition && g.BaseRelation(c) == "nmod" && relation != "nmod:tmod" && HasCase(g, c) && !HasPrepositionalModifier(g, c))
        {
            // One level of prepositional modifier stays in the phrase ("ties with Gondor").
            alternatives = Coordinated(g, c, allowPrepositions: false);
            isPreposition = true;
            return true;
        }
        return false;
    }

    private static bool HasPrepositionalModifier(SentenceGraph g, int t)
    {
        foreach (var c in g.ChildSpan(t))
        {
            if (g.BaseRelation(c) == "nmod" && g.Relation(c) != "nmod:poss" && HasCase(g, c))
            {
                return true;
            }
            if (g.BaseRelation(c) is "conj" or "appos" && HasPrepositionalModifier(g, c))
            {
                return true;
            }
        }
        return false;
    }

    private static List<List<int>> Product(List<List<int>> left, List<List<int>> right)
    {
        if (right.Count == 0)
        {
            return left;
        }
        var result = new List<List<int>>(left.Count * right.Count);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                result.Add([.. l, .. r]);
            }
        }
        return result;
    }

    /// <summary>Commas and conjunctions between a phrase's words are part of it (they separate its conjuncts or appositions).</summary>
    private static void AddInternalPunctuation(SentenceGraph g, List<int> tokens, bool[] taken, bool[] member)
    {
        var first = g.Sentence.Tokens.Start;
        var added = false;
        for (var t = tokens[0] + 1; t < tokens[^1]; t++)
        {
            var head = g.Head(t);
            if (!member[t - first] && !taken[t - first] && g[t].Upos is "PUNCT" or "CCONJ" && head >= 0 && member[head - first])
            {
                member[t - first] = true;
                tokens.Add(t);
                added = true;
            }
        }
        if (added)
        {
            tokens.Sort();
        }
    }

    /// <summary>The preposition introducing a phrase: a case marker of its head before it (not the possessive 's).</summary>
    private static bool IsIntroducer(SentenceGraph g, int head, int x) =>
        x < head && g.Head(x) == head && g.Relation(x) == "case" && g[x].Xpos != "POS";
}
