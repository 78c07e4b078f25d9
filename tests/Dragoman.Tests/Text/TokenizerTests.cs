using Dragoman.Text;

namespace Dragoman.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("I don't know.", "I|do|n't|know|.")]
    [InlineData("They can't and won't.", "They|ca|n't|and|wo|n't|.")]
    [InlineData("Russia's stance", "Russia|'s|stance")]
    [InlineData("Russia\u2019s stance", "Russia|\u2019s|stance")]
    [InlineData("the parents' rights", "the|parents|'|rights")]
    [InlineData("the 2.3-million-strong enclave", "the|2.3|-|million|-|strong|enclave")]
    [InlineData("1,400 fatalities", "1,400|fatalities")]
    [InlineData("in the U.S. and U.K.", "in|the|U.S.|and|U.K.")]
    [InlineData("Dr. Smith met Gen. Jones on Oct. 7.", "Dr.|Smith|met|Gen.|Jones|on|Oct.|7|.")]
    [InlineData("an anti-American rally", "an|anti-American|rally")]
    [InlineData("a U.S.-led coalition", "a|U.S.|-|led|coalition")]
    [InlineData("\"We will win,\" he said.", "\"|We|will|win|,|\"|he|said|.")]
    [InlineData("\u201CWe will win,\u201D he said.", "\u201C|We|will|win|,|\u201D|he|said|.")]
    [InlineData("See https://example.com/a-b?x=1.", "See|https://example.com/a-b?x=1|.")]
    [InlineData("Write to press@un.org today", "Write|to|press@un.org|today")]
    [InlineData("It cost $5.2 billion (about 5%).", "It|cost|$|5.2|billion|(|about|5|%|)|.")]
    [InlineData("-Israel's Decision Spurs Fears-", "-|Israel|'s|Decision|Spurs|Fears|-")]
    [InlineData("peace\u2014for now\u2014holds", "peace|\u2014|for|now|\u2014|holds")]
    [InlineData("Wait... what?", "Wait|...|what|?")]
    [InlineData("I cannot go", "I|can|not|go")]
    [InlineData("J. R. R. Tolkien", "J.|R.|R.|Tolkien")]
    [InlineData("call 555-1234 now", "call|555-1234|now")]
    public void Splits_like_UD_English(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Offsets_point_back_into_the_text()
    {
        const string text = "  Hamas\u2019s delegation,\tin Moscow.\n";
        foreach (var t in Tokenizer.Tokenize(text))
        {
            Assert.True(t.End > t.Start);
            Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End]));
        }
    }

    [Theory]
    [InlineData("Russia\u2019s", "Russia's")]
    [InlineData("\u201CHi\u201D", "\"Hi\"")]
    [InlineData("2010\u20132012", "2010-2012")]
    [InlineData("plain", "plain")]
    public void Normalize_folds_typography(string token, string expected) =>
        Assert.Equal(expected, Tokenizer.Normalize(token));
}
