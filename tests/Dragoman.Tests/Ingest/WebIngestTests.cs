using Dragoman.Ingest;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Ingest;

public class WebIngestTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-web-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Talks resume in Geneva | Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>Talks resume in Geneva</h1>
        <p>Diplomats from Armenia and Azerbaijan resumed talks in Geneva on Tuesday, officials said, after a pause of
        several months in which both sides accused each other of violating the ceasefire along their border.</p>
        <p>The foreign ministers are expected to meet again next week to discuss the border commission, a diplomat
        close to the talks said. Neither side gave details of the proposals put forward on <b>Tuesday</b>.
        <p>Unclosed paragraphs and <i>stray tags are common in real pages, and the parser must cope with them
        without losing the text that follows.</p>
        </article>
        <footer>Copyright Example News. All rights reserved.</footer>
        </body></html>
        """;

    [Fact]
    public void An_html_page_gives_its_main_text_and_metadata()
    {
        var path = Path.Combine(dir, "page.html");
        File.WriteAllText(path, Page);
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.True(result.Succeeded, result.ToString());
        var a = result.Article!;
        Assert.Contains("Talks resume in Geneva", a.Title);
        Assert.Contains("Diplomats from Armenia and Azerbaijan resumed talks", a.Text);
        Assert.Contains("stray tags are common", a.Text);
        Assert.DoesNotContain("<p>", a.Text);
        Assert.DoesNotContain("Copyright", a.Text);
    }

    [Fact]
    public void A_saved_fragment_of_a_page_is_read_as_html_not_as_text()
    {
        var path = Path.Combine(dir, "fragment.html");
        File.WriteAllText(path, """
            <div id="readability-page-1" class="page">
                <div property="articleBody">
                    <p>Diplomats from Armenia and Azerbaijan resumed talks in Geneva on Tuesday, officials said, after
                    a pause of several months in which both sides accused each other of violating the ceasefire.</p>
                    <p>The foreign ministers are expected to meet again next week to discuss the border commission,
                    a diplomat close to the talks said, and neither side gave details of the proposals.</p>
                </div>
            </div>
            """);
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotContain("<p>", result.Article!.Text, StringComparison.Ordinal);
        Assert.Contains("Diplomats from Armenia", result.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>Note</b> prose that starts with a tag")]
    [InlineData("< 5 per cent of voters turned out, officials said.")]
    public void Prose_is_not_mistaken_for_a_fragment(string text) => Assert.False(HtmlExtractor.LooksLikeHtml(text));

    [Fact]
    public void A_page_without_article_text_is_a_clear_error()
    {
        var path = Path.Combine(dir, "empty.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.False(result.Succeeded);
        Assert.Contains("no readable article text", result.Message);
    }

    [Fact]
    public void A_short_brief_in_a_broken_page_is_read_from_its_prose_paragraphs()
    {
        // Too short for Readability to score, with unclosed paragraphs and page furniture.
        var path = Path.Combine(dir, "brief.html");
        File.WriteAllText(path, "<html><head><title>Clash</title></head><body><nav><p>Home. World. Business. Sport. Weather. Video.</p></nav>"
            + "<div><p>Russian forces attacked Ukrainian positions near Kharkiv on Monday, the Ukrainian military said. <p>Officials in Kyiv condemned the assault."
            + "<footer><p>Copyright 2024 Example News. All rights reserved worldwide.</p></footer>");
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.True(result.Succeeded, result.ToString());
        var text = result.Article!.Text;
        Assert.Contains("Russian forces attacked Ukrainian positions near Kharkiv on Monday", text, StringComparison.Ordinal);
        Assert.Contains("Officials in Kyiv condemned the assault.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
    }

    // A feed of one item with the given title and description (as written in the XML), read back.
    private Dragoman.Documents.Article ReadOneItemFeed(string title, string description)
    {
        var path = Path.Combine(dir, "one-item.xml");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example</title>
            <item><title>{title}</title><link>https://example.org/1</link>
            <description>{description}</description></item>
            </channel></rss>
            """);
        return Assert.Single(new ArticleReader().ReadPath(path)).Article!;
    }

    [Fact]
    public void Escaped_entities_in_feed_descriptions_and_titles_are_decoded()
    {
        var article = ReadOneItemFeed("Parks &amp;amp; Resorts&amp;#8217; plan", "<![CDATA[Universal Parks &amp; Resorts met at McDonald&#8217;s on Friday.]]>");
        Assert.Equal("Parks & Resorts\u2019 plan", article.Title);
        Assert.Contains("Universal Parks & Resorts met at McDonald\u2019s on Friday.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", article.Text.Replace("Parks & Resorts", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_of_a_feed_description_are_not_run_together()
    {
        var text = ReadOneItemFeed("Speech", "&lt;p&gt;The speech stirred applause&lt;/p&gt;&lt;p&gt;Donald Trump promised a new moment.&lt;/p&gt;").Text;
        Assert.Contains("The speech stirred applause\n\nDonald Trump promised a new moment.", text, StringComparison.Ordinal);
    }

    private const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example World</title><link>https://example.org</link><description>d</description>
        <item><title>Ceasefire agreed</title><link>https://example.org/1</link><description>&lt;p&gt;The two sides agreed to a ceasefire on Monday.&lt;/p&gt;</description><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate></item>
        <item><title>Envoy visits Cairo</title><link>https://example.org/2</link><description>The UN envoy visited Cairo.</description><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
        </channel></rss>
        """;

    [Fact]
    public void A_feed_gives_one_article_per_item()
    {
        var path = Path.Combine(dir, "feed.xml");
        File.WriteAllText(path, Feed);
        var results = new ArticleReader().ReadPath(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        var first = results[0].Article!;
        Assert.Equal(path + "#1", first.Id);
        Assert.Equal("Ceasefire agreed", first.Title);
        Assert.Equal("Example World", first.Source);
        Assert.Equal(new DateOnly(2024, 3, 4), first.Date);
        Assert.Contains("The two sides agreed to a ceasefire on Monday.", first.Text);
        Assert.DoesNotContain("<p>", first.Text);
    }

    [Fact]
    public void A_feed_the_strict_reader_refuses_is_read_leniently_with_local_dates()
    {
        // Text inside an enclosure, as real feeds write it, makes the syndication reader throw.
        var path = Path.Combine(dir, "lenient.xml");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Wire</title>
            <item><title><![CDATA[Troops withdraw from border town]]></title><link>https://example.org/a</link>
            <description><![CDATA[Russian troops withdrew from the border town on Friday, officials said.]]></description>
            <pubDate>Fri, 6 Jan 2017 19:18:00 -0500</pubDate>
            <enclosure url="https://example.org/a.jpg"><![CDATA[A photo caption.]]></enclosure></item>
            </channel></rss>
            """);
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("Troops withdraw from border town", result.Article!.Title);
        Assert.Equal(new DateOnly(2017, 1, 6), result.Article.Date);
        Assert.Contains("withdrew from the border town", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_feed_is_one_error_naming_the_file()
    {
        var path = Path.Combine(dir, "bad.xml");
        File.WriteAllText(path, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel></rss>");
        var result = Assert.Single(new ArticleReader().ReadPath(path));
        Assert.False(result.Succeeded);
        Assert.StartsWith(path + ": malformed feed", result.ToString());
    }

    [SkippableFact]
    public void Real_news_pages_give_their_article_text()
    {
        var root = SharedData.Require("corpora/html-pages");
        foreach (var page in Directory.GetDirectories(root))
        {
            var result = Assert.Single(new ArticleReader().ReadPath(Path.Combine(page, "source.html")));
            Assert.True(result.Succeeded, result.ToString());
            Assert.True(result.Article!.Text.Length > 1000, $"{page}: only {result.Article.Text.Length} characters");
        }
    }
}
