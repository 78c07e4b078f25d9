using System.Collections.Frozen;
using Dragoman.Documents;

namespace Dragoman.Ingest.Treebank;

/// <summary>
/// Converts a Penn Treebank phrase-structure tree into Universal Dependencies (content heads, UD v2
/// relations) with head rules in the tradition of Collins and the Stanford converter: verbs head
/// their auxiliaries, nouns head their prepositions, predicates head their copulas, the first
/// conjunct heads a coordination. Tags are mapped to UPOS; lemmas are left to the lemmatiser.
/// </summary>
public static class PennToUniversal
{
    private static readonly FrozenSet<string> Punctuation = new[] { ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP", "\"", "(", ")" }.ToFrozenSet();

    private static readonly FrozenSet<string> AuxiliaryWords = new[]
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has", "had", "having", "'ve", "'d",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca", "get", "got", "gets", "getting", "gotten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BeForms = new[] { "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PassiveAuxiliaries = new[] { "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "got", "gets", "getting", "gotten" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NominalCategories = new[] { "NP", "NX", "NML", "WHNP", "NE", "NEC", "QP", "NAC" }.ToFrozenSet();

    private sealed class Arc
    {
        public int Head = -1;
        public string Relation = "dep";
    }

    /// <summary>Converts a tree to tokens with UPOS, XPOS, heads (1-based, 0 = root) and relations.</summary>
    public static List<AnalysedToken> Convert(PennNode root)
    {
        var leaves = root.Leaves().ToList();
        var arcs = new Arc[leaves.Count];
        for (var i = 0; i < arcs.Length; i++)
        {
            arcs[i] = new Arc();
        }
        var rootHead = Attach(root, arcs, leaves);
        if (rootHead >= 0)
        {
            arcs[rootHead].Head = -1;
            arcs[rootHead].Relation = "root";
        }
        MarkPassives(leaves, arcs);
        var result = new List<AnalysedToken>(leaves.Count);
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var relation = arcs[i].Relation;
            var upos = Upos(leaf.Label, leaf.Word!, relation);
            result.Add(new AnalysedToken(Unescape(leaf.Word!), null, upos, leaf.Label, arcs[i].Head + 1, relation));
        }
        return result;
    }

