using Dragoman.Documents;
using Dragoman.Tests.Support;
using static Dragoman.Tests.Support.CodingHarness;

namespace Dragoman.Tests.Coding;

/// <summary>The event coder on hand-parsed sentences (UD v2 CoNLL-U), with the fixture dictionaries.</summary>
public class EventCoderTests
{
    private static readonly string HamasPraisedRussia = Sentence(
        Row(1, "Hamas", "Hamas", "PROPN", "NNP", 2, "nsubj"),
        Row(2, "praised", "praise", "VERB", "VBD", 0, "root"),
        Row(3, "Russia", "Russia", "PROPN", "NNP", 2, "obj"),
        Row(4, ".", ".", "PUNCT", ".", 2, "punct"));

    private static readonly string IsraelAttackedGaza = Sentence(
        Row(1, "Israel", "Israel", "PROPN", "NNP", 2, "nsubj"),
        Row(2, "attacked", "attack", "VERB", "VBD", 0, "root"),
        Row(3, "Gaza", "Gaza", "PROPN", "NNP", 2, "obj"),
        Row(4, ".", ".", "PUNCT", ".", 2, "punct"));

    [Fact]
    public void Active_subject_verb_object()
    {
        var doc = CodingHarness.Code(HamasPraisedRussia);
        Assert.Equal(["PSEREBHMS 051 RUS"], CodingHarness.Triples(doc));
        var e = doc.Events[0];
        Assert.Equal("praised", e.Trigger.Text);
        Assert.Equal(3.4, e.Goldstein);
        Assert.Equal(1, e.QuadClass);
        Assert.Equal("SUPPORT", e.PloverType);
        Assert.Equal(new DateOnly(2023, 10, 26), e.Date);
    }

