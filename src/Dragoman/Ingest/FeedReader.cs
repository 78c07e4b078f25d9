using System.ServiceModel.Syndication;
using System.Xml;

namespace Dragoman.Ingest;

/// <summary>One item of a news feed.</summary>
/// <param name="Id">The item's id or link.</param>
/// <param name="Title">The item title.</param>
/// <param name="Text">The summary or content, as plain text.</param>
/// <param name="Url">The item's link.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Source">The feed's title.</param>
internal sealed record FeedItem(string Id, string? Title, string Text, string? Url, DateOnly? Date, string? Source);

/// <summary>Reads RSS 2.0 and Atom feeds into items (System.ServiceModel.Syndication).</summary>
internal static class FeedReader
{
    /// <summary>True when the text is an RSS or Atom document.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && head.Contains("xmlns=\"http://www.w3.org/2005/Atom\"", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The feed's items; throws <see cref="XmlException"/> on a malformed feed. A well-formed feed
    /// that the strict syndication reader refuses (real feeds put text inside an RSS
    /// <c>enclosure</c>, or dates in odd formats) is read leniently, element by element.
    /// </summary>
    public static List<FeedItem> Read(string xml)
    {
        try
        {
            return ReadStrict(xml);
        }
        catch (Exception e) when (e is XmlException or FormatException)
        {
            // Only well-formed XML is read leniently; XDocument throws on anything else.
            var items = ReadLenient(System.Xml.Linq.XDocument.Parse(xml, System.Xml.Linq.LoadOptions.None));
            if (items.Count == 0)
            {
                throw e as XmlException ?? new XmlException(e.Message, e);
            }
            return items;
        }
    }

    private static List<FeedItem> ReadLenient(System.Xml.Linq.XDocument document)
    {
        static string? Child(System.Xml.Linq.XElement e, params string[] names) =>
            e.Elements().FirstOrDefault(c => names.Contains(c.Name.LocalName, StringComparer.OrdinalIgnoreCase))?.Value.Trim();
        var root = document.Root;
        var items = new List<FeedItem>();
        if (root is null)
        {
            return items;
        }
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var source = Child(channel, "title");
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName is "item" or "entry"))
        {
            var title = TitleOf(Child(item, "title"));
            var html = Child(item, "encoded", "content") is { Length: > 0 } content ? content : Child(item, "description", "summary") ?? "";
            var text = PlainTextOf(html);
            var linkElement = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link");
            var link = linkElement?.Attribute("href")?.Value ?? linkElement?.Value.Trim();
            var dateText = Child(item, "pubDate", "published", "updated", "date");
            // The date where it was published ("Fri, 6 Jan 2017 19:18 -0500" is the 6th), not in UTC:
            // relative dates in the text ("on Friday") are written from there.
            DateOnly? date = dateText is not null && TryParseFeedDate(dateText, out var when) ? DateOnly.FromDateTime(when.DateTime) : null;
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var id = Child(item, "guid", "id");
            items.Add(new FeedItem(string.IsNullOrEmpty(id) ? link ?? $"item-{items.Count}" : id, title, text, link, date, source));
        }
        return items;
    }

    // RFC 822 dates ("Fri, 6 Jan 2017 19:18:00 -0500") and ISO 8601 ones.
    private static bool TryParseFeedDate(string text, out DateTimeOffset when)
    {
        var t = text.Trim();
        var comma = t.IndexOf(',', StringComparison.Ordinal);
        var withoutDay = comma is > 0 and < 5 ? t[(comma + 1)..].Trim() : t;
        string[] formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss 'GMT'", "d MMM yyyy HH:mm:ss 'UT'", "d MMM yyyy"];
        var normalised = System.Text.RegularExpressions.Regex.Replace(withoutDay, @"([+-]\d\d)(\d\d)$", "$1:$2");
        return DateTimeOffset.TryParseExact(normalised, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out when)
            || DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out when);
    }

    private static List<FeedItem> ReadStrict(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var feed = SyndicationFeed.Load(reader);
        var source = feed.Title?.Text;
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault()?.Uri?.ToString();
            var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "";
            var text = PlainTextOf(html);
            var date = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.DateTime)
                : item.LastUpdatedTime != default ? DateOnly.FromDateTime(item.LastUpdatedTime.DateTime) : (DateOnly?)null;
            var title = TitleOf(item.Title?.Text?.Trim());
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            items.Add(new FeedItem(item.Id ?? link ?? $"item-{items.Count}", title, text, link, date, source));
        }
        return items;
    }

    // Feed descriptions are HTML, often escaped a second time ("Parks &amp; Resorts",
    // "McDonald&#8217;s" inside CDATA): markup and entities are read by the HTML parser.
    private static string PlainTextOf(string html) =>
        HtmlExtractor.LooksLikeHtml(html) || html.Contains('<') || html.Contains('&') ? PlainText(html) : html.Trim();

    // Titles are text, but feeds escape them as HTML too.
    private static string? TitleOf(string? title) =>
        title is null ? null : title.Contains('&') ? System.Net.WebUtility.HtmlDecode(title).Trim() : title;

    // "<p>Summary</p><p>First paragraph</p>": one paragraph each, never run together.
    private static string PlainText(string html) => HtmlExtractor.Paragraphs(html);
}
