using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Evaluation;
using Dragoman.Tests.Support;
using static Dragoman.Tests.Support.PetrarchHarness;

namespace Dragoman.Tests.Coding;

/// <summary>
/// The event coder with PETRARCH dictionaries (Fixtures/petrarch) on hand-written Penn trees, which
/// it codes through their conversion to dependencies: the behaviours PETRARCH's suites check.
/// </summary>
public class PetrarchCodingTests
{
    private const string Restored = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD restored) (NP (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Sylvania))))) (. .)))";

    [Fact]
    public void A_pattern_sets_the_code_and_the_first_coded_phrases_around_the_verb_act()
    {
        Assert.Equal(["FRE SYL 051"], Code(Restored));
    }

    [Fact]
    public void Without_a_matching_pattern_the_verb_gives_its_own_code()
    {
        Assert.Equal(["FRE SYL 050"], Code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD renewed) (NP (NP (NNS ties)) (PP (IN with) (NP (NNP Sylvania))))) (. .)))"));
    }

    [Fact]
    public void Negation_codes_as_the_patterns_say_as_in_petrarch()
    {
        var tree = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD did) (RB not) (VP (VB restore) (NP (NP (NNS ties)) (PP (IN with) (NP (NNP Sylvania)))))) (. .)))";
        Assert.Equal(["FRE SYL 128"], Code(tree));
    }

    [Fact]
    public void Passive_with_by_swaps_source_and_target()
    {
        Assert.Equal(["FRE SYL 111"], Code("(ROOT (S (NP (NNP Sylvania)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP Freedonia))))) (. .)))"));
    }

    [Fact]
    public void Agentless_passive_keeps_the_words_order_as_petrarch_does()
    {
        // No "by": PETRARCH does not swap, so the subject stays first; HEAVILY_* sets the code.
        var tree = "(ROOT (S (NP (NNP Sylvania)) (VP (VBD was) (VP (VBN criticized) (PP (IN in) (NP (NNP Genovia))))) (. .)))";
        Assert.Equal(["SYL GEN 111"], Code(tree));
        var tied = "(ROOT (S (NP (NNP Sylvania)) (VP (VBD was) (VP (ADVP (RB heavily)) (VBN criticized) (PP (IN in) (NP (NNP Genovia))))) (. .)))";
        Assert.Equal(["SYL GEN 112"], Code(tied));
    }

    [Fact]
    public void Coordinated_actors_give_one_event_per_pair()
    {
        Assert.Equal(["FRE SYL 111", "GEN SYL 111"],
            Code("(ROOT (S (NP (NNP Freedonia) (CC and) (NNP Genovia)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))"));
        Assert.Equal(["FRE SYL 111", "FRE GEN 111"],
            Code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD criticized) (NP (NP (NNP Sylvania)) (CC and) (NP (NNP Genovia)))) (. .)))"));
    }

    [Fact]
    public void Shared_words_of_a_coordination_go_with_each_conjunct()
    {
        // "ministers in Freedonia and Sylvania": FREGOV and SYLGOV.
        var tree = "(ROOT (S (NP (NP (NNS Ministers)) (PP (IN in) (NP (NNP Freedonia) (CC and) (NNP Sylvania)))) (VP (VBD criticized) (NP (NNP Genovia))) (. .)))";
        Assert.Equal(["FREGOV GEN 111", "SYLGOV GEN 111"], Code(tree));
    }

    [Fact]
    public void Agents_combine_with_the_actor_of_their_phrase()
    {
        Assert.Equal(["FREGOVFRM SYL 111"],
            Code("(ROOT (S (NP (NP (NNP Freedonia) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))"));
        Assert.Equal(["NGOFRE SYL 111"],
            Code("(ROOT (S (NP (DT The) (JJ Freedonian) (NNS rights) (NN group)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))"));
        Assert.Equal(["SYLLEG FRE 111"],
            Code("(ROOT (S (NP (JJ Sylvanian) (NNS congresswomen)) (VP (VBD criticized) (NP (NNP Freedonia))) (. .)))"));
        Assert.Equal(["---COP SYL 111"],
            Code("(ROOT (S (NP (DT The) (NNS police)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))"));
    }

    [Fact]
    public void The_sentence_date_picks_a_dated_actor_code()
    {
        const string tree = "(ROOT (S (NP (NNP Rufus) (NNP T.) (NNP Firefly)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))";
        Assert.Equal(["FREGOV SYL 111"], Code(tree, new DateOnly(1933, 6, 1)));
        Assert.Equal(["FREELI SYL 111"], Code(tree, new DateOnly(1945, 6, 1)));
        Assert.Equal(["FRE SYL 111"], Code(tree, new DateOnly(1920, 6, 1)));
    }

    [Fact]
    public void A_code_listing_several_actors_codes_each()
    {
        Assert.Equal(["GRA SYL 111", "FEN SYL 111"],
            Code("(ROOT (S (NP (DT The) (NNP Duchy)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))"));
    }

    [Fact]
    public void A_paired_code_adds_the_reciprocal_event()
    {
        Assert.Equal(["FRE SYL 042", "SYL FRE 043"], Code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD visited) (NP (NNP Sylvania))) (. .)))"));
    }

    [Fact]
    public void Synsets_match_any_member_including_multiword_ones_and_plurals()
    {
        const string template = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD donated) (NP (QP (CD five) (CD million)) {0}) (PP (TO to) (NP (NNP Sylvania)))) (. .)))";
        Assert.Equal(["FRE SYL 071"], Code(string.Format(template, "(NNP Swiss) (NNS francs)")));
        Assert.Equal(["FRE SYL 071"], Code(string.Format(template, "(NNS dollars)")));
        Assert.Equal(["FRE SYL 070"], Code(string.Format(template, "(NNS rupees)")));
    }

    [Fact]
    public void Source_target_and_skip_markers_name_the_phrases_they_meet()
    {
        Assert.Equal(["FRE SYL 073"],
            Code("(ROOT (S (NP (NNP Sylvania)) (VP (VBD received) (NP (NP (NN money)) (PP (IN from) (NP (NNP Freedonia))))) (. .)))"));
        Assert.Equal(["FRE SYL 057"],
            Code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD celebrated) (NP (DT the) (NN holiday)) (PP (IN in) (NP (NNP Genovia))) (PP (IN with) (NP (NNP Sylvania)))) (. .)))"));
    }

    [Fact]
    public void A_compound_marker_takes_a_coordination_and_a_paired_code_pairs_its_members()
    {
        var tree = "(ROOT (S (NP (NNP Freedonia) (CC and) (NNP Sylvania)) (VP (VBP agree) (SBAR (IN that) (S (NP (DT the) (NN border)) (VP (MD should) (VP (VB be) (VP (VBN closed))))))) (. .)))";
        Assert.Equal(["FRE SYL 030", "SYL FRE 030"], Code(tree));
    }

    [Fact]
    public void A_coded_verb_keeps_the_verbs_of_its_clause_from_coding_again()
    {
        var tree = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD said) (SBAR (S (NP (NNP Sylvania)) (VP (VBD criticized) (NP (NNP Genovia)))))) (. .)))";
        Assert.Equal(["FRE SYL 010"], Code(tree));
    }

    [Fact]
    public void Multiword_verbs_are_found_from_their_written_forms()
    {
        Assert.Equal(["FRE SYL 171"],
            Code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD wire) (VBD tapped) (NP (DT the) (JJ Sylvanian) (NN embassy))) (. .)))"));
    }

    [Fact]
    public void Short_comma_clauses_are_dropped_and_options_change_that()
    {
        const string tree = "(ROOT (S (S (NP (NNP Freedonia)) (VP (VBD criticized) (NP (NNP Sylvania)))) (, ,) (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday)))) (. .)))";
        Assert.Equal(["FRE SYL 111"], Code(tree));
        var keepAll = SequenceCodingOptions.Default with { RequireDyad = false, CommaEMax = 0 };
        Assert.Equal(["FRE SYL 111", "---GOV --- 010"], Code(tree, options: keepAll));
    }

    [Fact]
    public void Uncoded_phrases_may_be_named_by_their_words()
    {
        const string tree = "(ROOT (S (NP (NNP Atlantis)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .)))";
        Assert.Empty(Code(tree));
        Assert.Equal(["\"ATLANTIS\" SYL 111"], Code(tree, options: SequenceCodingOptions.Default with { NewActorLength = 2 }));
    }

    [Fact]
    public void Sentences_with_a_discard_phrase_are_not_coded_and_story_discards_stop_the_document()
    {
        const string baseball = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD criticized) (NP (NNP Sylvania)) (PP (IN after) (NP (DT the) (NN baseball) (NN final)))) (. .)))";
        Assert.Empty(Code(baseball));
        const string worldCup = "(ROOT (S (NP (DT The) (NNP World) (NNP Cup)) (VP (VBD began)) (. .)))";
        var doc = CodeDocument(Document(null, Restored, worldCup));
        Assert.Empty(doc.Events);
        Assert.Equal(["FRE SYL 051"], Triples(CodeDocument(Document(null, Restored))));
    }

    [Fact]
    public void Events_carry_their_trigger_actors_texts_and_the_pattern_line()
    {
        var doc = CodeDocument(Document(null, Restored));
        var e = Assert.Single(doc.Events);
        Assert.Equal("restored", e.Trigger.Text);
        Assert.Equal("Freedonia", e.Source.Text);
        Assert.Equal("diplomatic ties with Sylvania", e.Target!.Text);
        Assert.Equal("test.verbs.txt:18", e.Pattern);
        Assert.Equal(1, e.QuadClass); // 051 is a CAMEO code (verbal cooperation): its quad class is known
    }

    [Fact]
    public void A_ud_parse_codes_like_the_penn_tree_it_describes()
    {
        const string conllu =
            "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" +
            "2\trestored\trestore\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
            "3\tdiplomatic\tdiplomatic\tADJ\tJJ\t_\t4\tamod\t_\t_\n" +
            "4\tties\ttie\tNOUN\tNNS\t_\t2\tdobj\t_\t_\n" +
            "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n" +
            "6\tSylvania\tSylvania\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n" +
            "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        var tokens = Conllu.UpgradeToV2(Conllu.Parse(conllu)[0].Tokens);
        var doc = DocBuilder.FromSentences(new Article { Id = "ud", Text = "", Date = new DateOnly(1995, 1, 1) }, [tokens]);
        Assert.Equal(["FRE SYL 051"], Triples(CodeDocument(doc)));
    }

    [Fact]
    public void Petrarch2_phrase_patterns_code_through_the_same_coder()
    {
        var dictionaries = CodingDictionaries.LoadDirectory(Path.Combine(TestPaths.Fixtures, "petrarch-cameo2"));
        var doc = Document(null, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD sent) (NP (NN relief) (NNS supplies)) (PP (TO to) (NP (NNP Sylvania)))) (. .)))");
        Assert.Equal(["FRE SYL 073"], Triples(CodeDocument(doc, dictionaries: dictionaries)));
    }
}