    [Fact]
    public void Passive_with_agent_swaps_roles_and_places_stand_in_for_their_country()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "Gaza", "Gaza", "PROPN", "NNP", 3, "nsubj:pass"),
            Row(2, "was", "be", "AUX", "VBD", 3, "aux:pass"),
            Row(3, "attacked", "attack", "VERB", "VBN", 0, "root"),
            Row(4, "by", "by", "ADP", "IN", 6, "case"),
            Row(5, "Israeli", "Israeli", "ADJ", "JJ", 6, "amod"),
            Row(6, "troops", "troop", "NOUN", "NNS", 3, "obl"),
            Row(7, ".", ".", "PUNCT", ".", 3, "punct")));
        Assert.Equal(["ISRMIL 190 PSE"], CodingHarness.Triples(doc));
    }

    [Fact]
    public void Negated_events_are_kept_and_flagged()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "Israel", "Israel", "PROPN", "NNP", 4, "nsubj"),
            Row(2, "did", "do", "AUX", "VBD", 4, "aux"),
            Row(3, "not", "not", "PART", "RB", 4, "advmod"),
            Row(4, "attack", "attack", "VERB", "VB", 0, "root"),
            Row(5, "Gaza", "Gaza", "PROPN", "NNP", 4, "obj"),
            Row(6, ".", ".", "PUNCT", ".", 4, "punct")));
        var e = Assert.Single(doc.Events);
        Assert.True(e.Negated);
    }

    [Fact]
    public void Reported_speech_gives_the_statement_and_the_linked_event()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "TASS", "TASS", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "reported", "report", "VERB", "VBD", 0, "root"),
            Row(3, "that", "that", "SCONJ", "IN", 5, "mark"),
            Row(4, "Israel", "Israel", "PROPN", "NNP", 5, "nsubj"),
            Row(5, "attacked", "attack", "VERB", "VBD", 2, "ccomp"),
            Row(6, "Gaza", "Gaza", "PROPN", "NNP", 5, "obj"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Equal(["RUSMED 010 -", "ISR 190 PSE"], CodingHarness.Triples(doc));
        var attribution = Assert.Single(doc.Attributions);
        Assert.Equal("TASS", attribution.Source.Text);
        Assert.Equal("reported", attribution.Cue.Text);
        Assert.Equal(0, doc.Events[1].ReportedBy);
        Assert.Equal(0, doc.Events[1].Attribution);
    }

    [Fact]
    public void A_dialogue_between_two_officials_codes_their_governments_and_names_the_unknown_person()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "A", "a", "DET", "DT", 2, "det"),
            Row(2, "dialogue", "dialogue", "NOUN", "NN", 14, "nsubj"),
            Row(3, "between", "between", "ADP", "IN", 9, "case"),
            Row(4, "the", "the", "DET", "DT", 9, "det"),
            Row(5, "Russian", "Russian", "ADJ", "JJ", 8, "amod"),
            Row(6, "foreign", "foreign", "ADJ", "JJ", 7, "amod"),
            Row(7, "ministry", "ministry", "NOUN", "NN", 8, "compound"),
            Row(8, "spokeswoman", "spokeswoman", "NOUN", "NN", 9, "compound"),
            Row(9, "Maria", "Maria", "PROPN", "NNP", 2, "nmod"),
            Row(10, "Zakharova", "Zakharova", "PROPN", "NNP", 9, "flat"),
            Row(11, "and", "and", "CCONJ", "CC", 13, "cc"),
            Row(12, "Iranian", "Iranian", "ADJ", "JJ", 13, "amod"),
            Row(13, "officials", "official", "NOUN", "NNS", 9, "conj"),
            Row(14, "took", "take", "VERB", "VBD", 0, "root"),
            Row(15, "place", "place", "NOUN", "NN", 14, "obj"),
            Row(16, ".", ".", "PUNCT", ".", 14, "punct")));
        Assert.Contains("RUSGOV 040 IRNGOV", CodingHarness.Triples(doc));
        var zakharova = doc.Actors.Single(a => a.Name == "Maria Zakharova");
        Assert.Equal("RUSGOV", zakharova.Code);
        Assert.Equal(ActorType.Person, zakharova.Type);
        Assert.Equal("foreign ministry spokeswoman", zakharova.Role);
    }

    [Fact]
    public void Coordinated_objects_each_get_their_own_code_and_the_enclave_is_the_place_named_before()
    {
        var doc = CodingHarness.Code(IsraelAttackedGaza + Sentence(
            Row(1, "Israel", "Israel", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "imposed", "impose", "VERB", "VBD", 0, "root"),
            Row(3, "an", "a", "DET", "DT", 5, "det"),
            Row(4, "air", "air", "NOUN", "NN", 5, "compound"),
            Row(5, "assault", "assault", "NOUN", "NN", 2, "obj"),
            Row(6, "and", "and", "CCONJ", "CC", 8, "cc"),
            Row(7, "a", "a", "DET", "DT", 8, "det"),
            Row(8, "siege", "siege", "NOUN", "NN", 5, "conj"),
            Row(9, "on", "on", "ADP", "IN", 11, "case"),
            Row(10, "the", "the", "DET", "DT", 11, "det"),
            Row(11, "enclave", "enclave", "NOUN", "NN", 2, "obl"),
            Row(12, ".", ".", "PUNCT", ".", 2, "punct")));
        var second = doc.Events.Where(e => e.Sentence == 1).Select(e => $"{e.Source.Code} {e.Cameo} {e.Target?.Code}").ToArray();
        Assert.Equal(["ISR 195 PSE", "ISR 191 PSE"], second);
        // The target's words are the noun phrase, not its preposition.
        Assert.All(doc.Events.Where(e => e.Sentence == 1), e => Assert.Equal("the enclave", e.Target?.Text));
    }

    [Fact]
    public void Infinitive_complements_take_their_controller_as_source_and_carry_modality()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "Hamas", "Hamas", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "agreed", "agree", "VERB", "VBD", 0, "root"),
            Row(3, "to", "to", "PART", "TO", 4, "mark"),
            Row(4, "negotiate", "negotiate", "VERB", "VB", 2, "xcomp"),
            Row(5, "with", "with", "ADP", "IN", 6, "case"),
            Row(6, "Russia", "Russia", "PROPN", "NNP", 4, "obl"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")));
        var e = Assert.Single(doc.Events);
        // An agreed, not yet held, negotiation is CAMEO's "express intent to meet or negotiate".
        Assert.Equal("PSEREBHMS 036 RUS", $"{e.Source.Code} {e.Cameo} {e.Target?.Code}");
        Assert.Equal(Modality.Intended, e.Modality);
        Assert.Equal("agreed", e.ModalityCue);
    }

    [Fact]
    public void A_title_names_whoever_held_it_on_the_article_date()
    {
        var doc = CodingHarness.Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "Russian", "Russian", "ADJ", "JJ", 3, "amod"),
            Row(3, "President", "President", "PROPN", "NNP", 5, "nsubj:pass"),
            Row(4, "was", "be", "AUX", "VBD", 5, "aux:pass"),
            Row(5, "praised", "praise", "VERB", "VBN", 0, "root"),
            Row(6, "by", "by", "ADP", "IN", 7, "case"),
            Row(7, "Hamas", "Hamas", "PROPN", "NNP", 5, "obl"),
            Row(8, ".", ".", "PUNCT", ".", 5, "punct")));
        Assert.Equal(["PSEREBHMS 051 RUSGOV"], CodingHarness.Triples(doc));
        var president = doc.Actors.Single(a => a.Code == "RUSGOV");
        Assert.Equal("Vladimir Putin", president.Name);

        var before = CodingHarness.Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "Russian", "Russian", "ADJ", "JJ", 3, "amod"),
            Row(3, "President", "President", "PROPN", "NNP", 0, "root")), new DateOnly(2009, 1, 1));
        Assert.Equal("Russia government", before.Actors.Single().Name);
    }
}
