using Dragoman.Ingest.Treebank;

namespace Dragoman.Tests.Ingest;

public class PennToUniversalTests
{
    private static string Arcs(string tree)
    {
        var tokens = PennToUniversal.Convert(PennTree.Parse(tree));
        return string.Join(" ", tokens.Select(t => $"{t.Form}>{(t.Head == 0 ? "ROOT" : tokens[t.Head - 1].Form)}:{t.Relation}"));
    }

    [Fact]
    public void Simple_clause_gets_subject_object_and_oblique()
    {
        Assert.Equal(
            "Arnor>restored:nsubj restored>ROOT:root ties>restored:obj with>Gondor:case Gondor>restored:obl .>restored:punct",
            Arcs("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
    }

    [Fact]
    public void Passive_with_by_agent()
    {
        Assert.Equal(
            "Gondor>attacked:nsubj:pass was>attacked:aux:pass attacked>ROOT:root by>Mordor:case Mordor>attacked:obl:agent",
            Arcs("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Mordor)))))))"));
    }

    [Fact]
    public void Possessive_title_and_name_phrase()
    {
        Assert.Equal(
            "Dagolath>Telemar:nmod:poss 's>Dagolath:case Deputy>Telemar:compound Telemar>left:nsubj left>ROOT:root",
            Arcs("(ROOT (S (NP (NP (NNP Dagolath) (POS 's)) (NNP Deputy) (NNP Telemar)) (VP (VBD left))))"));
    }

    [Fact]
    public void Infinitive_complement_and_coordination()
    {
        Assert.Equal(
            "Arnor>agreed:nsubj agreed>ROOT:root to>meet:mark meet>agreed:xcomp Gondor>meet:obj and>Rohan:cc Rohan>Gondor:conj",
            Arcs("(ROOT (S (NP (NNP Arnor)) (VP (VBD agreed) (S (VP (TO to) (VP (VB meet) (NP (NP (NNP Gondor)) (CC and) (NP (NNP Rohan)))))))))"));
    }

    [Fact]
    public void Reported_clause_before_the_reporting_verb_is_its_complement()
    {
        var arcs = Arcs("(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (, ,) (NP (DT an) (NN official)) (VP (VBD said)) (. .)))");
        Assert.Contains("attacked>said:ccomp", arcs);
        Assert.Contains("official>said:nsubj", arcs);
    }

    [Fact]
    public void Coordinated_nouns_in_a_flat_phrase_head_on_the_first_conjunct()
    {
        Assert.Equal(
            "Fornost>welcomed:nsubj and>Gondor:cc Gondor>Fornost:conj welcomed>ROOT:root",
            Arcs("(ROOT (S (NP (NNP Fornost) (CC and) (NNP Gondor)) (VP (VBD welcomed))))"));
        // Each conjunct keeps its own modifiers; separating commas hang on the next conjunct.
        var arcs = Arcs("(ROOT (S (NP (NNS Lions) (, ,) (NNS tigers) (, ,) (CC and) (DT the) (JJ evil) (NNP Gondor)) (VP (VBD welcomed))))");
        Assert.Contains("tigers>Lions:conj", arcs);
        Assert.Contains("Gondor>Lions:conj", arcs);
        Assert.Contains("the>Gondor:det", arcs);
        Assert.Contains("evil>Gondor:amod", arcs);
        Assert.Contains(",>tigers:punct", arcs);
        Assert.Contains("Neither>Galadriel:cc:preconj", Arcs("(ROOT (S (NP (CC Neither) (NNP Galadriel) (CC nor) (NNP Gollum)) (VP (VBD boycotted))))"));
    }

    [Fact]
    public void Coordinated_adjectives_are_not_a_coordination_of_nouns()
    {
        var arcs = Arcs("(ROOT (S (NP (JJ awful) (CC and) (JJ evil) (NN minister)) (VP (VBD warned))))");
        Assert.Contains("minister>warned:nsubj", arcs);
        Assert.DoesNotContain("minister>awful:conj", arcs);
    }

    [Fact]
    public void A_verb_phrase_after_a_content_verb_is_its_complement()
    {
        Assert.Contains("linked>believed:xcomp",
            Arcs("(ROOT (S (NP (DT A) (NN woman)) (VP (VBD believed) (VP (VBN linked) (PP (TO to) (NP (NNP Al-Qaeda)))))))"));
        Assert.Contains("promised>condemned:conj",
            Arcs("(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD condemned) (NP (NNP Gondor))) (CC and) (VP (VBD promised) (NP (NN aid))))))"));
    }

    [Fact]
    public void Malformed_trees_are_rejected()
    {
        Assert.Throws<FormatException>(() => PennTree.Parse("(ROOT (S (NP (NNP Arnor))"));
        Assert.Throws<FormatException>(() => PennTree.Parse("Arnor attacked"));
    }
}