    private static string Unescape(string word) => word switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" => "\"",
        "''" => "\"",
        _ => word,
    };

    /// <summary>Attaches every word under <paramref name="node"/> and returns the index of its head word.</summary>
    private static int Attach(PennNode node, Arc[] arcs, List<PennNode> leaves)
    {
        if (node.IsPreterminal)
        {
            return node.WordIndex;
        }
        var heads = node.Children.Select(c => Attach(c, arcs, leaves)).ToArray();
        if (NominalCoordinationGroups(node) is { } groups)
        {
            return AttachNominalCoordination(node, groups, arcs, leaves, heads);
        }
        var headChild = HeadChild(node);
        var head = heads[headChild];
        var coordination = Coordination(node, headChild);
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i == headChild || heads[i] < 0)
            {
                continue;
            }
            var child = node.Children[i];
            var dependent = heads[i];
            if (coordination is not null && coordination.Contains(i))
            {
                arcs[dependent].Head = head;
                arcs[dependent].Relation = "conj";
                continue;
            }
            if (child.Category is "CC" or "CONJP" && coordination is not null)
            {
                // UD v2: the conjunction hangs on the conjunct that follows it.
                var next = coordination.Where(k => k > i).DefaultIfEmpty(-1).Min();
                arcs[dependent].Head = next >= 0 ? heads[next] : head;
                arcs[dependent].Relation = "cc";
                continue;
            }
            arcs[dependent].Head = head;
            arcs[dependent].Relation = Label(node, headChild, i, leaves, heads);
        }
        return head;
    }

    private static readonly FrozenSet<string> NominalLabels = new[] { "NN", "NNS", "NNP", "NNPS", "NP", "NML", "NX", "NE", "NEC", "PRP" }.ToFrozenSet();

    /// <summary>
    /// A noun phrase coordinating nouns or noun phrases ("Fornost and Gondor", "the Danish media and
    /// government", "Lions, tigers, and Gondor", "neither Galadriel nor Gollum"): the children split at
    /// conjunctions and commas into conjuncts, each holding a noun. Null for anything else (coordinated
    /// adjectives, numbers, clauses).
    /// </summary>
    private static List<(int Start, int End, int Head)>? NominalCoordinationGroups(PennNode node)
    {
        if (node.Category is not ("NP" or "NX" or "NML" or "NE" or "NEC" or "WHNP"))
        {
            return null;
        }
        var c = node.Children;
        if (!c.Any(n => n.Category is "CC" or "CONJP") || c[^1].Category == "POS")
        {
            return null;
        }
        var groups = new List<(int Start, int End, int Head)>();
        var start = 0;
        for (var i = 0; i <= c.Count; i++)
        {
            if (i == c.Count || c[i].Category is "CC" or "CONJP" || c[i].Category is "," or ":")
            {
                var end = i - 1;
                while (end >= start && Punctuation.Contains(c[end].Category))
                {
                    end--;
                }
                if (end >= start)
                {
                    var head = LastIndex(c, end, n => n.Category is "NN" or "NNS" or "NNP" or "NNPS" or "NML" or "NX" or "PRP");
                    if (head < start)
                    {
                        head = c.FindIndex(start, end - start + 1, n => NominalLabels.Contains(n.Category));
                    }
                    if (head < start)
                    {
                        return null; // a conjunct without a noun: not a coordination of nouns
                    }
                    groups.Add((start, end, head));
                }
                start = i + 1;
            }
        }
        // A single group is a phrase with a leading or trailing conjunction ("and Gondor"), not a coordination.
        return groups.Count >= 2 ? groups : null;
    }

    /// <summary>Attaches a nominal coordination: the first conjunct heads; each conjunct keeps its own modifiers.</summary>
    private static int AttachNominalCoordination(PennNode node, List<(int Start, int End, int Head)> groups, Arc[] arcs, List<PennNode> leaves, int[] heads)
    {
        var head = heads[groups[0].Head];
        int GroupOf(int i) => groups.FindIndex(g => i >= g.Start && i <= g.End);
        int NextGroupHead(int i)
        {
            var g = groups.FindIndex(x => x.Start > i);
            return g < 0 ? groups[^1].Head : groups[g].Head;
        }
        for (var i = 0; i < node.Children.Count; i++)
        {
            var dependent = heads[i];
            if (dependent < 0 || i == groups[0].Head)
            {
                continue;
            }
            var g = GroupOf(i);
            if (g >= 0 && i == groups[g].Head)
            {
                arcs[dependent].Head = head;
                arcs[dependent].Relation = "conj";
                continue;
            }
            if (g >= 0)
            {
                arcs[dependent].Head = heads[groups[g].Head];
                arcs[dependent].Relation = Label(node, groups[g].Head, i, leaves, heads);
                continue;
            }
            // Conjunctions and separating punctuation hang on the conjunct that follows (UD v2); a leading "neither" on the first.
            var next = i < groups[0].Start ? groups[0].Head : NextGroupHead(i);
            arcs[dependent].Head = heads[next];
            arcs[dependent].Relation = node.Children[i].Category is "CC" or "CONJP" ? (i < groups[0].Start ? "cc:preconj" : "cc") : "punct";
        }
        return head;
    }

    /// <summary>The children that are later conjuncts of a coordination headed by <paramref name="headChild"/>, or null.</summary>
    private static HashSet<int>? Coordination(PennNode node, int headChild)
    {
        var children = node.Children;
        var ccIndex = children.FindIndex(c => c.Category is "CC" or "CONJP");
        if (ccIndex <= 0 || ccIndex == children.Count - 1 || ccIndex <= headChild)
        {
            return null;
        }
        var headCategory = Family(children[headChild].Category);
        var conjuncts = new HashSet<int>();
        for (var i = headChild + 1; i < children.Count; i++)
        {
            var c = children[i];
            if (c.Category is "CC" or "CONJP" || Punctuation.Contains(c.Category) || c.Category is "ADVP" or "RB")
            {
                continue;
            }
            if (Family(c.Category) == headCategory || (i > ccIndex && !IsModifierAfterHead(c)))
            {
                conjuncts.Add(i);
            }
        }
        return conjuncts.Count > 0 ? conjuncts : null;
    }

    private static bool IsModifierAfterHead(PennNode c) => c.Category is "PP" or "SBAR" && false;

    private static string Family(string category) => category switch
    {
        "NN" or "NNS" or "NNP" or "NNPS" or "NP" or "NX" or "NML" or "NE" or "NEC" or "PRP" => "N",
        "VB" or "VBD" or "VBZ" or "VBP" or "VBN" or "VBG" or "VP" => "V",
        "JJ" or "JJR" or "JJS" or "ADJP" => "J",
        "S" or "SINV" or "SQ" or "SBAR" => "S",
        _ => category,
    };

    /// <summary>Index of the head child, by content-head rules.</summary>
    private static int HeadChild(PennNode node)
    {
        var c = node.Children;
        if (c.Count == 1)
        {
            return 0;
        }
        int First(Func<PennNode, bool> p, bool rightToLeft = false)
        {
            if (rightToLeft)
            {
                for (var i = c.Count - 1; i >= 0; i--)
                {
                    if (p(c[i])) return i;
                }
                return -1;
            }
            for (var i = 0; i < c.Count; i++)
            {
                if (p(c[i])) return i;
            }
            return -1;
        }
        int Or(params int[] candidates) => candidates.FirstOrDefault(k => k >= 0, -1);
        var nonPunct = First(n => !Punctuation.Contains(n.Category));
        if (nonPunct < 0)
        {
            return 0;
        }

        switch (node.Category)
        {
            case "ROOT" or "TOP" or "":
                return nonPunct;
            case "S" or "SINV" or "SQ":
                return Or(First(n => n.Category == "VP"), First(n => n.Category is "S" or "SINV" or "SQ"), First(n => n.Category is "ADJP" or "PP" or "NP" or "FRAG", true), nonPunct);
            case "SBAR" or "SBARQ":
                return Or(First(n => n.Category is "S" or "SQ" or "SINV" or "SBAR" or "FRAG" or "VP"), First(n => n.Category is not ("IN" or "WHNP" or "WHADVP" or "WHPP" or "DT") && !Punctuation.Contains(n.Category)), nonPunct);
            case "VP":
                return VerbPhraseHead(node);
            case "PP" or "WHPP":
                {
                    var preposition = First(n => n.Category is "IN" or "TO" or "RP" or "VBG" or "VBN");
                    var obj = First(n => n.Category is "NP" or "S" or "SBAR" or "SQ" or "ADJP" or "PP" or "ADVP" or "WHNP" or "NE" or "NEC" or "CD" or "NN" or "NNP" or "NNS" or "QP");
                    return obj >= 0 && (preposition < 0 || obj > preposition) ? obj : Or(preposition, nonPunct);
                }
            case "NP" or "NX" or "NML" or "NE" or "NEC" or "NAC" or "WHNP":
                return NounPhraseHead(node);
            case "ADJP" or "WHADJP":
                return Or(First(n => n.Category is "JJ" or "JJR" or "JJS" or "VBN" or "VBG", true), First(n => n.Category is "ADJP" or "NP"), First(n => n.Category is "RB" or "CD", true), nonPunct);
            case "ADVP" or "WHADVP":
                return Or(First(n => n.Category is "RB" or "RBR" or "RBS" or "WRB", true), First(n => n.Category is "ADVP" or "NP" or "IN"), nonPunct);
            case "QP":
                return Or(First(n => n.Category is "CD", true), First(n => n.Category is "NN" or "NNS" or "QP", true), nonPunct);
            case "PRT":
                return Or(First(n => n.Category == "RP"), nonPunct);
            case "CONJP":
                return Or(First(n => n.Category is "CC" or "RB" or "IN"), nonPunct);
            case "UCP":
                return nonPunct;
            default:
                return nonPunct;
        }
    }

    private static int VerbPhraseHead(PennNode node)
    {
        var c = node.Children;
        var verb = c.FindIndex(n => n.Category.StartsWith("VB", StringComparison.Ordinal) || n.Category is "MD" or "TO" || n.Category.StartsWith("AUX", StringComparison.Ordinal));
        var innerVp = c.FindIndex(n => n.Category == "VP");
        if (innerVp >= 0 && (verb < 0 || verb < innerVp && IsAuxiliary(c[verb])))
        {
            return innerVp;
        }
        if (verb >= 0 && IsAuxiliary(c[verb]) && c[verb].Category is not "MD")
        {
            // "is about to restore", "has to go": the complement carries the content.
            var complement = c.FindIndex(verb + 1, n => n.Category is "S" or "SBAR" && ContainsVerb(n));
            if (complement >= 0 && c.Skip(verb + 1).Take(complement - verb - 1).All(n => n.Category is "IN" or "RB" or "ADVP" || Punctuation.Contains(n.Category)) && c[verb].Word is not null && BeForms.Contains(c[verb].Word!) && c.Skip(verb + 1).Any(n => n.Category == "IN"))
            {
                return complement;
            }
            // Copula: "X is a Y", "X is ready": the predicate heads.
            if (BeForms.Contains(c[verb].Word ?? "") && innerVp < 0)
            {
                var predicate = c.FindIndex(verb + 1, n => n.Category is "NP" or "ADJP" or "JJ" or "NN" or "NNP");
                if (predicate >= 0)
                {
                    return predicate;
                }
            }
        }
        if (verb >= 0)
        {
            return verb;
        }
        var clause = c.FindIndex(n => n.Category is "S" or "SBAR" or "VP");
        if (clause >= 0)
        {
            return clause;
        }
        return c.FindIndex(n => !Punctuation.Contains(n.Category)) is var k && k >= 0 ? k : 0;
    }

    private static bool ContainsVerb(PennNode n) => n.Leaves().Any(l => l.Category.StartsWith("VB", StringComparison.Ordinal));

    private static bool IsAuxiliary(PennNode n) =>
        n.Category is "MD" or "TO" || n.Category.StartsWith("AUX", StringComparison.Ordinal) || (n.IsPreterminal && AuxiliaryWords.Contains(n.Word!));

    private static int NounPhraseHead(PennNode node)
    {
        var c = node.Children;
        // "(NP (NP Dagolath 's) first Deputy … Telemar)": the possessor is a dependent of the rest.
        if (c[^1].Category == "POS" && c.Count >= 2)
        {
            return LastIndex(c, c.Count - 2, n => !Punctuation.Contains(n.Category));
        }
        var noun = LastIndex(c, c.Count - 1, n => n.Category is "NN" or "NNS" or "NNP" or "NNPS" or "NX" or "NML" or "NE" or "NEC" or "JJR" or "PRP" or "FW");
        var firstPhrase = c.FindIndex(n => n.Category is "NP" or "NE" or "NEC" or "NML");
        if (noun >= 0 && (firstPhrase < 0 || noun > firstPhrase || c.Take(noun).All(n => n.Category is not ("NP" or "NE" or "NEC"))))
        {
            // A flat NP, or one whose last noun follows a possessor NP.
            if (firstPhrase < 0 || noun > firstPhrase)
            {
                return noun;
            }
        }
        if (firstPhrase >= 0)
        {
            return firstPhrase;
        }
        foreach (var categories in new[] { new[] { "CD", "QP" }, new[] { "JJ", "JJS", "ADJP", "RB", "VBG", "VBN" }, new[] { "PRP", "DT", "WDT", "WP", "EX" } })
        {
            var k = LastIndex(c, c.Count - 1, n => categories.Contains(n.Category));
            if (k >= 0)
            {
                return k;
            }
        }
        return LastIndex(c, c.Count - 1, n => !Punctuation.Contains(n.Category)) is var last && last >= 0 ? last : 0;
    }

    private static int LastIndex(List<PennNode> c, int from, Func<PennNode, bool> p)
    {
        for (var i = from; i >= 0; i--)
        {
            if (p(c[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The relation of child <paramref name="i"/> to the head child of <paramref name="node"/>.</summary>
    private static string Label(PennNode node, int headChild, int i, List<PennNode> leaves, int[] heads)
    {
        var child = node.Children[i];
        var head = node.Children[headChild];
        var cat = child.Category;
        var before = i < headChild;
        if (Punctuation.Contains(cat))
        {
            return "punct";
        }
        if (cat == "POS")
        {
            return "case";
        }
        switch (node.Category)
        {
            case "NP" or "NX" or "NML" or "NE" or "NEC" or "NAC" or "WHNP":
                if (cat is "DT" or "PDT" or "WDT")
                {
                    return "det";
                }
                if (cat is "PRP$" or "WP$")
                {
                    return "nmod:poss";
                }
                if (cat is "NP" or "NE" or "NEC" && child.Children.Count > 0 && child.Children[^1].Category == "POS")
                {
                    return "nmod:poss";
                }
                if (cat is "CD" or "QP")
                {
                    return "nummod";
                }
                if (cat is "JJ" or "JJR" or "JJS" or "ADJP" or "VBN" or "VBG")
                {
                    return before ? "amod" : "amod";
                }
                if (cat is "NN" or "NNS" or "NNP" or "NNPS" or "NX" or "NML" or "FW" && before)
                {
                    return "compound";
                }
                if (cat is "PP" or "WHPP")
                {
                    return NominalOrClause(child);
                }
                if (cat is "SBAR")
                {
                    return child.Children.Any(n => n.Category.StartsWith("WH", StringComparison.Ordinal)) || IsThatRelative(child) ? "acl:relcl" : "acl";
                }
                if (cat is "S" or "VP" or "RRC")
                {
                    return "acl";
                }
                if (cat is "NP" or "NE" or "NEC")
                {
                    if (before)
                    {
                        return "compound";
                    }
                    if (child.FunctionTags.Contains("TMP", StringComparison.Ordinal))
                    {
                        return "nmod:tmod";
                    }
                    return node.Children.Take(i).Any(n => n.Category == ",") ? "appos" : "nmod";
                }
                if (cat is "RB" or "ADVP")
                {
                    return "advmod";
                }
                if (cat is "PRN")
                {
                    return "appos";
                }
                return before ? "compound" : "dep";

            case "PP" or "WHPP":
                if (cat is "IN" or "TO" or "RP" or "VBG" or "VBN")
                {
                    return head.Category is "S" or "SBAR" or "VP" ? "mark" : "case";
                }
                if (cat is "RB" or "ADVP")
                {
                    return "advmod";
                }
                return "dep";

            case "SBAR" or "SBARQ":
                if (cat is "IN" or "DT")
                {
                    return "mark";
                }
                if (cat is "WHNP")
                {
                    return SubjectOf(head) is null ? "nsubj" : "obj";
                }
                if (cat is "WHADVP" or "WHPP")
                {
                    return "advmod";
                }
                if (cat is "RB" or "ADVP")
                {
                    return "advmod";
                }
                return "dep";

            case "S" or "SINV" or "SQ":
                if (cat is "NP" or "NE" or "NEC" or "WHNP" or "PRP" && before)
                {
                    if (child.FunctionTags.Contains("TMP", StringComparison.Ordinal))
                    {
                        return "obl:tmod";
                    }
                    return "nsubj";
                }
                if (cat is "S" or "SBAR" or "SINV" or "SQ")
                {
                    if (before)
                    {
                        var hasSubjectBetween = node.Children.Skip(i + 1).Take(headChild - i - 1).Any(n => n.Category is "NP");
                        if (hasSubjectBetween && IsFiniteClause(child))
                        {
                            return "ccomp"; // "Arnor will restore ties, a senior official said"
                        }
                        return child.Category == "SBAR" && child.Children.FirstOrDefault()?.Category is "IN" or "WHADVP" ? "advcl" : (ContainsVerb(child) ? "advcl" : "csubj");
                    }
                    return IsFiniteClause(child) && !HasSubordinator(child) ? "parataxis" : "advcl";
                }
                if (cat is "PP")
                {
                    return NominalOrClause(child) == "nmod" ? "obl" : "advcl";
                }
                if (cat is "ADVP" or "RB")
                {
                    return "advmod";
                }
                if (cat is "NP" && child.FunctionTags.Contains("TMP", StringComparison.Ordinal))
                {
                    return "obl:tmod";
                }
                if (cat is "NP")
                {
                    return "obl:npmod";
                }
                if (cat is "VP")
                {
                    return "conj";
                }
                if (cat is "MD")
                {
                    return "aux";
                }
                if (cat is "ADJP")
                {
                    return "advcl";
                }
                return "dep";

            case "VP":
                return VerbPhraseLabel(node, headChild, i, before);

            case "ADJP" or "WHADJP" or "ADVP" or "WHADVP":
                if (cat is "RB" or "RBR" or "RBS" or "ADVP" or "WRB")
                {
                    return "advmod";
                }
                if (cat is "PP")
                {
                    return "obl";
                }
                if (cat is "S" or "SBAR")
                {
                    return "ccomp";
                }
                if (cat is "NP")
                {
                    return "obl:npmod";
                }
                if (cat is "DT")
                {
                    return "det";
                }
                if (cat is "CD" or "QP")
                {
                    return "nummod";
                }
                return "dep";

            case "QP":
                if (cat is "CD")
                {
                    return "compound";
                }
                return "advmod";

            case "PRT":
                return "compound:prt";

            default:
                return "dep";
        }
    }

    private static string VerbPhraseLabel(PennNode node, int headChild, int i, bool before)
    {
        var child = node.Children[i];
        var cat = child.Category;
        var head = node.Children[headChild];
        if (cat is "MD")
        {
            return "aux";
        }
        if (cat is "TO")
        {
            return "mark";
        }
        if (cat.StartsWith("VB", StringComparison.Ordinal) || cat.StartsWith("AUX", StringComparison.Ordinal))
        {
            if (before && child.IsPreterminal && AuxiliaryWords.Contains(child.Word!))
            {
                return head.Category is "VP" or "VB" or "VBD" or "VBN" or "VBG" or "VBZ" or "VBP" or "S" or "SBAR" ? "aux" : "cop";
            }
            return before ? "aux" : "dep";
        }
        if (cat is "RB" or "ADVP" or "WRB")
        {
            return "advmod";
        }
        if (cat is "PRT" or "RP")
        {
            return "compound:prt";
        }
        if (cat is "IN" && before)
        {
            return "mark";
        }
        if (cat is "NP" or "NE" or "NEC" or "WHNP" or "PRP")
        {
            if (child.FunctionTags.Contains("TMP", StringComparison.Ordinal))
            {
                return "obl:tmod";
            }
            if (child.FunctionTags.Contains("ADV", StringComparison.Ordinal))
            {
                return "obl:npmod";
            }
            if (child.FunctionTags.Contains("PRD", StringComparison.Ordinal))
            {
                return "xcomp";
            }
            if (before)
            {
                return "obl";
            }
            // Two object NPs: the first is the indirect object.
            var laterNp = node.Children.Skip(i + 1).Any(n => n.Category is "NP" or "NE" or "NEC" && !n.FunctionTags.Contains("TMP", StringComparison.Ordinal));
            var earlierNp = node.Children.Take(i).Skip(headChild + 1).Any(n => n.Category is "NP" or "NE" or "NEC" && !n.FunctionTags.Contains("TMP", StringComparison.Ordinal));
            return laterNp && !earlierNp ? "iobj" : "obj";
        }
        if (cat is "PP" or "WHPP")
        {
            return NominalOrClause(child) == "nmod" ? "obl" : "advcl";
        }
        if (cat is "S" or "SQ" or "SINV")
        {
            if (SubjectOf(child) is null)
            {
                // "agreed to meet", "stopped talking": a controlled complement.
                return child.Leaves().FirstOrDefault()?.Category is "TO" or "VBG" or "VB" || ContainsVerb(child) ? "xcomp" : "advcl";
            }
            return "ccomp";
        }
        if (cat is "SBAR")
        {
            var first = child.Children.FirstOrDefault(n => !Punctuation.Contains(n.Category));
            if (first is { Category: "IN" or "DT" } && first.Word!.ToLowerInvariant() is "that" or "whether" or "if")
            {
                return "ccomp";
            }
            if (first is { Category: "S" or "SQ" or "SINV" })
            {
                return "ccomp";
            }
            return "advcl";
        }
        if (cat is "ADJP" or "JJ")
        {
            return "xcomp";
        }
        if (cat is "VP")
        {
            // Two verb phrases side by side are coordinated; a verb phrase after a content verb is its
            // complement ("believed linked to", "got started").
            return head.Category == "VP" ? "conj" : "xcomp";
        }
        if (cat is "PRN" or "FRAG")
        {
            return "parataxis";
        }
        if (cat is "CD")
        {
            return "obj";
        }
        return "dep";
    }

    private static string NominalOrClause(PennNode pp)
    {
        var obj = pp.Children.FirstOrDefault(n => n.Category is not ("IN" or "TO" or "RP") && !Punctuation.Contains(n.Category));
        return obj is { Category: "S" or "SBAR" or "VP" } ? "acl" : "nmod";
    }

    private static PennNode? SubjectOf(PennNode clause)
    {
        if (clause.Category is "SBAR")
        {
            var inner = clause.Children.FirstOrDefault(n => n.Category is "S" or "SQ" or "SINV");
            return inner is null ? null : SubjectOf(inner);
        }
        var vp = clause.Children.FindIndex(n => n.Category == "VP");
        if (vp < 0)
        {
            return null;
        }
        return clause.Children.Take(vp).LastOrDefault(n => n.Category is "NP" or "NE" or "NEC" or "PRP" or "WHNP" && !n.FunctionTags.Contains("TMP", StringComparison.Ordinal));
    }

    private static bool IsFiniteClause(PennNode clause)
    {
        var s = clause.Category == "SBAR" ? clause.Children.FirstOrDefault(n => n.Category is "S" or "SINV") : clause;
        return s is not null && SubjectOf(s) is not null;
    }

    private static bool HasSubordinator(PennNode clause) =>
        clause.Category == "SBAR" && clause.Children.FirstOrDefault() is { Category: "IN" or "WHADVP" or "WHNP" };

    private static bool IsThatRelative(PennNode sbar) =>
        sbar.Children.FirstOrDefault() is { Category: "IN" or "DT", Word: "that" or "which" or "who" } && SubjectOf(sbar) is null;

    /// <summary>Passive clauses: a "be"/"get" auxiliary over a past participle makes the subject nsubj:pass.</summary>
    private static void MarkPassives(List<PennNode> leaves, Arc[] arcs)
    {
        for (var v = 0; v < leaves.Count; v++)
        {
            if (leaves[v].Category != "VBN")
            {
                continue;
            }
            var auxiliaries = Enumerable.Range(0, leaves.Count).Where(k => arcs[k].Head == v && arcs[k].Relation == "aux").ToList();
            var passiveAux = auxiliaries.LastOrDefault(k => PassiveAuxiliaries.Contains(leaves[k].Word!), -1);
            if (passiveAux < 0)
            {
                continue;
            }
            arcs[passiveAux].Relation = "aux:pass";
            for (var k = 0; k < leaves.Count; k++)
            {
                if (arcs[k].Head != v)
                {
                    continue;
                }
                if (arcs[k].Relation == "nsubj")
                {
                    arcs[k].Relation = "nsubj:pass";
                }
                else if (arcs[k].Relation == "obl" && leaves.Any(l => l.WordIndex >= 0 && arcs[l.WordIndex].Head == k && arcs[l.WordIndex].Relation == "case" && l.Word!.Equals("by", StringComparison.OrdinalIgnoreCase)))
                {
                    arcs[k].Relation = "obl:agent";
                }
            }
        }
    }

    /// <summary>Maps a Penn Treebank tag to a Universal POS tag.</summary>
    public static string Upos(string xpos, string word, string relation)
    {
        return xpos switch
        {
            "NN" or "NNS" => "NOUN",
            "NNP" or "NNPS" or "NE" => "PROPN",
            "VB" or "VBD" or "VBG" or "VBN" or "VBP" or "VBZ" => relation is "aux" or "aux:pass" or "cop" ? "AUX" : "VERB",
            "MD" => "AUX",
            "JJ" or "JJR" or "JJS" => "ADJ",
            "RB" or "RBR" or "RBS" or "WRB" => word.ToLowerInvariant() is "not" or "n't" ? "PART" : "ADV",
            "IN" => relation == "mark" ? "SCONJ" : "ADP",
            "DT" or "PDT" or "WDT" => "DET",
            "PRP" or "WP" or "EX" => "PRON",
            "PRP$" or "WP$" => "PRON",
            "CD" => "NUM",
            "CC" => "CCONJ",
            "TO" => relation == "case" ? "ADP" : "PART",
            "POS" or "RP" => relation == "compound:prt" ? "ADP" : "PART",
            "UH" => "INTJ",
            "SYM" => "SYM",
            "FW" => "X",
            "$" => "SYM",
            _ when xpos.StartsWith("AUX", StringComparison.Ordinal) => "AUX",
            _ when Punctuation.Contains(xpos) => "PUNCT",
            _ => "X",
        };
    }
}
