using Dragoman.Ingest;

namespace Dragoman.Tests.Ingest;

/// <summary>Articles given as JSON: one object, an array, or JSON Lines, with the usual field names of scrapers and news APIs.</summary>
public sealed class JsonArticlesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-json-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private List<IngestResult> Read(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return new ArticleReader().ReadPath(path).ToList();
    }

    [Fact]
    public void One_object_is_one_article_with_its_metadata()
    {
        var result = Assert.Single(Read("one.json", """
            {"title": "Talks in Moscow", "text": "A Hamas delegation arrived in Moscow on Thursday.",
             "date": "2023-10-26T23:30:00+03:00", "source": {"name": "TASS"}, "url": "https://example.org/a"}
            """));
        Assert.True(result.Succeeded, result.ToString());
        var article = result.Article!;
        Assert.EndsWith("one.json", article.Id, StringComparison.Ordinal);
        Assert.Equal("Talks in Moscow", article.Title);
        Assert.Equal("Talks in Moscow\n\nA Hamas delegation arrived in Moscow on Thursday.", article.Text);
        // The date where it was published, not in UTC (20:30 UTC is still the 26th; 23:30 there).
        Assert.Equal(new DateOnly(2023, 10, 26), article.Date);
        Assert.Equal("TASS", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public void Json_lines_and_arrays_give_one_article_per_object()
    {
        var lines = Read("many.jsonl", """
            {"id": "a1", "headline": "Clash", "body": "Russian forces attacked Kharkiv.", "publishedAt": "2024-03-04"}
            {"id": "a2", "HEADLINE": "Talks", "Body": "Israel and Hamas agreed to a truce.", "pubDate": "2024-03-08"}
            """);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.EndsWith("many.jsonl#2", lines[1].Input, StringComparison.Ordinal);
        Assert.Equal("a2", lines[1].Article!.Id);
        Assert.Equal("Talks", lines[1].Article!.Title);
        Assert.Equal(new DateOnly(2024, 3, 8), lines[1].Article!.Date);

        var array = Read("arr.json", """[{"maintext": "Iran condemned the strike."}, {"content": "Egypt called for calm."}]""");
        Assert.Equal(["Iran condemned the strike.", "Egypt called for calm."], array.Select(r => r.Article!.Text));
    }

    [Theory]
    [InlineData("{\"title\": \"x\", \"lang\": \"en\"}", "no article text")]
    [InlineData("{\"text\": \"broken", "malformed JSON")]
    [InlineData("[{\"text\": \"Fine.\"}, 3]", "not an object")]
    [InlineData("{\"text\": \"Fine.\", \"date\": \"yesterday-ish\"}", "bad date")]
    [InlineData("[]", "no articles")]
    public void Json_that_holds_no_article_is_a_clear_error(string content, string message)
    {
        var result = Assert.Single(Read("bad.json", content));
        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
        Assert.EndsWith("bad.json", result.Input, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"x\"}", true)]
    [InlineData("  [ {\"text\": \"x\"} ]", true)]
    [InlineData("{Braces} open this line of prose.", false)]
    [InlineData("[Reuters] Troops left the town.", false)]
    public void Json_is_told_from_prose(string text, bool json) => Assert.Equal(json, JsonArticles.LooksLikeJson(text));

    [Fact]
    public void Json_articles_can_come_on_standard_input()
    {
        var results = new ArticleReader().Read(["-"], new StringReader("{\"text\": \"Iran condemned the strike.\"}")).ToList();
        Assert.Equal("Iran condemned the strike.", Assert.Single(results).Article!.Text);
    }
}
