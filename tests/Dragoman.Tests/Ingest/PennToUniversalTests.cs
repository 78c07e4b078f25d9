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
    public void Malformed_trees_are_rejected()
    {
        Assert.Throws<FormatException>(() => PennTree.Parse("(ROOT (S (NP (NNP Arnor))"));
        Assert.Throws<FormatException>(() => PennTree.Parse("Arnor attacked"));
    }
}
