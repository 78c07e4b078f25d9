namespace Dragoman.Documents;

/// <summary>
/// One token of the text with its morpho-syntactic annotations. Tokens are created by the text stage
/// (offsets, <see cref="Norm"/>) and completed by the nlp stage (tags, lemma, head, relation).
/// </summary>
public sealed record Token
{
    /// <summary>Position in the document's token list, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Index of the sentence that holds the token.</summary>
    public required int Sentence { get; init; }

    /// <summary>Characters covered in the article text.</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The token's text exactly as in the article.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// A normalised form for matching: typographic quotes, apostrophes and dashes folded to ASCII;
    /// case is kept. Equal to <see cref="Text"/> for most tokens.
    /// </summary>
    public required string Norm { get; init; }

    /// <summary>True when white space follows the token in the text.</summary>
    public bool SpaceAfter { get; init; } = true;

    /// <summary>Universal part-of-speech tag (UD UPOS), once tagged.</summary>
    public string? Upos { get; init; }

    /// <summary>Penn Treebank tag (UD XPOS), once tagged.</summary>
    public string? Xpos { get; init; }

    /// <summary>Lemma (dictionary form), once lemmatised.</summary>
    public string? Lemma { get; init; }

    /// <summary>Document-level index of the syntactic head; -1 for the sentence root or when unparsed.</summary>
    public int Head { get; init; } = -1;

    /// <summary>Universal Dependencies relation to the head ("nsubj", "obj", "root"), once parsed.</summary>
    public string? Relation { get; init; }

    /// <summary>Offset of the first character.</summary>
    public int Start => Span.Start;

    /// <summary>Offset just past the last character.</summary>
    public int End => Span.End;

    /// <inheritdoc />
    public override string ToString() => Text;
}
