using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Ingest;

/// <summary>Limits and defaults for reading articles.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Largest input accepted, in bytes (default 20 MB); larger inputs fail with <see cref="IngestError.TooLarge"/>.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>A publication date imposed on every article (the CLI's --date), overriding metadata.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>
/// Reads articles from files, directories (recursively, in ordinal path order) and standard input.
/// A plain-text article may open with a metadata header of "Key: value" lines (title, date, source,
/// url, id) followed by a blank line; otherwise a short first line followed by a blank line is taken
/// as the headline (the BBC corpus layout).
/// </summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    /// <summary>Creates a reader with default options.</summary>
    public ArticleReader() : this(new ArticleReaderOptions()) { }

    /// <summary>The options in force.</summary>
    public ArticleReaderOptions Options { get; } = options;

    /// <summary>Expands the inputs ("-" is standard input) and reads each article in turn.</summary>
    public IEnumerable<IngestResult> Read(IEnumerable<string> inputs, TextReader? stdin = null)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                var text = (stdin ?? Console.In).ReadToEnd();
                var result = ReadText("-", text);
                foreach (var r in result.Error == IngestError.Feed ? ReadCollection("-", TextDecoder.Clean(text)) : [result])
                {
                    yield return r;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateFiles(input))
                {
                    foreach (var result in ReadPath(file))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                foreach (var result in ReadPath(input))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>All files under a directory, hidden ones excluded, in ordinal order.</summary>
    public static IEnumerable<string> EnumerateFiles(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = Directory.GetFiles(directory, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Reads one file: a plain-text article, an HTML page (its main text, title, site and date), an
    /// RSS/Atom feed (one article per item, ids "PATH#N") or JSON articles (an object, an array of
    /// objects or JSON Lines; ids "PATH#N" when there are several).
    /// </summary>
    public IEnumerable<IngestResult> ReadPath(string path)
    {
        var single = ReadFile(path);
        if (single.Error != IngestError.Feed)
        {
            return [single];
        }
        string text;
        try
        {
            text = TextDecoder.Decode(File.ReadAllBytes(path)) ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(path, IngestError.Unreadable, $"cannot read: {e.Message}")];
        }
        return ReadCollection(path, text);
    }

    // The articles of a feed or of JSON data, each with the collection's id and its number.
    private IEnumerable<IngestResult> ReadCollection(string path, string text)
    {
        var json = JsonArticles.LooksLikeJson(text);
        List<FeedItem> items;
        string? failure = null;
        try
        {
            items = json ? JsonArticles.Read(text) : FeedReader.Read(text);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or System.Text.Json.JsonException or FormatException)
        {
            items = [];
            // A FormatException says what an article lacks; the others that the data is not well formed.
            failure = $"{(e is FormatException ? "JSON articles" : json ? "malformed JSON" : "malformed feed")}: {e.Message.ReplaceLineEndings(" ")}";
        }
        if (failure is not null)
        {
            yield return IngestResult.Fail(path, IngestError.BadMetadata, failure);
            yield break;
        }
        if (items.Count == 0)
        {
            yield return IngestResult.Fail(path, IngestError.Empty, json ? "JSON with no articles" : "feed with no items");
            yield break;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var articleText = item.Title is null ? item.Text : item.Title + "\n\n" + item.Text;
            var id = json && items.Count == 1 ? path : $"{path}#{i + 1}";
            if (articleText.Trim().Length == 0)
            {
                yield return IngestResult.Fail(id, IngestError.Empty, json ? "empty article" : "empty feed item");
                continue;
            }
            yield return IngestResult.Ok(id, new Article
            {
                Id = json && item.Id.Length > 0 ? item.Id : id,
                Title = item.Title,
                Source = item.Source,
                Url = item.Url,
                Date = Options.Date ?? item.Date,
                Text = TextDecoder.DecodeEntities(TextDecoder.Clean(articleText)),
            });
        }
    }

    /// <summary>Reads one file (a feed is reported with <see cref="IngestError.Feed"/>: use <see cref="ReadPath"/>).</summary>
    public IngestResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return IngestResult.Fail(path, IngestError.NotFound, "no such file or directory");
            }
            if (info.Length > Options.MaxBytes)
            {
                return IngestResult.Fail(path, IngestError.TooLarge, $"file too large ({info.Length:N0} bytes; limit {Options.MaxBytes:N0})");
            }
            var bytes = File.ReadAllBytes(path);
            var text = TextDecoder.Decode(bytes);
            return text is null
                ? IngestResult.Fail(path, IngestError.Binary, "binary file, not text")
                : FromText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Fail(path, IngestError.Unreadable, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Reads an article given as a string (already decoded).</summary>
    public IngestResult ReadText(string id, string text)
    {
        if (text.Length > Options.MaxBytes)
        {
            return IngestResult.Fail(id, IngestError.TooLarge, $"input too large ({text.Length:N0} characters; limit {Options.MaxBytes:N0})");
        }
        if (text.Contains('\0'))
        {
            return IngestResult.Fail(id, IngestError.Binary, "binary input, not text");
        }
        return FromText(id, TextDecoder.Clean(text));
    }

    private IngestResult FromText(string id, string text)
    {
        if (FeedReader.LooksLikeFeed(text))
        {
            return IngestResult.Fail(id, IngestError.Feed, "a news feed: read it with ReadPath");
        }
        if (JsonArticles.LooksLikeJson(text))
        {
            return IngestResult.Fail(id, IngestError.Feed, "JSON articles: read them with ReadPath");
        }
        if (HtmlExtractor.LooksLikeHtml(text))
        {
            var page = HtmlExtractor.Extract(text, null);
            if (page is null)
            {
                return IngestResult.Fail(id, IngestError.Empty, "HTML page with no readable article text");
            }
            return IngestResult.Ok(id, new Article
            {
                Id = id,
                Title = page.Title,
                Source = page.Source,
                Date = Options.Date ?? page.Date,
                Text = TextDecoder.Clean(page.Text),
            });
        }
        string? title = null, source = null, url = null, articleId = null;
        DateOnly? date = null;
        var header = ParseHeader(text, out var bodyStart);
        if (header is not null)
        {
            foreach (var (key, value) in header)
            {
                switch (key)
                {
                    case "title" or "headline": title = value; break;
                    case "source" or "publisher": source = value; break;
                    case "url" or "link": url = value; break;
                    case "id": articleId = value; break;
                    case "date" or "published":
                        if (!DateParsing.TryParseDate(value, out var parsed))
                        {
                            return IngestResult.Fail(id, IngestError.BadMetadata, $"bad date in header: '{value}'");
                        }
                        date = parsed;
                        break;
                }
            }
            text = text[bodyStart..];
        }
        // Plain text scraped from the web may keep character references ("communiqu&#233;").
        text = TextDecoder.DecodeEntities(text);

        if (!HasWords(text))
        {
            return IngestResult.Fail(id, IngestError.Empty, "empty article (no words)");
        }
        title ??= HeadlineOf(text);
        var article = new Article
        {
            Id = articleId ?? id,
            Title = title,
            Source = source,
            Url = url,
            Date = Options.Date ?? date,
            Text = text,
        };
        return IngestResult.Ok(id, article);
    }

    private static readonly string[] HeaderKeys = ["title", "headline", "date", "published", "source", "publisher", "url", "link", "id"];

    private static List<(string Key, string Value)>? ParseHeader(string text, out int bodyStart)
    {
        bodyStart = 0;
        var fields = new List<(string, string)>();
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var line = text.AsSpan(position, lineEnd - position).Trim();
            if (line.IsEmpty)
            {
                if (fields.Count == 0)
                {
                    return null;
                }
                bodyStart = Math.Min(lineEnd + 1, text.Length);
                return fields;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                return null;
            }
            var key = line[..colon].Trim().ToString().ToLowerInvariant();
            if (Array.IndexOf(HeaderKeys, key) < 0)
            {
                return null;
            }
            fields.Add((key, line[(colon + 1)..].Trim().ToString()));
            position = lineEnd + 1;
        }
        return null; // a header with no body after it is not a header
    }

    private static bool HasWords(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // A short first line without final punctuation, followed by a blank line, is a headline.
    private static string? HeadlineOf(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            return null;
        }
        var line = text.AsSpan(start, lineEnd - start).Trim();
        var next = lineEnd + 1;
        var nextEnd = text.IndexOf('\n', next);
        var blankFollows = nextEnd >= 0 && text.AsSpan(next, nextEnd - next).Trim().IsEmpty;
        if (!blankFollows || line.Length == 0 || line.Length > 150 || line[^1] is '.' or ',' or ';')
        {
            return null;
        }
        return line.ToString();
    }
}

/// <summary>Parsing of dates as users and metadata write them.</summary>
public static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "ddd, d MMM yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ",
        "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffK", "ddd, dd MMM yyyy HH:mm:ss K", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>Parses an ISO date (YYYY-MM-DD) or a common written or RFC date; culture-invariant.</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.Date);
            return true;
        }
        date = default;
        return false;
    }
}
