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

    /// <summary>The feed's items; throws <see cref="XmlException"/> on a malformed feed.</summary>
    public static List<FeedItem> Read(string xml)
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
            var text = HtmlExtractor.LooksLikeHtml(html) || html.Contains('<') ? PlainText(html) : html.Trim();
            var date = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.UtcDateTime)
                : item.LastUpdatedTime != default ? DateOnly.FromDateTime(item.LastUpdatedTime.UtcDateTime) : (DateOnly?)null;
            var title = item.Title?.Text?.Trim();
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            items.Add(new FeedItem(item.Id ?? link ?? $"item-{items.Count}", title, text, link, date, source));
        }
        return items;
    }

    private static string PlainText(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        return string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
