namespace Dragoman.Documents;

/// <summary>What kind of text unit a sentence-level segment is. Only <see cref="Sentence"/> units are coded for events.</summary>
public enum SentenceKind
{
    /// <summary>Running prose: coded for actors, events, attributions and figures.</summary>
    Sentence,
    /// <summary>A headline or section heading ("-Israel's Decision Spurs Fears-"): kept, not coded for events.</summary>
    Heading,
    /// <summary>A photo caption or credit line ("Picture: for illustration purposes"): kept, not coded for events.</summary>
    Caption,
}

/// <summary>One sentence (or heading, or caption) of an article.</summary>
/// <param name="Index">Position among the article's sentences, from 0.</param>
/// <param name="Span">Characters covered, trimmed of surrounding white space.</param>
/// <param name="Kind">Whether this is prose, a heading or a caption.</param>
/// <param name="Paragraph">Index of the paragraph that holds it, from 0.</param>
/// <param name="Tokens">The tokens of the sentence.</param>
public sealed record Sentence(int Index, CharSpan Span, SentenceKind Kind, int Paragraph, TokenRange Tokens)
{
    /// <summary>Offset of the first character.</summary>
    public int Start => Span.Start;

    /// <summary>Offset just past the last character.</summary>
    public int End => Span.End;
}

/// <summary>A paragraph: a block of lines separated from the next by a line break.</summary>
/// <param name="Index">Position among the article's paragraphs, from 0.</param>
/// <param name="Span">Characters covered.</param>
public sealed record Paragraph(int Index, CharSpan Span);
