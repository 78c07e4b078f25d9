using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Store;
using Dragoman.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dragoman.Tests.Properties;

/// <summary>Properties that must hold for any input text, checked on generated texts (FsCheck shrinks failures).</summary>
public class PipelineProperties
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    // Text made of news-like pieces and awkward characters, so generated inputs reach the interesting code.
    private static readonly string[] Pieces =
    [
        "Russia", "Hamas", "attacked", "said", "the", "U.S.", "Dr.", "1,400", "2.3-million-strong", "\u201C", "\u201D", "'s", "n't",
        ".", ",", "?", "!", "-", "\u2014", "\n", "\n\n", " ", "  ", "\t", "on Thursday", "October 7", "over 6,500 deaths", "Picture:",
        "\u00E9", "e\u0301", "\uD83D\uDE00", "\u200B", "(", ")", "http://x.org/a?b=1.", "Mr", "president", "troops", "in Gaza", "#", "***",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Tokens_are_non_empty_ordered_slices_without_white_space() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var t in tokens)
            {
                if (t.Start < previousEnd || t.End <= t.Start || t.End > text.Length)
                {
                    return false;
                }
                if (text.AsSpan(t.Start, t.End - t.Start).ContainsAny(" \t\n"))
                {
                    return false;
                }
                previousEnd = t.End;
            }
            return true;
        });

    [Property(MaxTest = 150)]
    public Property Every_annotation_points_inside_the_text_and_the_json_is_valid() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            if (text.Trim().Length == 0)
            {
                return true;
            }
            var article = new Article { Id = "p", Text = Dragoman.Ingest.TextDecoder.Clean(text), Date = new DateOnly(2023, 10, 26) };
            var doc = Engine.Value.Process(article);
            bool Inside(CharSpan s) => s.Start >= 0 && s.End <= doc.Text.Length && s.Start <= s.End;
            var tokensInOrder = doc.Tokens.Select((t, i) => t.Index == i && t.Text == doc.Text[t.Start..t.End]).All(ok => ok);
            var sentencesCover = doc.Sentences.Sum(s => s.Tokens.Length) == doc.Tokens.Length;
            var annotationsInside = doc.Actors.All(a => Inside(a.Span)) && doc.Events.All(e => Inside(e.Trigger.Span))
                && doc.Dates.All(d => Inside(d.Span)) && doc.Figures.All(f => Inside(f.Span)) && doc.Places.All(p => Inside(p.Span))
                && doc.Attributions.All(a => Inside(a.Cue.Span));
            var heads = doc.Tokens.All(t => t.Head == -1 || (t.Head >= 0 && t.Head < doc.Tokens.Length && doc.Tokens[t.Head].Sentence == t.Sentence));
            using var json = JsonDocument.Parse(JsonExporter.ToJson(doc, new JsonExportOptions { IncludeTokens = true }));
            return tokensInOrder && sentencesCover && annotationsInside && heads && json.RootElement.GetProperty("sentences").GetArrayLength() == doc.Sentences.Length;
        });

    [Property(MaxTest = 100)]
    public Property Normalising_twice_changes_nothing() =>
        Prop.ForAll(NewsLikeText(), text => Tokenizer.Normalize(Tokenizer.Normalize(text)) == Tokenizer.Normalize(text)
            && Dragoman.Ingest.TextDecoder.Clean(Dragoman.Ingest.TextDecoder.Clean(text)) == Dragoman.Ingest.TextDecoder.Clean(text));
}

public class EmptyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\u200B")]
    [InlineData("   \n\n\t ")]
    [InlineData("...")]
    public void The_engine_codes_text_with_no_words_without_failing(string text)
    {
        var doc = new Engine().Process(new Documents.Article { Id = "e", Text = Dragoman.Ingest.TextDecoder.Clean(text) });
        Assert.Empty(doc.Events);
    }

    /// <summary>
    /// Found by the property above: a verb read back from a modifier once took a head inside its
    /// own new subtree, and walking the cycle exhausted memory.
    /// </summary>
    [Fact]
    public void A_repaired_parse_stays_a_tree()
    {
        const string text = "\u200B \n \u201D \u200B , said http://x.org/a?b=1. ) said in Gaza \n n't troops said president \u2014 ( October 7 in Gaza the U.S. attacked *** Hamas Dr. over 6,500 deaths # over 6,500 deaths , 's said";
        var doc = new Engine().Process(new Documents.Article { Id = "c", Text = Dragoman.Ingest.TextDecoder.Clean(text), Date = new DateOnly(2023, 10, 26) });
        Assert.NotEmpty(doc.Sentences);
    }
}
