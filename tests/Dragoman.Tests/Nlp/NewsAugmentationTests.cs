using System.Collections.Immutable;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>News-shaped training copies and the parser ensemble.</summary>
public class NewsAugmentationTests
{
    private static ConlluWord W(string form, string upos, string xpos, int head, string relation) => new(form, form, upos, xpos, head, relation, true);

    // "Troops clashed with protesters ." (heads from 0, -1 for the root)
    private static ConlluSentence Clashed() => new("s1", null, false,
    [
        W("Troops", "NOUN", "NNS", 1, "nsubj"),
        W("clashed", "VERB", "VBD", -1, "root"),
        W("with", "ADP", "IN", 3, "case"),
        W("protesters", "NOUN", "NNS", 1, "obl"),
        W(".", "PUNCT", ".", 1, "punct"),
    ], []);

    // "It was good ." has no finite VERB after its subject.
    private static ConlluSentence Copula() => new("s2", null, false,
    [
        W("It", "PRON", "PRP", 2, "nsubj"),
        W("was", "AUX", "VBD", 2, "cop"),
        W("good", "ADJ", "JJ", -1, "root"),
        W(".", "PUNCT", ".", 2, "punct"),
    ], []);

    [Fact]
    public void A_day_goes_between_the_subject_and_its_verb_and_the_tree_follows()
    {
        Assert.Equal(1, NewsAugmentation.InsertionPoint(Clashed()));
        Assert.Equal(-1, NewsAugmentation.InsertionPoint(Copula()));
        var copies = NewsAugmentation.Augment([Clashed(), Copula()], every: 1);
        var (sentence, original, at, inserted) = Assert.Single(copies);
        Assert.Equal((0, 1, 2), (original, at, inserted));
        var words = sentence.Words;
        Assert.Equal("Troops on Monday clashed with protesters .", string.Join(" ", words.Select(w => w.Form)));
        Assert.Equal([3, 2, 3, -1, 5, 3, 3], words.Select(w => w.Head).ToArray());
        Assert.Equal(["nsubj", "case", "obl", "root", "case", "obl", "punct"], words.Select(w => w.Relation).ToArray());
        Assert.Equal(["NNS", "IN", "NNP", "VBD", "IN", "NNS", "."], NewsAugmentation.Insert(["NNS", "VBD", "IN", "NNS", "."], at, ["IN", "NNP"]));
    }

    [Fact]
    public void An_ensemble_parser_is_one_model_that_parses_like_its_members_agree()
    {
        var sentences = Enumerable.Range(0, 40).Select(_ => Clashed()).ToList();
        var tagged = sentences.Select(s => new TaggedSentence(s, [.. s.Words.Select(w => w.Xpos)], [.. s.Words.Select(w => w.Upos)])).ToList();
        var options = new ParserTrainingOptions { Epochs = 2, Ensemble = 2, NewsAugmentation = 1 };
        var parser = ParserTrainer.Train(tagged, tagged.Take(5).ToList(), options);
        Assert.Equal("2", parser.Info.Trained["ensemble"]);
        Assert.True(parser.Info.Scores.ContainsKey("dev.las"));
        var parse = parser.Parse(["Troops", "clashed", "with", "protesters", "."], ["NNS", "VBD", "IN", "NNS", "."], ["NOUN", "VERB", "ADP", "NOUN", "PUNCT"]);
        Assert.Equal(new ParsedWord(1, "nsubj"), parse[0]);
        Assert.Equal(new ParsedWord(-1, "root"), parse[1]);
    }
}
