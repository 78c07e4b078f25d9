using Dragoman.Nlp;

namespace Dragoman.Tests.Nlp;

/// <summary>
/// <see cref="NlpAnnotator.CorrectMainVerbParticiples"/>: a past participle right after its
/// subject, with no finite verb in its clause, is the main verb of news prose.
/// </summary>
public class ParticipleCorrectionTests
{
    private static string[] Correct(string sentence, string tags)
    {
        var words = sentence.Split(' ');
        var xpos = tags.Split(' ');
        Assert.Equal(words.Length, xpos.Length);
        var upos = xpos.Select(t => t.StartsWith("VB", StringComparison.Ordinal) ? "VERB" : "X").ToArray();
        NlpAnnotator.CorrectMainVerbParticiples(words, upos, xpos);
        return xpos;
    }

    [Fact]
    public void A_participle_before_a_noun_is_an_adjective_not_an_earlier_verb()
    {
        var xpos = Correct(
            "British aircraft using precision guided missiles killed 4 Iraqis .",
            "JJ NN VBG NN VBN NNS VBN CD NNPS .");
        Assert.Equal("VBN", xpos[4]); // guided missiles
        Assert.Equal("VBD", xpos[6]); // killed
    }

    [Fact]
    public void A_finite_verb_in_a_clause_of_its_own_does_not_keep_the_participle()
    {
        var xpos = Correct(
            "A Russian official offered concessions that Nitze believed could help .",
            "DT JJ NN VBN NNS WDT NNP VBD MD VB .");
        Assert.Equal("VBD", xpos[3]);
        xpos = Correct(
            "Albanians demonstrated in Serbia , where 24 people were killed .",
            "NNPS VBN IN NNP , WRB CD NNS VBD VBN .");
        Assert.Equal("VBD", xpos[1]);
    }

    [Fact]
    public void A_reduced_relative_clause_keeps_its_participle()
    {
        var xpos = Correct("The man killed in the attack was a doctor .", "DT NN VBN IN DT NN VBD DT NN .");
        Assert.Equal("VBN", xpos[2]);
        xpos = Correct("The aid delivered by the UN arrived .", "DT NN VBN IN DT NNP VBD .");
        Assert.Equal("VBN", xpos[2]);
    }
}
