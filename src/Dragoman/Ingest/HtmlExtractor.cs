using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dragoman.Ingest;

/// <summary>The main text of a web page, with its metadata.</summary>
/// <param name="Text">Paragraphs of the article body, separated by blank lines (the headline first when known).</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The site or publisher name.</param>
/// <param name="Date">The publication date.</param>
internal sealed record ExtractedPage(string Text, string? Title, string? Source, DateOnly? Date);

/// <summary>
/// Extracts an article from HTML with SmartReader (a port of Mozilla's Readability): the main text
/// without navigation, adverts and comments, plus title, site name and publication date. Broken
/// HTML is parsed the way browsers do (AngleSharp's HTML5 parser); a page with no readable text
/// gives null.
/// </summary>
internal static class HtmlExtractor
{
    /// <summary>True when the text is an HTML document rather than plain prose.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var head = text.AsSpan(start, Math.Min(text.Length - start, 512));
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase))
            || (head.StartsWith("<!--", StringComparison.Ordinal) && text.Contains("<html", StringComparison.OrdinalIgnoreCase))
            || (StartsWithBlockTag(head) && text.Contains("</", StringComparison.Ordinal));
    }

    private static bool IsFragment(string html) =>
        !html.Contains("<html", StringComparison.OrdinalIgnoreCase) && !html.Contains("<body", StringComparison.OrdinalIgnoreCase);

    // A fragment saved from a page ("<div class=…><p>…</p>"): markup, not prose that starts with "<".
    private static readonly string[] BlockTags = ["div", "p", "article", "section", "main", "header", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "span", "head", "meta", "title"];

    private static bool StartsWithBlockTag(ReadOnlySpan<char> head)
    {
        if (head.Length < 3 || head[0] != '<')
        {
            return false;
        }
        foreach (var tag in BlockTags)
        {
            if (head[1..].StartsWith(tag, StringComparison.OrdinalIgnoreCase) && head.Length > tag.Length + 1 && head[tag.Length + 1] is '>' or ' ' or '/' or '\t' or '\n' or '\r')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Extracts the article; null when the page holds no readable article text.</summary>
    public static ExtractedPage? Extract(string html, string? url)
    {
        // The reader needs a base address to resolve links; none is fetched.
        var uri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "https://article.invalid/news/article.html";
        SmartReader.Article article;
        try
        {
            article = new SmartReader.Reader(uri, html).GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        var body = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? Paragraphs(article.Content) : "";
        if (body.Trim().Length == 0 && IsFragment(html))
        {
            // A fragment saved from a page is the article already; Readability finds a short one too
            // short to score, so its paragraphs are read directly.
            body = Paragraphs(html);
        }
        else if (body.Trim().Length == 0)
        {
            // A whole page whose article is too short for Readability to score (a two-sentence
            // brief): its prose paragraphs outside navigation, headers, footers and forms.
            body = ProseParagraphs(html);
        }
        if (body.Trim().Length == 0)
        {
            return null;
        }
        var title = Clean(article.Title);
        var text = title is null ? body : title + "\n\n" + body;
        DateOnly? date = article.PublicationDate is DateTime d ? DateOnly.FromDateTime(d) : null;
        return new ExtractedPage(text, title, Clean(article.SiteName), date);
    }

    /// <summary>Block elements become paragraphs (separated by blank lines); inline markup disappears; white space collapses.</summary>
    internal static string Paragraphs(string contentHtml)
    {
        var document = new HtmlParser().ParseDocument(contentHtml);
        var text = string.Join("\n\n", BlockTexts(document, "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td",
            name => name is "p" or "li" or "blockquote" or "pre" or "figcaption" or "td"));
        return text.Length > 0 ? text : Collapse(document.Body?.TextContent ?? "");
    }

    // The collapsed, non-empty text of each block the selector finds; a block inside a container
    // block is written with its parent.
    private static IEnumerable<string> BlockTexts(IParentNode root, string selector, Func<string, bool> isContainer)
    {
        foreach (var element in root.QuerySelectorAll(selector))
        {
            if (element.Ancestors<IElement>().Any(a => isContainer(a.LocalName)))
            {
                continue;
            }
            var text = Collapse(element.TextContent);
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    private static readonly string[] Furniture = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "menu", "button", "select", "iframe"];

    // Paragraph text of a whole page that reads as prose: a sentence of at least six words.
    private static string ProseParagraphs(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is null)
        {
            return "";
        }
        foreach (var element in document.Body.QuerySelectorAll(string.Join(", ", Furniture)).ToList())
        {
            element.Remove();
        }
        return string.Join("\n\n", BlockTexts(document.Body, "p, blockquote, li", name => name is "p" or "li" or "blockquote").Where(ReadsAsProse));
    }

    private static bool ReadsAsProse(string text)
    {
        var end = text.AsSpan().TrimEnd("\"'\u201D\u2019) ");
        return end.Length > 0 && end[^1] is '.' or '?' or '!'
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6;
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Collapse(value);
}
