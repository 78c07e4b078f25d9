using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Ontology;
using Dragoman.Internal;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// The pattern gap finder (dragoman dictionary suggest-patterns): verbs and event nouns with actor
/// participants that no pattern codes, or only a generic one, with their dependents as candidate
/// patterns; and the "---" code that keeps a wording uncoded.
/// </summary>
public class PatternGapFinderTests
{
    private static EventPatternDictionary Patterns(string text) =>
        EventPatternDictionary.Load([new DataFile("verbs/test.txt", text)], CameoOntology.Bundled);

    private static string Row(int id, string form, string lemma, string upos, int head, string rel) =>
        $"{id}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{rel}\t_\t_";

    private static Documents.Doc Code(EventPatternDictionary patterns, params string[] rows) =>
        CodingHarness.Code(string.Join('\n', rows) + "\n\n",
            dictionaries: new CodingDictionaries(CodingHarness.Dictionaries.Actors, patterns, CameoOntology.Bundled));

    private static IReadOnlyList<PatternGap> Gaps(EventPatternDictionary patterns, params string[] rows)
    {
        var finder = new PatternGapFinder(patterns, CameoOntology.Bundled);
        finder.Add(Code(patterns, rows));
        return finder.Gaps(minimumCount: 1);
    }

    // "Iran suspended air links with Russia."
    private static readonly string[] Suspended =
    [
        Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
        Row(2, "suspended", "suspend", "VERB", 0, "root"),
        Row(3, "air", "air", "NOUN", 4, "compound"),
        Row(4, "links", "link", "NOUN", 2, "obj"),
        Row(5, "with", "with", "ADP", 6, "case"),
        Row(6, "Russia", "Russia", "PROPN", 4, "nmod"),
        Row(7, ".", ".", "PUNCT", 2, "punct"),
    ];

    [Fact]
    public void A_verb_no_pattern_knows_is_an_unknown_gap_with_its_frame_actors_and_example()
    {
        var gap = Assert.Single(Gaps(Patterns("040 verb meet $T\n"), Suspended));
        Assert.Equal(("suspend", PredicateKind.Verb, PatternGapStatus.Unknown), (gap.Lemma, gap.Kind, gap.Status));
        Assert.Equal((1, 1, 1, 1), (gap.Count, gap.Documents, gap.WithSource, gap.WithTarget));
        Assert.Equal("suspend link with $T", Assert.Single(gap.Frames).Value);
        Assert.Equal("link", Assert.Single(gap.Objects).Value);
        Assert.Equal("IRN", Assert.Single(gap.Sources).Value);
        Assert.Equal("RUS", Assert.Single(gap.Targets).Value);
        Assert.Equal("[IRN → RUS] Iran suspended air links with Russia .", Assert.Single(gap.Examples));
        Assert.Null(gap.MatchedPattern);
    }

    [Fact]
    public void A_known_head_whose_patterns_do_not_match_is_an_unmatched_gap()
    {
        var gap = Assert.Single(Gaps(Patterns("163 verb suspend aid to $T\n"), Suspended));
        Assert.Equal(("suspend", PatternGapStatus.Unmatched), (gap.Lemma, gap.Status));
    }

    [Fact]
    public void A_coded_predicate_is_no_gap()
    {
        var patterns = Patterns("161 verb suspend link with $T\n");
        Assert.Contains("IRN 161 RUS", CodingHarness.Triples(Code(patterns, Suspended)));
        Assert.Empty(Gaps(patterns, Suspended));
    }

