using Dragoman.Documents;
using Dragoman.Text;

namespace Dragoman.Tests.Text;

public class TextSegmenterTests
{
    private static Doc Segment(string text) =>
        TextSegmenter.Instance.Process(new Doc(new Article { Id = "t", Text = text }));

    private static string[] SentenceTexts(Doc doc) => doc.Sentences.Select(s => doc.TextOf(s.Span)).ToArray();

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_sentences()
    {
        var doc = Segment("Dr. J. Smith arrived in the U.S. on Oct. 5 with 2.3 million dollars. He left.");
        Assert.Equal(["Dr. J. Smith arrived in the U.S. on Oct. 5 with 2.3 million dollars.", "He left."], SentenceTexts(doc));
    }

    [Fact]
    public void A_dotted_acronym_can_end_a_sentence()
    {
        var doc = Segment("The envoy flew to the U.S. The talks begin today.");
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void Quotes_stay_with_their_sentence()
    {
        var doc = Segment("He said: \"We will stay.\" \"They will not,\" she replied. Then she left!");
        Assert.Equal(["He said: \"We will stay.\"", "\"They will not,\" she replied.", "Then she left!"], SentenceTexts(doc));
    }

    [Fact]
    public void Captions_and_headings_are_recognised_and_kept()
    {
        var doc = Segment("Picture: for illustration purposes\nTroops crossed the border on Monday.\n-Israel's Decision Spurs Fears-\nThe talks failed.");
        Assert.Equal([SentenceKind.Caption, SentenceKind.Sentence, SentenceKind.Heading, SentenceKind.Sentence], doc.Sentences.Select(s => s.Kind));
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Monday it would talk.")]
    [InlineData("BERLIN/ZURICH (Reuters) - The man had made several trips to Switzerland.")]
    [InlineData("MOSUL, Iraq/BAGHDAD (Reuters) - Iraqi forces closed in on the river.")]
    [InlineData("WASHINGTON, Jan. 5 (AP) -- The Senate voted.")]
    public void A_dateline_naming_one_or_more_places_is_a_heading_of_its_own(string text)
    {
        var doc = Segment(text);
        Assert.Equal(SentenceKind.Heading, doc.Sentences[0].Kind);
        Assert.EndsWith(")", doc.TextOf(doc.Sentences[0].Span).TrimEnd(' ', '-'), StringComparison.Ordinal);
        Assert.Equal(SentenceKind.Sentence, doc.Sentences[1].Kind);
    }

    [Fact]
    public void A_headline_followed_by_a_blank_line_is_a_heading()
    {
        var doc = Segment("Labour plans maternity pay rise\n\nMaternity pay is to rise. Ministers agreed.");
        Assert.Equal(SentenceKind.Heading, doc.Sentences[0].Kind);
        Assert.Equal(3, doc.Sentences.Length);
        Assert.Equal(2, doc.Paragraphs.Length);
    }

    [Fact]
    public void Soft_wrapped_lines_join_into_one_paragraph()
    {
        var doc = Segment("The minister said the talks\nwould resume next week.\nA second paragraph starts here.");
        Assert.Equal(2, doc.Paragraphs.Length);
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void Tokens_belong_to_their_sentences_and_carry_offsets()
    {
        var doc = Segment("Russia\u2019s envoy met Hamas. Talks went on.");
        foreach (var s in doc.Sentences)
        {
            foreach (var t in doc.TokensOf(s.Index))
            {
                Assert.Equal(s.Index, t.Sentence);
                Assert.Equal(t.Text, doc.Text[t.Start..t.End]);
                Assert.True(s.Span.Contains(t.Span));
            }
        }
        Assert.Equal("'s", doc.Tokens[1].Norm);
    }

    [Fact]
    public void Segmenting_leaves_the_input_untouched()
    {
        var before = new Doc(new Article { Id = "t", Text = "One. Two." });
        var after = TextSegmenter.Instance.Process(before);
        Assert.Empty(before.Sentences);
        Assert.Equal(Layers.None, before.Layers);
        Assert.True(after.Has(Layers.Sentences | Layers.Tokens));
    }

    [Fact]
    public void Runaway_sentences_are_cut_so_coding_stays_linear()
    {
        var words = string.Join(" ", Enumerable.Range(0, 1000).Select(i => i % 50 == 49 ? "word," : "word"));
        var doc = Segment(words);
        Assert.All(doc.Sentences, s => Assert.True(s.Tokens.Length <= TextSegmenter.MaxSentenceTokens));
        Assert.Equal(doc.Tokens.Length, doc.Sentences.Sum(s => s.Tokens.Length));
        Assert.Equal(",", doc.Tokens[doc.Sentences[0].Tokens.End - 1].Text); // cut after a comma
    }
}
