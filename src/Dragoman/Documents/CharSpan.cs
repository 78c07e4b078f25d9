namespace Dragoman.Documents;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of characters in an article's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct CharSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(CharSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(CharSpan other) => other.Start < End && Start < other.End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}

/// <summary>A half-open range of token indexes [<see cref="Start"/>, <see cref="End"/>) within a document.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index just past the last token.</param>
public readonly record struct TokenRange(int Start, int End)
{
    /// <summary>The number of tokens covered.</summary>
    public int Length => End - Start;

    /// <summary>True when token <paramref name="index"/> lies in the range.</summary>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when the two ranges share at least one token.</summary>
    public bool Overlaps(TokenRange other) => other.Start < End && Start < other.End;
}
