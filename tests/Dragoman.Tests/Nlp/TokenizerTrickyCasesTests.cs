using Dragoman.Documents;
using Dragoman.Text;

namespace Dragoman.Tests.Nlp;

/// <summary>Tokenisation cases where UD English EWT's conventions are easy to get wrong (issue 3).</summary>
public class TokenizerTrickyCasesTests
{
    private static string Split(string text) =>
        string.Join('|', Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    [Theory]
    [InlineData("No way!!! Really?!", "No|way|!!!|Really|?!")]
    [InlineData("What..? Fine.", "What|..?|Fine|.")]
    [InlineData("Hmm...? ok", "Hmm|...|?|ok")]
    [InlineData("Great :) see you", "Great|:)|see|you")]
    [InlineData("thanks:-)", "thanks|:-)")]
    [InlineData("<<quoted>> text", "<<|quoted|>>|text")]
    [InlineData("*** NOTICE ***", "***|NOTICE|***")]
    [InlineData("''Hello''", "''|Hello|''")]
    [InlineData("I dont know", "I|do|nt|know")]
    [InlineData("We're gonna win", "We|'re|gon|na|win")]
    [InlineData("mama`s house", "mama|`s|house")]
    [InlineData("at 10am and 7:30PM", "at|10|am|and|7:30|PM")]
    [InlineData("a $2.3bn deal", "a|$|2.3|bn|deal")]
    [InlineData("from £3,000-£5,000", "from|£|3,000|-|£|5,000")]
    [InlineData("in 2013-2014 and 5-10 days", "in|2013|-|2014|and|5|-|10|days")]
    [InlineData("call 713-853-3989 or 555-1234", "call|713-853-3989|or|555-1234")]
    [InlineData("on 01-Feb-02 at noon", "on|01-Feb-02|at|noon")]
    [InlineData("and/or Israel/Gaza w/o", "and|/|or|Israel|/|Gaza|w/o")]
    [InlineData("on 11/28/2000 and 9/11", "on|11/28/2000|and|9/11")]
    [InlineData("self-esteem and x-rays", "self|-|esteem|and|x|-|rays")]
    [InlineData("post-war e-mail", "post-war|e-mail")]
    [InlineData("pens, paper, etc.", "pens|,|paper|,|etc|.")]
    [InlineData("Apple Inc. said", "Apple|Inc.|said")]
    [InlineData("It joined Apple Inc.", "It|joined|Apple|Inc|.")]
    [InlineData("the U.S. and the U.S.", "the|U.S.|and|the|U.S.")]
    [InlineData("F-16 jets", "F|-|16|jets")]
    [InlineData("1st and 1990s", "1st|and|1990s")]
    public void Splits_like_UD_English_EWT(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Fact]
    public void A_run_of_exclamation_marks_still_ends_the_sentence()
    {
        var doc = TextSegmenter.Instance.Process(new Doc(new Article { Id = "t", Text = "They won!!! The crowd cheered." }));
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal("They won!!!", doc.TextOf(doc.Sentences[0].Span));
    }

    [Fact]
    public void Every_token_keeps_its_characters()
    {
        const string text = "Hamas\u2019s 2.3-million-strong enclave (\u00A35bn) \u2014 \"U.S.-led\" talks:)";
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..t.Start]));
            previousEnd = t.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }
}
