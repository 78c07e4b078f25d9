using System.Globalization;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Ontology;
using Dragoman.Internal;
using Dragoman.Tests.Support;
using Xunit.Abstractions;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// The bundled event-pattern dictionary (data/verbs/*.txt): it loads cleanly, covers every CAMEO
/// root and most codes, and its patterns code typical news sentences; plus the pattern syntax
/// (alternatives, word sets, slots and their prepositions) and its error reports.
/// </summary>
public class EventPatternDictionaryTests(ITestOutputHelper output)
{
    private static EventPatternDictionary Bundled => EventPatternDictionary.Bundled;

    // ---- the bundled dictionary --------------------------------------------------------------

    [Fact]
    public void The_bundled_dictionary_loads_with_few_warnings()
    {
        foreach (var d in Bundled.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }
        Assert.True(Bundled.Diagnostics.Length <= 5, $"{Bundled.Diagnostics.Length} warnings in the bundled verb patterns");
        Assert.InRange(Bundled.Patterns.Length, 1500, 6000);
    }

    [Fact]
    public void Lint_of_the_data_folder_finds_no_errors_in_patterns_or_ontology()
    {
        var data = Path.Combine(TestPaths.RepoRoot, "data");
        var diagnostics = DictionaryLinter.LintDirectory(data)
            .Where(d => d.File.Contains("verbs", StringComparison.Ordinal) || d.File.Contains("ontology", StringComparison.Ordinal))
            .ToList();
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
        }
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(diagnostics.Count <= 5, $"{diagnostics.Count} warnings");
    }

    [Fact]
    public void Every_cameo_root_has_patterns()
    {
        var byRoot = Bundled.Patterns.GroupBy(p => p.Code[..2]).ToDictionary(g => g.Key, g => g.ToList());
        for (var root = 1; root <= 20; root++)
        {
            var r = root.ToString("00", CultureInfo.InvariantCulture);
            Assert.True(byRoot.TryGetValue(r, out var patterns), $"root {r} has no patterns");
            output.WriteLine($"{r}: {patterns!.Count} patterns, {patterns.Count(p => p.Kind == PredicateKind.Noun)} nouns");
            Assert.True(patterns.Count >= 60, $"root {r} has only {patterns.Count} patterns");
            Assert.Contains(patterns, p => p.Kind == PredicateKind.Verb);
            Assert.Contains(patterns, p => p.Kind == PredicateKind.Noun);
        }
    }

    [Fact]
    public void Nearly_every_cameo_code_has_a_pattern()
    {
        var covered = Bundled.Patterns.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var codes = CameoOntology.Bundled.All.Where(t => t.Code.Length > 2).Select(t => t.Code).ToList();
        var missing = codes.Where(c => !covered.Contains(c)).ToList();
        output.WriteLine($"{codes.Count - missing.Count} of {codes.Count} codes have patterns; missing: {string.Join(' ', missing)}");
        Assert.True(missing.Count <= codes.Count / 20, $"{missing.Count} codes have no pattern: {string.Join(' ', missing)}");
        // Each root's residual code (x0) is there for wordings that name no subtype.
        for (var root = 1; root <= 20; root++)
        {
            var x0 = root.ToString("00", CultureInfo.InvariantCulture) + "0";
            Assert.Contains(x0, covered);
        }
    }

    [Fact]
    public void Patterns_use_only_ontology_codes_and_lower_case_lemmas()
    {
        foreach (var p in Bundled.Patterns)
        {
            Assert.True(p.CodesNothing || CameoOntology.Bundled.Contains(p.Code), $"{p.Location}: {p.Code}");
            Assert.All(p.Heads, h => Assert.Equal(h.ToLowerInvariant(), h));
        }
    }

    [Theory]
    [InlineData("verb", "say", "010")]
    [InlineData("verb", "deny", "016")]
    [InlineData("verb", "urge", "020")]
    [InlineData("verb", "pledge", "030")]
    [InlineData("verb", "negotiate", "046")]
    [InlineData("verb", "praise", "051")]
    [InlineData("verb", "apologize", "055")]
    [InlineData("verb", "extradite", "063")]
    [InlineData("verb", "investigate", "090")]
    [InlineData("verb", "demand", "100")]
    [InlineData("verb", "condemn", "111")]
    [InlineData("verb", "accuse", "112")]
    [InlineData("verb", "sue", "115")]
    [InlineData("verb", "veto", "129")]
    [InlineData("verb", "threaten", "130")]
    [InlineData("verb", "riot", "145")]
    [InlineData("verb", "mobilize", "154")]
    [InlineData("verb", "arrest", "173")]
    [InlineData("verb", "deport", "174")]
    [InlineData("verb", "kidnap", "181")]
    [InlineData("verb", "torture", "1822")]
    [InlineData("verb", "assassinate", "186")]
    [InlineData("verb", "attack", "190")]
    [InlineData("verb", "besiege", "191")]
    [InlineData("verb", "occupy", "192")]
    [InlineData("verb", "shell", "194")]
    [InlineData("verb", "strafe", "195")]
    [InlineData("verb", "massacre", "202")]
    [InlineData("noun", "ceasefire", "0871")]
    [InlineData("noun", "sanction", "163")]
    [InlineData("noun", "airstrike", "195")]
    [InlineData("noun", "siege", "191")]
    [InlineData("noun", "invasion", "192")]
    [InlineData("noun", "genocide", "202")]
    public void Common_heads_give_their_code(string kind, string lemma, string code)
    {
        var patterns = kind == "verb" ? Bundled.ForVerb(lemma) : Bundled.ForNoun(lemma);
        Assert.False(patterns.IsEmpty, $"no {kind} pattern for '{lemma}'");
        Assert.Contains(patterns, p => p.Code == code);
    }

    [Fact]
    public void Specific_wordings_outrank_the_generic_ones()
    {
        // "call for a ceasefire" (0256) before "call for" (020); "impose a siege on" (191) is specific.
        var call = Bundled.ForVerb("call");
        var forCeasefire = call.First(p => p.Code == "0256" && p.Canonical.Contains("ceasefire", StringComparison.Ordinal));
        var bare = call.First(p => p.Code == "020" && p.Canonical == "call for");
        Assert.True(forCeasefire.Specificity > bare.Specificity);
        Assert.True(call.IndexOf(forCeasefire) < call.IndexOf(bare));
        Assert.Contains(Bundled.ForVerb("impose"), p => p.Code == "191" && p.Elements.OfType<SlotElement>().Any(s => s.Prepositions.Contains("on")));
    }

    // ---- the bundled patterns on parsed sentences ----------------------------------------------

    private static readonly Lazy<CodingDictionaries> WithBundledPatterns = new(() =>
        new CodingDictionaries(CodingHarness.Dictionaries.Actors, EventPatternDictionary.Bundled, CameoOntology.Bundled));

    private static string[] Code(params string[] rows) =>
        CodingHarness.Triples(CodingHarness.Code(string.Join('\n', rows) + "\n\n", dictionaries: WithBundledPatterns.Value));

    private static string Row(int id, string form, string lemma, string upos, int head, string rel) =>
        $"{id}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{rel}\t_\t_";

    [Fact]
    public void Russia_called_for_a_ceasefire_is_an_appeal_for_de_escalation() =>
        Assert.Equal(["RUS 0256 -"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "called", "call", "VERB", 0, "root"),
            Row(3, "for", "for", "ADP", 5, "case"),
            Row(4, "a", "a", "DET", 5, "det"),
            Row(5, "ceasefire", "ceasefire", "NOUN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Iran_called_on_Israel_to_withdraw_names_the_target() =>
        Assert.Contains("IRN 0256 ISR", Code(
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "called", "call", "VERB", 0, "root"),
            Row(3, "on", "on", "ADP", 4, "case"),
            Row(4, "Israel", "Israel", "PROPN", 2, "obl"),
            Row(5, "to", "to", "PART", 6, "mark"),
            Row(6, "withdraw", "withdraw", "VERB", 2, "xcomp"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Israel_imposed_a_siege_on_Gaza_is_a_blockade() =>
        Assert.Equal(["ISR 191 PSE"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "imposed", "impose", "VERB", 0, "root"),
            Row(3, "a", "a", "DET", 4, "det"),
            Row(4, "siege", "siege", "NOUN", 2, "obj"),
            Row(5, "on", "on", "ADP", 6, "case"),
            Row(6, "Gaza", "Gaza", "PROPN", 2, "obl"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Air_strikes_are_aerial_weapons() =>
        Assert.Equal(["ISR 195 PSE"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "launched", "launch", "VERB", 0, "root"),
            Row(3, "air", "air", "NOUN", 4, "compound"),
            Row(4, "strikes", "strike", "NOUN", 2, "obj"),
            Row(5, "on", "on", "ADP", 6, "case"),
            Row(6, "Gaza", "Gaza", "PROPN", 2, "obl"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void A_passive_shelling_is_artillery_fire_by_the_agent() =>
        Assert.Equal(["ISRMIL 194 PSE"], Code(
            Row(1, "Gaza", "Gaza", "PROPN", 3, "nsubj:pass"),
            Row(2, "was", "be", "AUX", 3, "aux:pass"),
            Row(3, "shelled", "shell", "VERB", 0, "root"),
            Row(4, "by", "by", "ADP", 6, "case"),
            Row(5, "Israeli", "Israeli", "ADJ", 6, "amod"),
            Row(6, "troops", "troops", "NOUN", 3, "obl"),
            Row(7, ".", ".", "PUNCT", 3, "punct")));

    [Fact]
    public void Talks_are_negotiation() =>
        Assert.Equal(["PSEREBHMS 046 RUS"], Code(
            Row(1, "Hamas", "Hamas", "PROPN", 2, "nsubj"),
            Row(2, "held", "hold", "VERB", 0, "root"),
            Row(3, "talks", "talk", "NOUN", 2, "obj"),
            Row(4, "with", "with", "ADP", 5, "case"),
            Row(5, "Russia", "Russia", "PROPN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Accusing_of_aggression_is_1123() =>
        Assert.Equal(["ISR 1123 IRN"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "accused", "accuse", "VERB", 0, "root"),
            Row(3, "Iran", "Iran", "PROPN", 2, "obj"),
            Row(4, "of", "of", "ADP", 5, "case"),
            Row(5, "aggression", "aggression", "NOUN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Releasing_hostages_is_releasing_persons_and_the_hostages_nationality_is_the_target() =>
        Assert.Contains("PSEREBHMS 0841 ISR", Code(
            Row(1, "Hamas", "Hamas", "PROPN", 2, "nsubj"),
            Row(2, "released", "release", "VERB", 0, "root"),
            Row(3, "two", "two", "NUM", 5, "nummod"),
            Row(4, "Israeli", "Israeli", "ADJ", 5, "amod"),
            Row(5, "hostages", "hostage", "NOUN", 2, "obj"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Agreeing_to_release_is_intent_to_release() =>
        Assert.Contains("PSEREBHMS 0353 -", Code(
            Row(1, "Hamas", "Hamas", "PROPN", 2, "nsubj"),
            Row(2, "agreed", "agree", "VERB", 0, "root"),
            Row(3, "to", "to", "PART", 4, "mark"),
            Row(4, "release", "release", "VERB", 2, "xcomp"),
            Row(5, "the", "the", "DET", 6, "det"),
            Row(6, "hostages", "hostage", "NOUN", 4, "obj"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Offering_to_mediate_is_intent_to_mediate() =>
        Assert.Contains("RUS 039 -", Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "offered", "offer", "VERB", 0, "root"),
            Row(3, "to", "to", "PART", 4, "mark"),
            Row(4, "mediate", "mediate", "VERB", 2, "xcomp"),
            Row(5, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Threatening_to_kill_hostages_is_a_threat_of_unconventional_violence() =>
        Assert.Contains("PSEREBHMS 1383 -", Code(
            Row(1, "Hamas", "Hamas", "PROPN", 2, "nsubj"),
            Row(2, "threatened", "threaten", "VERB", 0, "root"),
            Row(3, "to", "to", "PART", 4, "mark"),
            Row(4, "kill", "kill", "VERB", 2, "xcomp"),
            Row(5, "the", "the", "DET", 6, "det"),
            Row(6, "hostages", "hostage", "NOUN", 4, "obj"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void A_condemned_attack_gives_the_condemnation_and_the_attack()
    {
        var triples = Code(
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "condemned", "condemn", "VERB", 0, "root"),
            Row(3, "the", "the", "DET", 5, "det"),
            Row(4, "Israeli", "Israeli", "ADJ", 5, "amod"),
            Row(5, "attack", "attack", "NOUN", 2, "obj"),
            Row(6, "on", "on", "ADP", 7, "case"),
            Row(7, "Gaza", "Gaza", "PROPN", 5, "nmod"),
            Row(8, ".", ".", "PUNCT", 2, "punct"));
        Assert.Contains(triples, t => t.StartsWith("IRN 111 ", StringComparison.Ordinal));
        Assert.Contains("ISR 190 PSE", triples);
    }

    // ---- wordings added from the gap finder, and fenced-off readings -------------------------

    [Fact]
    public void Attacking_a_plan_is_criticism_and_attacking_a_country_is_force()
    {
        // "Russia attacked Israel's plans."
        Assert.Equal(["RUS 111 ISR"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "attacked", "attack", "VERB", 0, "root"),
            Row(3, "Israel", "Israel", "PROPN", 5, "nmod:poss"),
            Row(4, "'s", "'s", "PART", 3, "case"),
            Row(5, "plans", "plan", "NOUN", 2, "obj"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));
        Assert.Equal(["RUS 190 ISR"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "attacked", "attack", "VERB", 0, "root"),
            Row(3, "Israel", "Israel", "PROPN", 2, "obj"),
            Row(4, ".", ".", "PUNCT", 2, "punct")));
    }

    [Fact]
    public void Hitting_back_at_claims_is_criticism_of_their_author() =>
        // "Israel hit back at Iran's claims."
        Assert.Equal(["ISR 111 IRN"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "hit", "hit", "VERB", 0, "root"),
            Row(3, "back", "back", "ADV", 2, "advmod"),
            Row(4, "at", "at", "ADP", 7, "case"),
            Row(5, "Iran", "Iran", "PROPN", 7, "nmod:poss"),
            Row(6, "'s", "'s", "PART", 5, "case"),
            Row(7, "claims", "claim", "NOUN", 2, "obl"),
            Row(8, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Clashing_over_a_plan_is_disapproval_not_fighting()
    {
        // "Russia clashed with Israel over the plan."
        var triples = Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "clashed", "clash", "VERB", 0, "root"),
            Row(3, "with", "with", "ADP", 4, "case"),
            Row(4, "Israel", "Israel", "PROPN", 2, "obl"),
            Row(5, "over", "over", "ADP", 7, "case"),
            Row(6, "the", "the", "DET", 7, "det"),
            Row(7, "plan", "plan", "NOUN", 2, "obl"),
            Row(8, ".", ".", "PUNCT", 2, "punct"));
        Assert.Contains("RUS 110 ISR", triples);
        Assert.DoesNotContain(triples, t => t.Contains(" 190 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fights", "fight", "corruption")]     // no armed foe
    [InlineData("battled", "battle", "inflation")]
    [InlineData("met", "meet", "targets")]            // no meeting
    [InlineData("released", "release", "figures")]    // no release of persons
    [InlineData("seized", "seize", "opportunity")]    // no seizure
    public void Non_political_wordings_of_political_verbs_code_nothing(string form, string lemma, string obj) =>
        Assert.Empty(Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, form, lemma, "VERB", 0, "root"),
            Row(3, obj, obj.TrimEnd('s'), "NOUN", 2, "obj"),
            Row(4, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Withdrawing_from_a_race_is_no_retreat_but_withdrawing_from_a_territory_is()
    {
        string[] Withdrew(string place, string lemma, string upos) =>
        [
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "withdrew", "withdraw", "VERB", 0, "root"),
            Row(3, "from", "from", "ADP", 5, "case"),
            Row(4, "the", "the", "DET", 5, "det"),
            Row(5, place, lemma, upos, 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct"),
        ];
        Assert.Empty(Code(Withdrew("race", "race", "NOUN")));
        Assert.Equal(["ISR 0874 PSE"], Code(Withdrew("Gaza", "Gaza", "PROPN")));
    }

    [Fact]
    public void Refusing_to_comment_declines_comment() =>
        // "Russia would not comment." (was 120, a rejection)
        Assert.Equal(["RUS 011 -"], Code(
            Row(1, "Russia", "Russia", "PROPN", 4, "nsubj"),
            Row(2, "would", "would", "AUX", 4, "aux"),
            Row(3, "not", "not", "PART", 4, "advmod"),
            Row(4, "comment", "comment", "VERB", 0, "root"),
            Row(5, ".", ".", "PUNCT", 4, "punct")));

    [Fact]
    public void Aides_are_not_aid() =>
        // "Russia sent aides to Iran." – the noun takes "-es" only after a sibilant.
        Assert.Empty(Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "sent", "send", "VERB", 0, "root"),
            Row(3, "aides", "aide", "NOUN", 2, "obj"),
            Row(4, "to", "to", "ADP", 5, "case"),
            Row(5, "Iran", "Iran", "PROPN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void An_irregular_past_the_tagger_did_not_lemmatise_finds_its_verb() =>
        // "Iran froze Israel's assets." with the lemma left as "froze".
        Assert.Equal(["IRN 163 ISR"], Code(
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "froze", "froze", "VERB", 0, "root"),
            Row(3, "Israel", "Israel", "PROPN", 5, "nmod:poss"),
            Row(4, "'s", "'s", "PART", 3, "case"),
            Row(5, "assets", "asset", "NOUN", 2, "obj"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Who_is_behind_an_attack_carried_it_out() =>
        // "Hamas was behind the attack."
        Assert.Equal(["PSEREBHMS 190 -"], Code(
            Row(1, "Hamas", "Hamas", "PROPN", 5, "nsubj"),
            Row(2, "was", "be", "AUX", 5, "cop"),
            Row(3, "behind", "behind", "ADP", 5, "case"),
            Row(4, "the", "the", "DET", 5, "det"),
            Row(5, "attack", "attack", "NOUN", 0, "root"),
            Row(6, ".", ".", "PUNCT", 5, "punct")));

    [Fact]
    public void Capturing_part_of_a_country_is_occupying_territory() =>
        // "Russia captured part of Gaza."
        Assert.Equal(["RUS 192 PSE"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "captured", "capture", "VERB", 0, "root"),
            Row(3, "part", "part", "NOUN", 2, "obj"),
            Row(4, "of", "of", "ADP", 5, "case"),
            Row(5, "Gaza", "Gaza", "PROPN", 3, "nmod"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Suspending_air_links_is_a_sanction() =>
        // "Russia suspended air links with Iran."
        Assert.Equal(["RUS 163 IRN"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "suspended", "suspend", "VERB", 0, "root"),
            Row(3, "air", "air", "NOUN", 4, "compound"),
            Row(4, "links", "link", "NOUN", 2, "obj"),
            Row(5, "with", "with", "ADP", 6, "case"),
            Row(6, "Iran", "Iran", "PROPN", 4, "nmod"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Undertaking_a_mediation_mission_between_two_parties_mediates_between_them()
    {
        // "Russia undertook a mediation mission between Israel and Hamas."
        var triples = Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "undertook", "undertake", "VERB", 0, "root"),
            Row(3, "a", "a", "DET", 5, "det"),
            Row(4, "mediation", "mediation", "NOUN", 5, "compound"),
            Row(5, "mission", "mission", "NOUN", 2, "obj"),
            Row(6, "between", "between", "ADP", 7, "case"),
            Row(7, "Israel", "Israel", "PROPN", 5, "nmod"),
            Row(8, "and", "and", "CCONJ", 9, "cc"),
            Row(9, "Hamas", "Hamas", "PROPN", 7, "conj"),
            Row(10, ".", ".", "PUNCT", 2, "punct"));
        Assert.Contains("RUS 045 ISR", triples);
        Assert.Contains("RUS 045 PSEREBHMS", triples);
    }

    [Fact]
    public void Conceding_to_demands_is_a_concession_not_an_acknowledgement() =>
        // "Israel conceded to the demands." (the bare "concede" is 015)
        Assert.Equal(["ISR 080 -"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "conceded", "concede", "VERB", 0, "root"),
            Row(3, "to", "to", "ADP", 5, "case"),
            Row(4, "the", "the", "DET", 5, "det"),
            Row(5, "demands", "demand", "NOUN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Releasing_political_prisoners_releases_persons() =>
        // "Israel released political prisoners." (no actor among them: was the bare 084)
        Assert.Equal(["ISR 0841 -"], Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "released", "release", "VERB", 0, "root"),
            Row(3, "political", "political", "ADJ", 4, "amod"),
            Row(4, "prisoners", "prisoner", "NOUN", 2, "obj"),
            Row(5, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Charging_that_a_state_did_something_is_an_accusation_not_an_indictment() =>
        // "Israel charged that Iran armed Hamas."
        Assert.Contains("ISR 112 IRN", Code(
            Row(1, "Israel", "Israel", "PROPN", 2, "nsubj"),
            Row(2, "charged", "charge", "VERB", 0, "root"),
            Row(3, "that", "that", "SCONJ", 5, "mark"),
            Row(4, "Iran", "Iran", "PROPN", 5, "nsubj"),
            Row(5, "armed", "arm", "VERB", 2, "ccomp"),
            Row(6, "Hamas", "Hamas", "PROPN", 5, "obj"),
            Row(7, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Calling_a_decision_a_provocation_is_criticism_not_a_telephone_call() =>
        // "Iran called the Israeli decision a provocation."
        Assert.Equal(["IRN 111 ISR"], Code(
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "called", "call", "VERB", 0, "root"),
            Row(3, "the", "the", "DET", 5, "det"),
            Row(4, "Israeli", "Israeli", "ADJ", 5, "amod"),
            Row(5, "decision", "decision", "NOUN", 2, "obj"),
            Row(6, "a", "a", "DET", 7, "det"),
            Row(7, "provocation", "provocation", "NOUN", 2, "obj"),
            Row(8, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void Describing_remarks_as_unacceptable_is_criticism() =>
        // "Russia described Israel's remarks as unacceptable."
        Assert.Equal(["RUS 111 ISR"], Code(
            Row(1, "Russia", "Russia", "PROPN", 2, "nsubj"),
            Row(2, "described", "describe", "VERB", 0, "root"),
            Row(3, "Israel", "Israel", "PROPN", 5, "nmod:poss"),
            Row(4, "'s", "'s", "PART", 3, "case"),
            Row(5, "remarks", "remark", "NOUN", 2, "obj"),
            Row(6, "as", "as", "ADP", 7, "case"),
            Row(7, "unacceptable", "unacceptable", "ADJ", 2, "obl"),
            Row(8, ".", ".", "PUNCT", 2, "punct")));

    [Fact]
    public void A_warning_about_ones_own_action_targets_whom_it_is_against_not_oneself()
    {
        // "Iran warned that it would take action against Israel." ("it" is Iran)
        var doc = CodingHarness.Code(string.Join('\n',
            Row(1, "Iran", "Iran", "PROPN", 2, "nsubj"),
            Row(2, "warned", "warn", "VERB", 0, "root"),
            Row(3, "that", "that", "SCONJ", 6, "mark"),
            Row(4, "it", "it", "PRON", 6, "nsubj"),
            Row(5, "would", "would", "AUX", 6, "aux"),
            Row(6, "take", "take", "VERB", 2, "ccomp"),
            Row(7, "action", "action", "NOUN", 6, "obj"),
            Row(8, "against", "against", "ADP", 9, "case"),
            Row(9, "Israel", "Israel", "PROPN", 6, "obl"),
            Row(10, ".", ".", "PUNCT", 2, "punct")) + "\n\n", dictionaries: WithBundledPatterns.Value);
        var warning = Assert.Single(doc.Events, e => e.Trigger.Text.StartsWith("warned", StringComparison.Ordinal));
        Assert.Equal(("IRN", "ISR"), (warning.Source.Code, warning.Target?.Code));
    }

    // ---- the pattern syntax --------------------------------------------------------------------

    private static (EventPatternDictionary Dictionary, List<DictionaryDiagnostic> Diagnostics) Parse(string text) =>
        EventPatternDictionary.Check([new DataFile("verbs/test.txt", text)], CameoOntology.Bundled);

    [Fact]
    public void Alternatives_sets_and_slots_parse_into_elements()
    {
        var (dictionary, diagnostics) = Parse("""
            # a comment line
            &SIEGE = siege Blockade encirclement
            &ON = on against
            191  verb  {impose tighten} &SIEGE on $T      # trailing comment
            046  verb  hold {talk negotiation} with $T
            190  noun  attack &ON $T
            051  noun  praise for $T by $S
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(4, dictionary.Patterns.Length);

        var impose = dictionary.Patterns[0];
        Assert.Equal(["impose", "tighten"], impose.Heads.ToArray());
        Assert.Equal(PredicateKind.Verb, impose.Kind);
        var set = Assert.IsType<WordElement>(impose.Elements[0]);
        Assert.Equal(["siege", "blockade", "encirclement"], set.Words.ToArray()); // sets are lower-cased
        var slot = Assert.IsType<SlotElement>(impose.Elements[1]);
        Assert.Equal(SlotRole.Target, slot.Role);
        Assert.Equal(["on"], slot.Prepositions.ToArray());
        Assert.Equal(3, impose.Specificity);
        Assert.Equal("verbs/test.txt", impose.File);
        Assert.Equal(4, impose.Line);
        Assert.Equal("{impose tighten} {siege blockade encirclement} on $T", impose.Canonical);

        // A set right before a slot gives the slot's prepositions.
        var attack = dictionary.Patterns[2];
        Assert.Equal(PredicateKind.Noun, attack.Kind);
        Assert.Equal(["on", "against"], Assert.IsType<SlotElement>(Assert.Single(attack.Elements)).Prepositions.ToArray());

        var praise = dictionary.Patterns[3];
        var slots = praise.Elements.OfType<SlotElement>().ToList();
        Assert.Equal([SlotRole.Target, SlotRole.Source], slots.Select(s => s.Role));
        Assert.Equal(["by"], slots[1].Prepositions.ToArray());

        Assert.True(dictionary.IsVerbHead("tighten"));
        Assert.True(dictionary.IsNounHead("attack"));
        Assert.False(dictionary.IsVerbHead("attack"));
    }

    [Fact]
    public void A_bare_slot_after_the_head_is_the_direct_object()
    {
        var (dictionary, diagnostics) = Parse("051  verb  praise $T\n");
        Assert.Empty(diagnostics);
        var slot = Assert.IsType<SlotElement>(Assert.Single(dictionary.Patterns[0].Elements));
        Assert.Empty(slot.Prepositions);
    }

    [Fact]
    public void Malformed_patterns_are_errors_with_file_and_line()
    {
        var (_, diagnostics) = Parse("""
            190  verb  attack $T
            999  verb  attack $T
            190  adverb  attack
            190  verb  {attack strike $T
            190  verb  attack &NOSUCH
            190  verb  attack $X
            190  verb  $T attack
            190  verb  attack $T with $T
            &BAD
            &DUP = a
            &DUP = b
            190  verb
            """);
        var found = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Line} {d.Code}").ToList();
        Assert.Equal(
            ["2 bad-code", "3 bad-kind", "4 bad-pattern", "5 bad-pattern", "6 bad-pattern", "7 bad-pattern", "8 bad-pattern", "9 bad-set", "11 duplicate-set", "12 bad-line"],
            found);
        Assert.All(diagnostics, d => Assert.Equal("verbs/test.txt", d.File));
        Assert.StartsWith("verbs/test.txt:2: error:", diagnostics.First(d => d.Line == 2).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_malformed_file_throws_naming_the_line() =>
        Assert.Contains("verbs/bad.txt:1",
            Assert.Throws<DictionaryFormatException>(() => EventPatternDictionary.Load([new DataFile("verbs/bad.txt", "190 verb {attack\n")], CameoOntology.Bundled)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Repeated_and_unreachable_patterns_are_warnings()
    {
        var (dictionary, diagnostics) = Parse("""
            190  verb  attack $T
            190  verb  {attack assault} $T
            193  verb  attack $T
            """);
        Assert.Equal(3, dictionary.Patterns.Length);
        var warnings = diagnostics.Select(d => $"{d.Line} {d.Code}").ToList();
        Assert.Equal(["2 duplicate-pattern", "3 unreachable-pattern"], warnings);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Word_sets_are_local_to_their_file()
    {
        var (_, diagnostics) = EventPatternDictionary.Check(
            [new DataFile("verbs/a.txt", "&WEAPON = gun rifle\n193 verb fire &WEAPON\n"), new DataFile("verbs/b.txt", "193 verb shoot &WEAPON\n")],
            CameoOntology.Bundled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("verbs/b.txt", 1, "bad-pattern"), (error.File, error.Line, error.Code));
    }
}
