using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Evaluation;

namespace Dragoman.Tests.Nlp;

/// <summary>Reading entity files in Universal NER and CoNLL-2003 layouts, and scoring spans.</summary>
public class IobReaderTests
{
    private static string Show(IobSentence s) =>
        string.Join(", ", s.Entities.Select(e => $"{string.Join(" ", s.Tokens[e.Start..e.End])}/{e.Label}"));

    [Fact]
    public void Reads_universal_ner_and_drops_other_and_stray_o_tags()
    {
        string[] lines =
        [
            "# sent_id = a-1",
            "# text = Al-Zaman : American forces killed Shaikh Abdullah in Qaim.",
            "1\tAl\tB-ORG\t-\tx", "2\t-\tI-ORG\t-\tx", "3\tZaman\tI-ORG\t-\tx", "4\t:\tO",
            "5\tAmerican\tB-OTH\t-\tx", "6\tforces\tO", "7\tkilled\tO", "8\tShaikh\tB-PER", "9\tAbdullah\tI-PER",
            "10\tin\tO", "11\tQaim\tB-LOC", "12\t.\tB-O",
            "",
        ];
        var sentence = Assert.Single(IobReader.Read(lines));
        Assert.Equal("a-1", sentence.Id);
        Assert.Equal(12, sentence.Tokens.Length);
        Assert.Equal("Al - Zaman/ORG, Shaikh Abdullah/PER, Qaim/LOC", Show(sentence));
    }

    [Fact]
    public void Reads_conll_2003_with_iob1_tags_in_the_last_column()
    {
        string[] lines =
        [
            "-DOCSTART- -X- -X- O", "",
            "EU NNP B-NP I-ORG", "rejects VBZ B-VP O", "German JJ B-NP I-MISC", "call NN I-NP O",
            "to TO B-VP O", "boycott VB I-VP O", "Peter NNP B-NP I-PER", "Blackburn NNP I-NP I-PER",
            "and CC O O", "Paris NNP B-NP I-LOC", "London NNP I-NP B-LOC", "",
        ];
        var sentence = Assert.Single(IobReader.Read(lines));
        Assert.True(sentence.StartsDocument);
        Assert.Equal("EU/ORG, German/MISC, Peter Blackburn/PER, Paris/LOC, London/LOC", Show(sentence));
    }

    [Fact]
    public void A_line_without_a_tag_is_reported_with_its_line_number()
    {
        var e = Assert.Throws<FormatException>(() => IobReader.Read(["1\tword\tO", "2\tword\tNOTATAG"], "f.iob2"));
        Assert.StartsWith("f.iob2:2:", e.Message);
    }

    [Fact]
    public void Scoring_counts_gpe_as_loc_and_leaves_out_types_the_model_does_not_produce()
    {
        var gold = new IobSentence(null, ["Putin", "visited", "Paris", "and", "the", "Louvre"],
            [new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "LOC"), new TokenSpan(5, 6, "MISC")], false);
        List<TokenSpan> predicted = [new(0, 1, "PER"), new(2, 3, "GPE"), new(4, 6, "ORG")];
        var score = EntityEvaluation.Evaluate([(gold, predicted)]);
        Assert.Equal(2, score.Gold);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(2, score.Correct);
        Assert.Equal(66.67, score.Precision);
        Assert.Equal(100, score.Recall);
    }
}
