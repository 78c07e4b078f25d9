using Dragoman.Documents;
using Dragoman.Nlp;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Tests.Nlp;

/// <summary>The nlp pipeline stage with the shipped models.</summary>
public class NlpAnnotatorTests
{
    private static Doc Annotate(string text) =>
        NlpAnnotator.Default.Process(TextSegmenter.Instance.Process(new Doc(new Article { Id = "t", Text = text })));

    private static Token Word(Doc doc, string text) => doc.Tokens.First(t => t.Text == text);

    [Fact]
    public void Declares_the_layers_it_needs_and_adds()
    {
        Assert.Equal(Layers.Sentences | Layers.Tokens, NlpAnnotator.Default.Requires);
        Assert.Equal(Layers.Tags | Layers.Parse | Layers.Entities, NlpAnnotator.Default.Produces);
        var doc = Annotate("Russia condemned the attack.");
        Assert.True(doc.Has(Layers.Tags | Layers.Parse | Layers.Entities));
    }

    [Fact]
    public void Tags_lemmatises_and_parses_a_news_sentence()
    {
        var doc = Annotate("Hamas officials met Russian Foreign Minister Sergei Lavrov in Moscow on Thursday.");
        Assert.All(doc.Tokens, t => Assert.False(string.IsNullOrEmpty(t.Upos) || string.IsNullOrEmpty(t.Xpos) || string.IsNullOrEmpty(t.Lemma)));
        var met = Word(doc, "met");
        Assert.Equal("VERB", met.Upos);
        Assert.Equal("VBD", met.Xpos);
        Assert.Equal("meet", met.Lemma);
        Assert.Equal("official", Word(doc, "officials").Lemma);
        Assert.Equal("root", met.Relation);
        Assert.Equal(-1, met.Head);
        var officials = Word(doc, "officials");
        Assert.Equal("nsubj", officials.Relation);
        Assert.Equal(met.Index, officials.Head);
        Assert.Equal(met.Index, Word(doc, "Lavrov").Head);
        Assert.Equal("obj", Word(doc, "Lavrov").Relation);
        Assert.Equal("case", Word(doc, "in").Relation);
        Assert.Equal(Word(doc, "Moscow").Index, Word(doc, "in").Head);
    }

    [Fact]
    public void A_capitalised_verb_at_the_start_of_a_sentence_is_not_taken_for_a_known_name()
    {
        // "LeT" (Lashkar-e-Taiba) is in the actor dictionary; "Let me know" is still a verb.
        var doc = Annotate("Let me know if you are interested.");
        Assert.Equal("VERB", Word(doc, "Let").Upos);
    }

    [Theory]
    [InlineData("Russia tried to broker peace between Israel and Hamas.", "broker", "VERB")]
    [InlineData("Endorsing Putin's role, Hamas revealed a statement.", "Endorsing", "VERB")]
    [InlineData("Deaths due to lead poisoning rose.", "lead", "NOUN")]
    [InlineData("Nigerian leaders forgave President Olusegun Obasanjo.", "forgave", "VERB")]
    [InlineData("He raised his left hand.", "left", "ADJ")]
    public void Words_the_tagger_mistakes_by_their_position_are_tagged_again(string text, string word, string upos) =>
        Assert.Equal(upos, Word(Annotate(text), word).Upos);

    [Fact]
    public void Every_prose_sentence_is_one_tree_within_the_sentence()
    {
        var doc = Annotate("The talks ended without a deal. Officials said they would meet again next week, and Qatar offered to host them.");
        foreach (var sentence in doc.Sentences)
        {
            var range = sentence.Tokens;
            Assert.Equal(1, doc.Tokens.Skip(range.Start).Take(range.Length).Count(t => t.Head == -1));
            foreach (var token in doc.Tokens.Skip(range.Start).Take(range.Length))
            {
                Assert.NotNull(token.Relation);
                if (token.Head >= 0)
                {
                    Assert.True(range.Contains(token.Head));
                    // Following heads up always reaches the root: no cycles.
                    var steps = 0;
                    for (var h = token.Index; h >= 0; h = doc.Tokens[h].Head)
                    {
                        Assert.True(++steps <= range.Length);
                    }
                }
            }
        }
    }

    [Fact]
    public void Headings_are_tagged_but_not_parsed()
    {
        var doc = Annotate("Israel's Decision Spurs Fears\n\nThe government said the decision was final.");
        var heading = doc.Sentences.First(s => s.Kind == SentenceKind.Heading);
        foreach (var token in doc.Tokens.Skip(heading.Tokens.Start).Take(heading.Tokens.Length))
        {
            Assert.NotNull(token.Upos);
            Assert.Equal(-1, token.Head);
            Assert.Null(token.Relation);
        }
    }

    [Fact]
    public void Finds_people_organisations_and_places_and_tells_countries_and_cities_apart()
    {
        var doc = Annotate("Vladimir Putin met the head of the United Nations in Moscow, and Russia said the talks on Syria went well.");
        string Label(string text) => doc.Entities.Single(e => e.Text == text).Label;
        Assert.Equal("PER", Label("Vladimir Putin"));
        Assert.Equal("GPE", Label("Moscow"));
        Assert.Equal("GPE", Label("Russia"));
        var moscow = doc.Entities.Single(e => e.Text == "Moscow");
        Assert.Equal("Moscow", doc.TextOf(moscow.Span));
        Assert.Equal(moscow.Span, doc.SpanOf(moscow.Tokens));
    }

    [Fact]
    public void Without_a_gazetteer_the_models_lexicon_still_tells_cities_from_other_places()
    {
        var annotator = new NlpAnnotator(PosTagger.Default, NlpAnnotator.Default.Parser, EntityRecognizer.Default, gazetteer: null);
        var text = "The delegation flew to Moscow and then sailed across the Black Sea.";
        var doc = annotator.Process(TextSegmenter.Instance.Process(new Doc(new Article { Id = "t", Text = text })));
        Assert.Contains(doc.Entities, e => e.Label == "GPE" && e.Text == "Moscow");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Black Sea");
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads_at_once()
    {
        string[] texts =
        [
            "Hamas said on Thursday that its delegation had arrived in Moscow.",
            "The Israeli army said 1,400 people were killed in the attack.",
            "Iran's foreign minister warned the United States against escalation.",
            "Russia offered to mediate, a spokeswoman for the foreign ministry told reporters.",
        ];
        var articles = Enumerable.Range(0, 32).Select(i => new Doc(new Article { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = texts[i % texts.Length] }))
            .Select(TextSegmenter.Instance.Process).ToList();
        var sequential = articles.Select(NlpAnnotator.Default.Process).ToList();
        var parallel = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(NlpAnnotator.Default.Process).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            // ImmutableArray compares by reference: compare the elements.
            Assert.Equal(sequential[i].Tokens.ToArray(), parallel[i].Tokens.ToArray());
            Assert.Equal(sequential[i].Entities.ToArray(), parallel[i].Entities.ToArray());
        }
    }
}
