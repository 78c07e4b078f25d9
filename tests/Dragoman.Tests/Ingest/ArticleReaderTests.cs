using System.Text;
using Dragoman.Ingest;

namespace Dragoman.Tests.Ingest;

public class ArticleReaderTests
{
    [Fact]
    public void A_metadata_header_fills_the_article()
    {
        var result = new ArticleReader().ReadText("x", "Title: Talks resume\nDate: 2023-10-26\nSource: Example Wire\nURL: https://example.org/a\n\nBody text here.");
        Assert.True(result.Succeeded);
        var a = result.Article!;
        Assert.Equal("Talks resume", a.Title);
        Assert.Equal(new DateOnly(2023, 10, 26), a.Date);
        Assert.Equal("Example Wire", a.Source);
        Assert.Equal("Body text here.", a.Text);
    }

    [Fact]
    public void A_bad_header_date_names_the_input()
    {
        var result = new ArticleReader().ReadText("x.txt", "Date: 2023-02-30\n\nBody.");
        Assert.False(result.Succeeded);
        Assert.Equal(IngestError.BadMetadata, result.Error);
        Assert.Equal("x.txt: bad date in header: '2023-02-30'", result.ToString());
    }

    [Fact]
    public void The_cli_date_overrides_metadata()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { Date = new DateOnly(2020, 1, 1) });
        Assert.Equal(new DateOnly(2020, 1, 1), reader.ReadText("x", "Date: 2023-10-26\n\nBody.").Article!.Date);
    }

    [Fact]
    public void A_short_first_line_before_a_blank_line_is_the_headline()
    {
        var a = new ArticleReader().ReadText("x", "Labour plans maternity pay rise\n\nMaternity pay is to rise.").Article!;
        Assert.Equal("Labour plans maternity pay rise", a.Title);
    }

    [Fact]
    public void Legacy_encodings_and_line_ends_are_normalised()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 talks\r\nresumed.\r\n");
        var text = TextDecoder.Decode(bytes);
        Assert.Equal("Caf\u00e9 talks\nresumed.\n", text);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hamas in Moscow")).ToArray();
        Assert.Equal("Hamas in Moscow", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Text_is_stored_in_nfc()
    {
        var decomposed = "Cafe\u0301";
        Assert.Equal("Caf\u00e9", TextDecoder.Clean(decomposed));
    }

    [Theory]
    [InlineData("Trudeau\u00e2\u20ac\u2122s top advisers", "Trudeau\u2019s top advisers")]
    [InlineData("the \u00e2\u20ac\u0153two-plus-two\u00e2\u20ac\u009d meeting", "the \u201ctwo-plus-two\u201d meeting")]
    [InlineData("Caf\u00c3\u00a9 owners paid \u00c2\u00a35", "Caf\u00e9 owners paid \u00a35")]
    [InlineData("smile \u00f0\u0178\u02dc\u20ac", "smile \U0001F600")]
    public void Utf8_read_as_windows_1252_is_repaired(string broken, string repaired) =>
        Assert.Equal(repaired, TextDecoder.Clean(broken));

    [Theory]
    [InlineData("He signed a communiqu&#233; on Iraq.", "He signed a communiqu\u00e9 on Iraq.")]
    [InlineData("Ben &amp; Jerry&#x2019;s &lt;b&gt; &quot;tag&quot;", "Ben & Jerry\u2019s <b> \"tag\"")]
    [InlineData("AT&T and R&D; &#0; &#55357; &unknown;", "AT&T and R&D; &#0; &#55357; &unknown;")]
    public void Character_references_left_in_plain_text_are_decoded(string raw, string decoded) =>
        Assert.Equal(decoded, TextDecoder.DecodeEntities(raw));

    [Fact]
    public void A_plain_article_keeps_no_character_references_but_markup_is_left_to_its_parser()
    {
        var result = new ArticleReader().ReadText("a", "EU talks\n\nHe signed a communiqu&#233; on Iraq &amp; Syria.");
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("EU talks\n\nHe signed a communiqu\u00e9 on Iraq & Syria.", result.Article!.Text);
        // Raw markup is decoded by its parser, not before it: escaped tags stay text inside a feed.
        Assert.Equal("&lt;p&gt;", TextDecoder.Clean("&lt;p&gt;"));
    }

    [Theory]
    [InlineData("Caf\u00e9 na\u00efve S\u00e3o Paulo \u00a35 \u2019quoted\u2019")]
    [InlineData("\u00c3 la carte, \u00e2 bient\u00f4t, \u00c2ge")]
    [InlineData("M\u00fcller and \u00c5sa met in Z\u00fcrich.")]
    public void Accented_text_is_not_mistaken_for_mojibake(string text) => Assert.Equal(text, TextDecoder.Clean(text));

    [Fact]
    public void Binary_content_is_detected()
    {
        Assert.Null(TextDecoder.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }));
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxBytes = 10 });
        var result = reader.ReadText("big", new string('a', 11));
        Assert.Equal(IngestError.TooLarge, result.Error);
    }
}
