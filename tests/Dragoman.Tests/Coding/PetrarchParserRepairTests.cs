using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Evaluation;
using static Dragoman.Tests.Support.PetrarchHarness;

namespace Dragoman.Tests.Coding;

/// <summary>
/// PETRARCH coding on dependency parses with the slips statistical parsers make (two subjects for
/// one verb, a flat coordination, a main clause hung on another verb): the repairs that keep the
/// PETRARCH rules working on them.
/// </summary>
public class PetrarchParserRepairTests
{
    private static string Row(int id, string form, string upos, string xpos, int head, string rel) =>
        $"{id}\t{form}\t_\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_";

    private static string[] CodeUd(SequenceCodingOptions? options, params string[] rows)
    {
        var tokens = Conllu.Parse(string.Join('\n', rows) + "\n\n")[0].Tokens;
        var doc = DocBuilder.FromSentences(new Article { Id = "ud", Text = "", Date = new DateOnly(1995, 1, 1) }, [tokens]);
        return Triples(CodeDocument(doc, options));
    }

    [Fact]
    public void Two_subjects_side_by_side_are_one_phrase()
    {
        Assert.Equal(["FREGOVFRM SYL 111"], CodeUd(null,
            Row(1, "Freedonia", "PROPN", "NNP", 4, "nsubj"),
            Row(2, "foreign", "ADJ", "JJ", 3, "amod"),
            Row(3, "minister", "NOUN", "NN", 4, "nsubj"),
            Row(4, "criticized", "VERB", "VBD", 0, "root"),
            Row(5, "Sylvania", "PROPN", "NNP", 4, "obj"),
            Row(6, ".", "PUNCT", ".", 4, "punct")));
    }

    [Fact]
    public void Subjects_split_around_and_are_a_coordination()
    {
        Assert.Equal(["FRE SYL 111", "GENGOV SYL 111"], CodeUd(null,
            Row(1, "Freedonia", "PROPN", "NNP", 7, "nsubj"),
            Row(2, "and", "CCONJ", "CC", 4, "cc"),
            Row(3, "the", "DET", "DT", 4, "det"),
            Row(4, "government", "NOUN", "NN", 7, "nsubj"),
            Row(5, "of", "ADP", "IN", 6, "case"),
            Row(6, "Genovia", "PROPN", "NNP", 4, "nmod"),
            Row(7, "criticized", "VERB", "VBD", 0, "root"),
            Row(8, "Sylvania", "PROPN", "NNP", 7, "obj"),
            Row(9, ".", "PUNCT", ".", 7, "punct")));
    }

    [Fact]
    public void A_main_clause_after_a_comma_is_coded_on_its_own_wherever_it_hangs()
    {
        var keepAll = SequenceCodingOptions.Default with { RequireDyad = false, CommaEMax = 0 };
        Assert.Equal(["FRE SYL 111", "---GOV --- 010"], CodeUd(keepAll,
            Row(1, "Freedonia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "criticized", "VERB", "VBD", 0, "root"),
            Row(3, "Sylvania", "PROPN", "NNP", 2, "obj"),
            Row(4, ",", "PUNCT", ",", 7, "punct"),
            Row(5, "an", "DET", "DT", 6, "det"),
            Row(6, "official", "NOUN", "NN", 7, "nsubj"),
            Row(7, "said", "VERB", "VBD", 2, "advcl"),
            Row(8, "on", "ADP", "IN", 9, "case"),
            Row(9, "Monday", "PROPN", "NNP", 7, "obl"),
            Row(10, ".", "PUNCT", ".", 2, "punct")));
    }

    [Fact]
    public void A_conjunct_verb_without_and_stays_in_the_clause_of_the_coded_verb()
    {
        // "after Genovia was criticized" misread as a second conjunct: it is not coded on its own.
        Assert.Equal(["FRE SYL 042", "SYL FRE 043"], CodeUd(null,
            Row(1, "Freedonia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "visited", "VERB", "VBD", 0, "root"),
            Row(3, "Sylvania", "PROPN", "NNP", 2, "obj"),
            Row(4, "after", "ADP", "IN", 5, "case"),
            Row(5, "Genovia", "PROPN", "NNP", 2, "obl"),
            Row(6, "was", "AUX", "VBD", 7, "aux:pass"),
            Row(7, "criticized", "VERB", "VBN", 2, "conj"),
            Row(8, "by", "ADP", "IN", 9, "case"),
            Row(9, "Freedonia", "PROPN", "NNP", 7, "obl:agent"),
            Row(10, ".", "PUNCT", ".", 2, "punct")));
    }

    [Fact]
    public void A_coordinated_verb_with_and_codes_on_its_own()
    {
        Assert.Equal(["FRE SYL 042", "SYL FRE 043", "FRE GEN 111"], CodeUd(null,
            Row(1, "Freedonia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "visited", "VERB", "VBD", 0, "root"),
            Row(3, "Sylvania", "PROPN", "NNP", 2, "obj"),
            Row(4, "and", "CCONJ", "CC", 5, "cc"),
            Row(5, "criticized", "VERB", "VBD", 2, "conj"),
            Row(6, "Genovia", "PROPN", "NNP", 5, "obj"),
            Row(7, ".", "PUNCT", ".", 2, "punct")));
    }
}
