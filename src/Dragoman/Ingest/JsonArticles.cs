using System.Globalization;
using System.Text.Json;

namespace Dragoman.Ingest;

/// <summary>
/// Articles given as JSON, the shape scrapers and news APIs write: one object, an array of
/// objects, or JSON Lines (one object per line). Each object's article text is its first string
/// field among <c>text</c>, <c>body</c>, <c>content</c>, <c>maintext</c> and <c>article</c>; the
/// headline <c>title</c> or <c>headline</c>; the date <c>date</c>, <c>published</c>,
/// <c>publishedAt</c>, <c>pubDate</c>, <c>date_publish</c> or <c>datetime</c>; the outlet
/// <c>source</c> (a string or an object with a <c>name</c>), <c>publisher</c> or
/// <c>source_domain</c>; the address <c>url</c> or <c>link</c>; the identifier <c>id</c>.
/// Field names match in any case.
/// </summary>
internal static class JsonArticles
{
    private static readonly string[] TextFields = ["text", "body", "content", "maintext", "article"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] DateFields = ["date", "published", "publishedAt", "pubDate", "date_publish", "datetime"];
    private static readonly string[] SourceFields = ["source", "publisher", "source_domain"];
    private static readonly string[] UrlFields = ["url", "link"];

    /// <summary>True when the text is JSON data (an object or an array of objects), not prose.</summary>
    public static bool LooksLikeJson(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.IsEmpty)
        {
            return false;
        }
        if (span[0] == '{')
        {
            return span.Length > 1 && span[1..].TrimStart() is { IsEmpty: false } rest && rest[0] is '"' or '}';
        }
        return span[0] == '[' && span.Length > 1 && span[1..].TrimStart() is { IsEmpty: false } next && next[0] is '{' or ']';
    }

    /// <summary>
    /// The articles of a JSON text; throws <see cref="JsonException"/> for malformed JSON and
    /// <see cref="FormatException"/> when an object has no article text.
    /// </summary>
    public static List<FeedItem> Read(string json)
    {
        var items = new List<FeedItem>();
        foreach (var element in Elements(json))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"item {items.Count + 1} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }
            var text = StringField(element, TextFields)
                ?? throw new FormatException($"item {items.Count + 1} has no article text (fields: {string.Join(", ", TextFields)})");
            var id = StringField(element, ["id"]);
            var title = StringField(element, TitleFields);
            var url = StringField(element, UrlFields);
            var source = StringField(element, SourceFields)
                ?? (Field(element, "source") is { ValueKind: JsonValueKind.Object } sourceObject ? StringField(sourceObject, ["name"]) : null);
            DateOnly? date = null;
            if (StringField(element, DateFields) is { } dateText)
            {
                date = ParseDate(dateText) ?? throw new FormatException($"item {items.Count + 1}: bad date '{dateText}'");
            }
            // The item's own id when it has one ("" otherwise): the caller's key back to its data.
            items.Add(new FeedItem(id?.Trim() ?? "", title?.Trim(), text, url, date, source));
        }
        return items;
    }

    // One document, or JSON Lines: several documents one after another.
    private static IEnumerable<JsonElement> Elements(string json)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        var trimmed = json.TrimStart();
        if (trimmed.StartsWith('['))
        {
            using var array = JsonDocument.Parse(json, options);
            foreach (var e in array.RootElement.EnumerateArray())
            {
                yield return e.Clone();
            }
            yield break;
        }
        var lines = json.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > 1 && lines.All(l => l.TrimStart().StartsWith('{') && l.TrimEnd().EndsWith('}')))
        {
            foreach (var line in lines)
            {
                using var document = JsonDocument.Parse(line, options);
                yield return document.RootElement.Clone();
            }
            yield break;
        }
        using var single = JsonDocument.Parse(json, options);
        yield return single.RootElement.Clone();
    }

    private static JsonElement? Field(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static string? StringField(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (Field(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text && text.Trim().Length > 0)
            {
                return text;
            }
        }
        return null;
    }

    // ISO dates and timestamps ("2023-10-26", "2023-10-26T08:00:00Z"), and what the text reader accepts.
    private static DateOnly? ParseDate(string text)
    {
        var t = text.Trim();
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            // The date where it was published, as written (not converted to UTC).
            return DateOnly.FromDateTime(when.DateTime);
        }
        return DateParsing.TryParseDate(t, out var date) ? date : null;
    }
}