    [Fact]
    public void Only_a_bare_pattern_matching_a_phrasal_wording_is_a_generic_gap()
    {
        // "Iran conceded to the demands": the bare "concede" codes it, though "to demands" says more.
        string[] conceded =
        [
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "conceded", "concede", "VERB", 0, "root"),
            Row(3, "to", "to", "ADP", 5, "case"),
            Row(4, "the", "the", "DET", 5, "det"),
            Row(5, "demands", "demand", "NOUN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct"),
        ];
        var patterns = Patterns("015 verb concede\n");
        Assert.Equal(["IRN 015 -"], CodingHarness.Triples(Code(patterns, conceded)));
        var gap = Assert.Single(Gaps(patterns, conceded));
        Assert.Equal(("concede", PatternGapStatus.Generic), (gap.Lemma, gap.Status));
        Assert.Equal("test.txt:1 concede", gap.MatchedPattern);
        Assert.Equal("concede to demand", Assert.Single(gap.Frames).Value);
        Assert.Equal("to", Assert.Single(gap.Prepositions).Value);

        // With a specific pattern the wording is covered.
        Assert.Empty(Gaps(Patterns("015 verb concede\n080 verb concede to demand\n"), conceded));
    }

    [Fact]
    public void A_verb_without_actors_is_no_gap() =>
        Assert.Empty(Gaps(Patterns("040 verb meet $T\n"),
            Row(1, "The", "the", "DET", 2, "det"),
            Row(2, "company", "company", "NOUN", 3, "nsubj"),
            Row(3, "bought", "buy", "VERB", 0, "root"),
            Row(4, "shares", "share", "NOUN", 3, "obj"),
            Row(5, ".", ".", "PUNCT", 3, "punct")));

    [Fact]
    public void An_event_noun_launched_by_an_actor_is_a_noun_gap_with_its_governing_verb()
    {
        // "Russia launched a crackdown on Hamas."
        var gaps = Gaps(Patterns("040 verb meet $T\n"),
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "launched", "launch", "VERB", 0, "root"),
            Row(3, "a", "a", "DET", 4, "det"),
            Row(4, "crackdown", "crackdown", "NOUN", 2, "obj"),
            Row(5, "on", "on", "ADP", 6, "case"),
            Row(6, "Hamas", "Hamas", "PROPN", 4, "nmod"),
            Row(7, ".", ".", "PUNCT", 2, "punct"));
        var noun = Assert.Single(gaps, g => g.Kind == PredicateKind.Noun);
        Assert.Equal(("crackdown", PatternGapStatus.Unknown), (noun.Lemma, noun.Status));
        Assert.Equal("crackdown on $T", Assert.Single(noun.Frames).Value);
        Assert.Equal("launch", Assert.Single(noun.Governors).Value);
        Assert.Equal("RUS", Assert.Single(noun.Sources).Value);
        Assert.Equal("PSEREBHMS", Assert.Single(noun.Targets).Value);
        var verb = Assert.Single(gaps, g => g.Kind == PredicateKind.Verb);
        Assert.Equal("launch crackdown on $T", Assert.Single(verb.Frames).Value);
    }

    [Fact]
    public void A_noun_an_actor_merely_has_is_no_gap()
    {
        // "Russia's plans were announced." – a possessor alone does not make "plans" an event; the
        // passive verb with the actor inside its subject is the candidate.
        var gap = Assert.Single(Gaps(Patterns("040 verb meet $T\n"),
            Row(1, "Russia", "Russia", "PROPN", 3, "nmod:poss"),
            Row(2, "'s", "'s", "PART", 1, "case"),
            Row(3, "plans", "plan", "NOUN", 5, "nsubj:pass"),
            Row(4, "were", "be", "AUX", 5, "aux:pass"),
            Row(5, "announced", "announce", "VERB", 0, "root"),
            Row(6, ".", ".", "PUNCT", 5, "punct")));
        Assert.Equal((PredicateKind.Verb, "announce $T plan"), (gap.Kind, gap.Frames[0].Value));
    }

    [Fact]
    public void Gaps_are_counted_across_documents_and_filtered_by_count()
    {
        var patterns = Patterns("040 verb meet $T\n");
        var finder = new PatternGapFinder(patterns, CameoOntology.Bundled);
        finder.Add(Code(patterns, Suspended));
        finder.Add(Code(patterns, Suspended));
        var gap = Assert.Single(finder.Gaps(minimumCount: 2));
        Assert.Equal(2, gap.Count);
        Assert.Equal("suspend link with $T", gap.Frames[0].Value);
        Assert.Equal(2, gap.Frames[0].Count);
        Assert.Single(gap.Examples); // the same sentence is shown once
        Assert.Empty(finder.Gaps(minimumCount: 3));
    }

    // ---- the "---" code -----------------------------------------------------------------------

    // "Russia met Iran's targets."
    private static readonly string[] MetTargets =
    [
        Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
        Row(2, "met", "meet", "VERB", 0, "root"),
        Row(3, "Iran", "Iran", "PROPN", 5, "nmod:poss"),
        Row(4, "'s", "'s", "PART", 3, "case"),
        Row(5, "targets", "target", "NOUN", 2, "obj"),
        Row(6, ".", ".", "PUNCT", 2, "punct"),
    ];

    [Fact]
    public void A_no_event_pattern_keeps_its_wording_uncoded_even_against_a_found_target()
    {
        Assert.Equal(["RUS 040 IRN"], CodingHarness.Triples(Code(Patterns("040 verb meet $T\n"), MetTargets)));
        var fenced = Patterns("040 verb meet $T\n--- verb meet {target deadline}\n");
        Assert.Empty(Code(fenced, MetTargets).Events);
        Assert.Empty(Gaps(fenced, MetTargets)); // deliberately uncoded is no gap
        // Other wordings of the head are still coded.
        Assert.Equal(["RUS 040 IRN"], CodingHarness.Triples(Code(fenced,
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "met", "meet", "VERB", 0, "root"),
            Row(3, "Iran", "Iran", "PROPN", 2, "obj"),
            Row(4, ".", ".", "PUNCT", 2, "punct"))));
    }

    [Fact]
    public void A_real_pattern_with_as_many_words_outranks_a_no_event_pattern()
    {
        var patterns = Patterns("164 verb pull out of talk\n--- verb pull out of market\n");
        string[] Pulled(params string[] objectRows) =>
        [
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "pulled", "pull", "VERB", 0, "root"),
            Row(3, "out", "out", "ADP", 6, "case"),
            Row(4, "of", "of", "ADP", 6, "case"),
            Row(5, "the", "the", "DET", 6, "det"),
            .. objectRows,
            Row(7, ".", ".", "PUNCT", 2, "punct"),
        ];
        Assert.Equal(["RUS 164 -"], CodingHarness.Triples(Code(patterns, Pulled(Row(6, "talks", "talk", "NOUN", 2, "obl")))));
        Assert.Empty(Code(patterns, Pulled(Row(6, "market", "market", "NOUN", 2, "obl"))).Events);
        // "the market talks": both wordings match, and the real one names as many words.
        string[] both =
        [
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "pulled", "pull", "VERB", 0, "root"),
            Row(3, "out", "out", "ADP", 7, "case"),
            Row(4, "of", "of", "ADP", 7, "case"),
            Row(5, "the", "the", "DET", 7, "det"),
            Row(6, "market", "market", "NOUN", 7, "compound"),
            Row(7, "talks", "talk", "NOUN", 2, "obl"),
            Row(8, ".", ".", "PUNCT", 2, "punct"),
        ];
        Assert.Equal(["RUS 164 -"], CodingHarness.Triples(Code(patterns, both)));
    }

    [Fact]
    public void The_no_event_code_parses_and_other_unknown_codes_are_still_errors()
    {
        var (dictionary, diagnostics) = EventPatternDictionary.Check([new DataFile("verbs/test.txt", "--- verb fight crime\n-- verb fight\n")], CameoOntology.Bundled);
        Assert.True(Assert.Single(dictionary.Patterns).CodesNothing);
        Assert.Equal((2, "bad-code"), (Assert.Single(diagnostics).Line, diagnostics[0].Code));
    }
}
