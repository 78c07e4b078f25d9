namespace Dragoman.Documents;

/// <summary>
/// A news article as it enters the pipeline: metadata plus its text. The text is the reference for
/// every character offset that later stages record; it is stored already Unicode-normalised (NFC)
/// so that offsets stay stable however the article is re-read.
/// </summary>
public sealed record Article
{
    /// <summary>A stable identifier: the file path, feed item id or a caller-supplied id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline, when the input has one.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher or outlet (for example "BBC"), when known.</summary>
    public string? Source { get; init; }

    /// <summary>Where the article was read from, when it came from the web.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date; relative dates ("on Thursday") are resolved against it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The article body. All offsets in a <see cref="Doc"/> index into this string.</summary>
    public required string Text { get; init; }
}
