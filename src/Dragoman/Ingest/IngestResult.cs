using Dragoman.Documents;

namespace Dragoman.Ingest;

/// <summary>Stable codes for the ways an input can fail to become an article.</summary>
public enum IngestError
{
    /// <summary>The path does not exist.</summary>
    NotFound,
    /// <summary>The file could not be read (permissions, I/O error).</summary>
    Unreadable,
    /// <summary>The content is binary, not text.</summary>
    Binary,
    /// <summary>The text holds no words.</summary>
    Empty,
    /// <summary>The text is larger than the configured limit.</summary>
    TooLarge,
    /// <summary>Metadata in the input is malformed (for example an impossible date), or a feed is malformed.</summary>
    BadMetadata,
    /// <summary>The file is a collection of articles, a news feed or JSON data (read it with <see cref="ArticleReader.ReadPath"/>).</summary>
    Feed,
}

/// <summary>The outcome of reading one input: an article, or an error that names the input and says why.</summary>
public sealed record IngestResult
{
    private IngestResult(string input, Article? article, IngestError? error, string? message)
    {
        Input = input;
        Article = article;
        Error = error;
        Message = message;
    }

    /// <summary>The input as the user named it (a path or "-").</summary>
    public string Input { get; }

    /// <summary>The article, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>The error code, when reading failed.</summary>
    public IngestError? Error { get; }

    /// <summary>A short lower-case description of the failure ("binary file, not text").</summary>
    public string? Message { get; }

    /// <summary>True when an article was read.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>A successful read.</summary>
    public static IngestResult Ok(string input, Article article) => new(input, article, null, null);

    /// <summary>A failed read.</summary>
    public static IngestResult Fail(string input, IngestError error, string message) => new(input, null, error, message);

    /// <summary>The one-line error, naming the input: "PATH: binary file, not text".</summary>
    public override string ToString() => Succeeded ? $"{Input}: ok" : $"{Input}: {Message}";
}
