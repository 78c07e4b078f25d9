namespace Dragoman.Ingest.Treebank;

/// <summary>A node of a Penn Treebank phrase-structure tree: a phrase with children, or a part-of-speech tag over one word.</summary>
public sealed class PennNode
{
    /// <summary>Creates a node.</summary>
    public PennNode(string label, string? word, List<PennNode> children)
    {
        Label = label;
        Word = word;
        Children = children;
        var dash = label.IndexOf('-', 1);
        var eq = label.IndexOf('=', 1);
        var cut = dash > 0 && (eq < 0 || dash < eq) ? dash : eq;
        Category = cut > 0 && !label.StartsWith("-", StringComparison.Ordinal) ? label[..cut] : label;
        FunctionTags = cut > 0 && !label.StartsWith("-", StringComparison.Ordinal) ? label[(cut + 1)..].Trim('.', ',') : "";
    }

    /// <summary>The full label ("NP-TMP").</summary>
    public string Label { get; }

    /// <summary>The category without function tags ("NP").</summary>
    public string Category { get; }

    /// <summary>Function tags after the first dash ("TMP").</summary>
    public string FunctionTags { get; }

    /// <summary>The word, for a preterminal (tag) node.</summary>
    public string? Word { get; }

    /// <summary>The children, for a phrase node.</summary>
    public List<PennNode> Children { get; }

    /// <summary>Index of the word among the sentence's words, for a preterminal.</summary>
    public int WordIndex { get; internal set; } = -1;

    /// <summary>True for a part-of-speech node over a word.</summary>
    public bool IsPreterminal => Word is not null;

    /// <summary>The words under this node, in order.</summary>
    public IEnumerable<PennNode> Leaves()
    {
        if (IsPreterminal)
        {
            yield return this;
            yield break;
        }
        foreach (var c in Children)
        {
            foreach (var l in c.Leaves())
            {
                yield return l;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => IsPreterminal ? $"({Label} {Word})" : $"({Label} {string.Join(' ', Children)})";
}

/// <summary>Reads bracketed Penn Treebank trees ("(ROOT (S (NP (NNP Arnor)) (VP …)))").</summary>
public static class PennTree
{
    /// <summary>Parses one tree; empty-element (-NONE-) leaves are dropped.</summary>
    /// <exception cref="FormatException">Unbalanced brackets or an empty tree.</exception>
    public static PennNode Parse(string text)
    {
        var position = 0;
        SkipSpace(text, ref position);
        if (position >= text.Length || text[position] != '(')
        {
            throw new FormatException("a Penn Treebank tree starts with '('");
        }
        var root = ParseNode(text, ref position) ?? throw new FormatException("the tree holds no words");
        var index = 0;
        foreach (var leaf in root.Leaves())
        {
            leaf.WordIndex = index++;
        }
        return root;
    }

    private static PennNode? ParseNode(string text, ref int position)
    {
        position++; // '('
        SkipSpace(text, ref position);
        var label = ReadAtom(text, ref position);
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] != '(' && text[position] != ')')
        {
            // A preterminal: (TAG word); the word may itself contain brackets, up to the last ')' before the next space.
            var word = ReadWord(text, ref position);
            SkipSpace(text, ref position);
            Expect(text, ref position, ')');
            return label == "-NONE-" ? null : new PennNode(label, word, []);
        }
        var children = new List<PennNode>();
        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                throw new FormatException("unbalanced brackets: the tree ends before it closes");
            }
            if (text[position] == ')')
            {
                position++;
                break;
            }
            var child = ParseNode(text, ref position);
            if (child is not null)
            {
                children.Add(child);
            }
        }
        if (children.Count == 0)
        {
            return null;
        }
        // "(ROOT (S …))" or "( (S …))": an unlabelled wrapper stays, with its one child.
        return new PennNode(label.Length == 0 ? "ROOT" : label, null, children);
    }

    private static string ReadAtom(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '(' && text[position] != ')')
        {
            position++;
        }
        return text[start..position];
    }

    private static string ReadWord(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != ')')
        {
            position++;
        }
        return text[start..position];
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static void Expect(string text, ref int position, char c)
    {
        if (position >= text.Length || text[position] != c)
        {
            throw new FormatException($"expected '{c}' at offset {position}");
        }
        position++;
    }
}
