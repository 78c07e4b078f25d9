using Dragoman.Nlp.Tagging;

namespace Dragoman.Tests.Nlp;

/// <summary>The shipped lemmatiser on verb forms the event coder looks patterns up by.</summary>
public class LemmatizerTests
{
    [Theory]
    [InlineData("shelled", "VBD", "shell")]
    [InlineData("shelling", "VBG", "shell")]
    [InlineData("killed", "VBD", "kill")]
    [InlineData("travelled", "VBD", "travel")]
    [InlineData("cancelled", "VBN", "cancel")]
    [InlineData("stopped", "VBD", "stop")]
    public void Verbs_in_double_l_keep_it_only_when_their_stem_has_one_syllable(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, PosTagger.Default.Lemmatizer.Lemmatize(form, xpos));

    [Theory]
    [InlineData("repeated", "repeat")]
    [InlineData("heated", "heat")]
    [InlineData("created", "create")]
    [InlineData("negotiated", "negotiate")]
    [InlineData("released", "release")]
    public void A_stem_with_two_vowel_letters_before_its_consonant_takes_no_silent_e(string form, string lemma) =>
        Assert.Equal(lemma, PosTagger.Default.Lemmatizer.Lemmatize(form, "VBD"));

    [Theory]
    [InlineData("forgave", "forgive")]
    [InlineData("overthrew", "overthrow")]
    [InlineData("withheld", "withhold")]
    public void Irregular_pasts_too_rare_for_the_treebank_have_their_base_forms(string form, string lemma) =>
        Assert.Equal(lemma, PosTagger.Default.Lemmatizer.Lemmatize(form, "VBD"));
}
