using Dragoman.Documents;
using Dragoman.Tests.Support;
using static Dragoman.Tests.Support.CodingHarness;

namespace Dragoman.Tests.Coding;

/// <summary>
/// Mechanisms of the coder that keep news sentences coded when the parse is odd, and the news
/// conventions of who does what: hand-parsed sentences (the parses the tagger and parser really
/// gave) with the bundled dictionaries, and actor conventions through the default pipeline.
/// </summary>
public class NewsCodingTests
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    private static Doc Code(string conllu, DateOnly? date = null) => CodingHarness.Code(conllu, date, Dragoman.CodingDictionaries.Bundled);

    private static Doc CodeText(string text, DateOnly date) => Engine.Value.Process(new Article { Id = "n", Text = text, Date = date });

    [Theory]
    [InlineData("Syrian troops attacked rebel positions near the border.", "190")]
    [InlineData("Israeli jets attacked Hamas positions in Gaza.", "190")]
    [InlineData("The senator attacked Obama's position on Iran.", "111")]
    [InlineData("The opposition attacked the government's plan.", "111")]
    public void Attacked_positions_are_force_and_a_position_on_something_is_criticism(string text, string cameo)
    {
        var doc = CodeText(text, new DateOnly(2024, 3, 4));
        Assert.Equal(cameo, Assert.Single(doc.Events).Cameo);
    }

    [Fact]
    public void A_president_elect_is_coded_as_the_person_is_before_taking_office()
    {
        var doc = CodeText("U.S. President-elect Donald Trump met Japanese Prime Minister Shinzo Abe in New York.", new DateOnly(2016, 11, 17));
        var trump = Assert.Single(doc.Actors, a => a.Text.Contains("Trump", StringComparison.Ordinal));
        Assert.Equal("U.S. President-elect Donald Trump", trump.Text);
        Assert.Equal("USAELI", trump.Code);
        Assert.DoesNotContain(doc.Actors, a => a.Code == "USAGOV");
    }

    [Fact]
    public void A_capital_inside_a_hyphenated_surname_is_no_government()
    {
        var doc = CodeText("Shooting suspect Esteban Santiago-Ruiz told the FBI he was forced to fight. Later Moscow said it would send envoys.", new DateOnly(2017, 1, 7));
        Assert.DoesNotContain(doc.Actors, a => a.Code.StartsWith("CHL", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Places, p => p.Country == "CHL");
        Assert.Contains(doc.Actors, a => a.Text == "Moscow" && a.Code == "RUSGOV");
    }

    [Fact]
    public void A_capital_modifying_a_common_noun_is_a_place_not_its_government()
    {
        var doc = CodeText("A man ploughed a truck into a Berlin Christmas market. Moscow said it would send envoys.", new DateOnly(2017, 1, 7));
        Assert.Contains(doc.Actors, a => a.Text.StartsWith("Berlin", StringComparison.Ordinal) && a.Code == "DEU");
        Assert.DoesNotContain(doc.Actors, a => a.Code == "DEUGOV");
        Assert.Contains(doc.Actors, a => a.Text == "Moscow" && a.Code == "RUSGOV");
    }

    [Fact]
    public void An_infinitive_after_a_noun_is_done_by_the_actor_modifying_the_noun()
    {
        // "a Russian plan to mediate": Russia mediates, not Hamas, who welcomed the plan.
        var doc = CodeText("Hamas welcomed a Russian plan to mediate between Israel and Hamas.", new DateOnly(2023, 10, 26));
        var mediation = Assert.Single(doc.Events, e => e.Cameo == "039" && e.Target?.Code == "ISR");
        Assert.Equal("RUS", mediation.Source.Code);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "039" && e.Source.Code == "PSEREBHMS");
    }

    [Fact]
    public void Agent_words_used_as_adjectives_of_another_sense_name_no_actor()
    {
        var doc = CodeText("Police brought criminal charges against the mayor. His elder brother met the tribal elders. The criminals fled.", new DateOnly(2005, 1, 20));
        Assert.DoesNotContain(doc.Actors, a => a.Text is "criminal" or "elder");
        Assert.Contains(doc.Actors, a => a.Text == "tribal elders" && a.Code == "ELI");
        Assert.Contains(doc.Actors, a => a.Text == "criminals" && a.Code == "CRM");
        // Whatever the tag: a lower-case noun right after it is what the word describes.
        doc = CodeText("Shareholders demanded an extraordinary general meeting. Unions called a general strike. The general said troops would advance.", new DateOnly(2005, 1, 20));
        var general = Assert.Single(doc.Actors, a => a.Text == "general");
        Assert.Equal(("MIL", 2), (general.Code, general.Sentence));
    }

    [Theory]
    [InlineData("Meantime, 32% said Mr Blair was a good prime minister and 38% disagreed.")]
    [InlineData("A majority said Chancellor Gordon Brown had done a good job and just 16 per cent disagreed.")]
    public void A_share_of_those_polled_as_subject_borrows_no_actor_from_another_clause(string text)
    {
        var doc = CodeText(text, new DateOnly(2005, 1, 20));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preposition_fronting_the_clause_is_not_the_verbs_particle()
    {
        // "For X, Y called Z unambitious" is no "call for"; "called for an inquiry" is.
        var doc = CodeText("For the Welsh Liberal Democrats, Kirsty Williams called the new target unambitious. The Liberal Democrats called for an inquiry.", new DateOnly(2005, 1, 20));
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("called for", appeal.Trigger.Text);
    }

    [Fact]
    public void Releasing_products_and_figures_is_no_event_but_releasing_hostages_is()
    {
        var doc = CodeText("Microsoft released a new security tool. Google has already released a desktop tool. Its release was eclipsed by Doom 3. Hamas released 24 hostages.", new DateOnly(2023, 11, 24));
        var release = Assert.Single(doc.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        Assert.Equal("0841", release.Cameo);
        Assert.Equal("PSEREBHMS", release.Source.Code);
    }

    [Fact]
    public void Hyphenated_offices_ending_in_general_are_no_generals()
    {
        var doc = CodeText("Justin Bassi, who advises Attorney-General George Brandis, met the Governor-General.", new DateOnly(2014, 10, 1));
        Assert.Contains(doc.Actors, a => a.Text == "Attorney-General George Brandis" && a.Code == "JUD");
        Assert.Contains(doc.Actors, a => a.Text == "Governor-General" && a.Code == "GOV");
        Assert.DoesNotContain(doc.Actors, a => a.Code.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_is_thanked_or_blamed_for_doing_something_did_it()
    {
        var doc = CodeText("Hamas thanked Russia for mediating the release. Republicans pilloried the Obama administration for proposing a stimulus.", new DateOnly(2018, 9, 25));
        Assert.Equal("RUS", Assert.Single(doc.Events, e => e.Trigger.Text == "mediating").Source.Code);
        Assert.StartsWith("USA", Assert.Single(doc.Events, e => e.Trigger.Text == "proposing").Source.Code, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Trigger.Text is "mediating" or "proposing" && e.Source.Code is "PSEREBHMS" or "USAPTYREP");
    }

    [Fact]
    public void It_standing_for_a_clause_refers_to_no_actor()
    {
        var doc = CodeText("Iran condemned the strike. \"It will be great to work with them,\" an analyst said. It seems that the talks will fail. It said it was ready to respond.", new DateOnly(2024, 4, 2));
        var its = doc.Actors.Where(a => a.Text is "It" or "it").ToList();
        // Only the last sentence's two "it"s are Iran.
        Assert.Equal(2, its.Count);
        Assert.All(its, a => Assert.Equal("IRN", a.Code));
        Assert.All(its, a => Assert.Equal(doc.Sentences.Length - 1, a.Sentence));
    }

    [Fact]
    public void A_place_is_where_things_happen_not_who_acts()
    {
        var doc = CodeText("Oil prices rose as cold weather in the US threatened supplies. British Airways is to halt its flights from London to Jeddah and Riyadh in Saudi Arabia. Officials in Kyiv condemned the attack.", new DateOnly(2005, 1, 20));
        Assert.DoesNotContain(doc.Events, e => e.Source.Code == "USA");
        Assert.Contains(doc.Actors, a => a.Text == "Riyadh" && a.Code == "SAU");
        Assert.Equal("UKRGOV", Assert.Single(doc.Events, e => e.Trigger.Text == "condemned").Source.Code);
    }

    [Fact]
    public void A_threatened_act_in_a_place_targets_the_country_there()
    {
        // Like the act itself would, the threat of it targets the country where it would happen.
        var doc = CodeText("Israel threatened to ban voting in Jerusalem.", new DateOnly(2006, 1, 10));
        var threat = Assert.Single(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(("ISR", "ISR"), (threat.Source.Code, threat.Target?.Code));
    }

    [Fact]
    public void Dismissing_an_appeal_from_someone_rejects_them()
    {
        var doc = CodeText("Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo. Iran turned down an offer from the European Union.", new DateOnly(2004, 11, 10));
        Assert.Contains(doc.Events, e => e.Cameo == "120" && e.Source.Code == "CIVREB" && e.Target?.Code == "CIVGOV");
        Assert.Contains(doc.Events, e => e.Cameo == "120" && e.Source.Code == "IRN" && e.Target?.Code == "IGOEEC");
    }

    [Fact]
    public void A_news_outlet_says_nothing_of_whose_officials_speak()
    {
        // Reuters is British and AP American; the prosecutor and the minister are neither.
        var doc = CodeText("\"There is surplus,\" state prosecutor Alexis Ortiz told Reuters. Welfare Minister Alwi Shihab told AP news agency that the announcement was final.", new DateOnly(2005, 1, 20));
        Assert.DoesNotContain(doc.Actors, a => a.Code is "GBRJUD" or "USAGOV");
        Assert.Contains(doc.Actors, a => a.Text.EndsWith("Alexis Ortiz", StringComparison.Ordinal) && a.Code == "JUD");
    }

    [Fact]
    public void A_root_verb_tagged_as_a_participle_finds_its_subject_by_word_order()
    {
        // "A top U.S. official today praised Haiti": "today" took the subject's place.
        var doc = Code(Sentence(
            Row(1, "A", "a", "DET", "DT", 4, "det"),
            Row(2, "top", "top", "ADJ", "JJ", 3, "amod"),
            Row(3, "U.S.", "U.S.", "PROPN", "NNP", 4, "compound"),
            Row(4, "official", "official", "ADJ", "JJ", 5, "amod"),
            Row(5, "today", "today", "NOUN", "NN", 6, "obl:unmarked"),
            Row(6, "praised", "praise", "VERB", "VBN", 0, "root"),
            Row(7, "Haiti", "Haiti", "PROPN", "NNP", 6, "obj"),
            Row(8, ".", ".", "PUNCT", ".", 6, "punct")));
        Assert.Contains("USAGOV 051 HTI", CodingHarness.Triples(doc));
    }

    [Fact]
    public void An_auxiliary_parsed_as_the_main_verb_does_not_hide_the_subject()
    {
        var doc = Code(Sentence(
            Row(1, "Bangladesh", "Bangladesh", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "has", "have", "VERB", "VBZ", 0, "root"),
            Row(3, "rejected", "reject", "VERB", "VBD", 2, "ccomp"),
            Row(4, "an", "a", "DET", "DT", 6, "det"),
            Row(5, "Indian", "Indian", "ADJ", "JJ", 6, "amod"),
            Row(6, "proposal", "proposal", "NOUN", "NN", 3, "obj"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Contains(doc.Events, e => e.Source.Code == "BGD" && e.PloverType == "REJECT" && e.Target?.Code == "IND");
    }

    [Fact]
    public void It_is_willing_to_refers_back_to_the_speaker()
    {
        var doc = Code(Sentence(
            Row(1, "Syria", "Syria", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "says", "say", "VERB", "VBZ", 0, "root"),
            Row(3, "it", "it", "PRON", "PRP", 5, "expl"),
            Row(4, "is", "be", "AUX", "VBZ", 5, "cop"),
            Row(5, "willing", "willing", "ADJ", "JJ", 2, "ccomp"),
            Row(6, "to", "to", "PART", "TO", 7, "mark"),
            Row(7, "withdraw", "withdraw", "VERB", "VB", 5, "xcomp"),
            Row(8, "its", "its", "PRON", "PRP$", 9, "nmod:poss"),
            Row(9, "troops", "troop", "NOUN", "NNS", 7, "obj"),
            Row(10, ".", ".", "PUNCT", ".", 2, "punct")));
        var e = Assert.Single(doc.Events, e => e.Pattern != "reported-speech");
        Assert.Equal("SYR", e.Source.Code);
        Assert.Equal("AGREE", e.PloverType); // an intent to withdraw (035x)
    }

    [Fact]
    public void Rejecting_an_invitation_to_meet_is_a_rejection_not_an_intent_to_meet()
    {
        var doc = Code(Sentence(
            Row(1, "Hamas", "Hamas", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "rejected", "reject", "VERB", "VBD", 0, "root"),
            Row(3, "an", "a", "DET", "DT", 4, "det"),
            Row(4, "invitation", "invitation", "NOUN", "NN", 2, "obj"),
            Row(5, "to", "to", "PART", "TO", 6, "mark"),
            Row(6, "attend", "attend", "VERB", "VB", 4, "acl"),
            Row(7, "a", "a", "DET", "DT", 8, "det"),
            Row(8, "meeting", "meeting", "NOUN", "NN", 6, "obj"),
            Row(9, ".", ".", "PUNCT", ".", 2, "punct")));
        var e = Assert.Single(doc.Events);
        Assert.Equal("PSEREBHMS", e.Source.Code);
        Assert.Equal("REJECT", e.PloverType);
    }

    [Fact]
    public void A_material_purpose_of_an_act_that_happened_is_asserted()
    {
        // "Uzbekistan opened the bridge to allow aid to Afghanistan": the aid is let through, not promised.
        var doc = Code(Sentence(
            Row(1, "Uzbekistan", "Uzbekistan", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "opened", "open", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, "bridge", "bridge", "NOUN", "NN", 2, "obj"),
            Row(5, "to", "to", "PART", "TO", 6, "mark"),
            Row(6, "allow", "allow", "VERB", "VB", 2, "advcl"),
            Row(7, "aid", "aid", "NOUN", "NN", 6, "obj"),
            Row(8, "to", "to", "ADP", "IN", 9, "case"),
            Row(9, "Afghanistan", "Afghanistan", "PROPN", "NNP", 6, "obl"),
            Row(10, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Contains("UZB 0863 AFG", CodingHarness.Triples(doc));
    }

    [Fact]
    public void Returning_to_a_place_is_no_return_of_it_and_the_talks_travelled_for_are_the_travellers()
    {
        var doc = Code(Sentence(
            Row(1, "Russian", "Russian", "ADJ", "JJ", 2, "amod"),
            Row(2, "negotiators", "negotiator", "NOUN", "NNS", 3, "nsubj"),
            Row(3, "return", "return", "VERB", "VBP", 0, "root"),
            Row(4, "to", "to", "ADP", "IN", 5, "case"),
            Row(5, "Geneva", "Geneva", "PROPN", "NNP", 3, "obl"),
            Row(6, "for", "for", "ADP", "IN", 7, "case"),
            Row(7, "talks", "talk", "NOUN", "NNS", 3, "obl"),
            Row(8, ".", ".", "PUNCT", ".", 3, "punct")));
        Assert.DoesNotContain(doc.Events, e => e.PloverType == "RETREAT");
        Assert.Contains(doc.Events, e => e.Source.Code == "RUSGOV" && e.PloverType == "CONSULT");
    }

    [Fact]
    public void An_obligation_in_a_complement_clause_is_the_demand_of_the_governing_subject()
    {
        var doc = Code(Sentence(
            Row(1, "Chirac", "Chirac", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "issued", "issue", "VERB", "VBD", 0, "root"),
            Row(3, "a", "a", "DET", "DT", 4, "det"),
            Row(4, "reminder", "reminder", "NOUN", "NN", 2, "obj"),
            Row(5, "to", "to", "ADP", "IN", 6, "case"),
            Row(6, "Iraq", "Iraq", "PROPN", "NNP", 2, "obl"),
            Row(7, "that", "that", "SCONJ", "IN", 10, "mark"),
            Row(8, "it", "it", "PRON", "PRP", 10, "nsubj"),
            Row(9, "must", "must", "AUX", "MD", 10, "aux"),
            Row(10, "cooperate", "cooperate", "VERB", "VB", 2, "ccomp"),
            Row(11, "with", "with", "ADP", "IN", 12, "case"),
            Row(12, "inspectors", "inspector", "NOUN", "NNS", 10, "obl"),
            Row(13, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Events, e => e.Source.Code == "FRAGOV" && e.PloverType == "REQUEST" && e.Target?.Code == "IRQ");
    }

    [Fact]
    public void A_participle_with_a_direct_object_is_the_act_of_the_noun_it_hangs_on()
    {
        // "The United Nations reduced food supplies to the camp", parsed as a reduced relative.
        var doc = Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "United", "United", "ADJ", "NNP", 3, "amod"),
            Row(3, "Nations", "Nations", "PROPN", "NNPS", 0, "root"),
            Row(4, "reduced", "reduce", "VERB", "VBN", 3, "acl"),
            Row(5, "food", "food", "NOUN", "NN", 6, "compound"),
            Row(6, "supplies", "supply", "NOUN", "NNS", 4, "obj"),
            Row(7, ".", ".", "PUNCT", ".", 3, "punct")));
        Assert.Contains(doc.Events, e => e.Source.Code == "IGOUNO" && e.PloverType == "SANCTION");
    }

    [Fact]
    public void An_actor_parsed_as_a_vocative_before_its_apposition_is_the_subject()
    {
        var doc = Code(Sentence(
            Row(1, "Pakistan", "Pakistan", "PROPN", "NNP", 7, "vocative"),
            Row(2, ",", ",", "PUNCT", ",", 1, "punct"),
            Row(3, "a", "a", "DET", "DT", 4, "det"),
            Row(4, "U.S.", "U.S.", "PROPN", "NNP", 7, "nsubj"),
            Row(5, "ally", "ally", "ADV", "RB", 4, "acl:relcl"),
            Row(6, ",", ",", "PUNCT", ",", 4, "punct"),
            Row(7, "refused", "refuse", "VERB", "VBD", 0, "root"),
            Row(8, "to", "to", "PART", "TO", 9, "mark"),
            Row(9, "deploy", "deploy", "VERB", "VB", 7, "xcomp"),
            Row(10, "peacekeepers", "peacekeeper", "NOUN", "NNS", 9, "obj"),
            Row(11, ".", ".", "PUNCT", ".", 7, "punct")));
        Assert.All(doc.Events, e => Assert.Equal("PAK", e.Source.Code));
        Assert.Contains(doc.Events, e => e.PloverType == "REJECT");
    }

    [Fact]
    public void A_verb_parsed_as_the_adjective_of_its_object_after_its_subject_is_read_as_the_verb()
    {
        // "Irish guerrillas wounded two British soldiers" with "wounded" tagged as an adjective.
        var doc = Code(Sentence(
            Row(1, "Irish", "Irish", "ADJ", "JJ", 2, "amod"),
            Row(2, "guerrillas", "guerrilla", "NOUN", "NNS", 0, "root"),
            Row(3, "wounded", "wounded", "ADJ", "JJ", 6, "amod"),
            Row(4, "two", "two", "NUM", "CD", 6, "nummod"),
            Row(5, "British", "British", "ADJ", "JJ", 6, "amod"),
            Row(6, "soldiers", "soldier", "NOUN", "NNS", 2, "appos"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")));
        var e = Assert.Single(doc.Events);
        Assert.Equal("ASSAULT", e.PloverType);
        Assert.Equal("GBRMIL", e.Target?.Code);
        Assert.Equal("wounded", e.Trigger.Text);
        Assert.Equal("amod", doc.Tokens[2].Relation); // the document keeps its parse
    }

    [Fact]
    public void Two_states_exercising_together_cooperate_and_a_measure_of_events_stands_for_them()
    {
        // "French and Egyptian warships launched ten days of war games"
        var doc = Code(Sentence(
            Row(1, "French", "French", "ADJ", "JJ", 4, "amod"),
            Row(2, "and", "and", "CCONJ", "CC", 3, "cc"),
            Row(3, "Egyptian", "Egyptian", "ADJ", "JJ", 1, "conj"),
            Row(4, "warships", "warship", "NOUN", "NNS", 5, "nsubj"),
            Row(5, "launched", "launch", "VERB", "VBD", 0, "root"),
            Row(6, "ten", "ten", "NUM", "CD", 7, "nummod"),
            Row(7, "days", "day", "NOUN", "NNS", 5, "obj"),
            Row(8, "of", "of", "ADP", "IN", 10, "case"),
            Row(9, "war", "war", "NOUN", "NN", 10, "compound"),
            Row(10, "games", "game", "NOUN", "NNS", 7, "nmod"),
            Row(11, ".", ".", "PUNCT", ".", 5, "punct")));
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal("062", e.Cameo));
        Assert.Contains(doc.Events, e => e.Source.Code == "FRAMIL" && e.Target?.Code == "EGYMIL");
    }

    [Fact]
    public void A_demand_that_someone_act_targets_them_with_the_code_of_the_act()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "demanded", "demand", "VERB", "VBD", 0, "root"),
            Row(3, "that", "that", "SCONJ", "IN", 5, "mark"),
            Row(4, "Ukraine", "Ukraine", "PROPN", "NNP", 5, "nsubj"),
            Row(5, "withdraw", "withdraw", "VERB", "VB", 2, "ccomp"),
            Row(6, "its", "its", "PRON", "PRP$", 7, "nmod:poss"),
            Row(7, "troops", "troop", "NOUN", "NNS", 5, "obj"),
            Row(8, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Equal("RUS 1056 UKR", CodingHarness.Triples(doc)[0]);
        Assert.Contains(doc.Events, e => e.Source.Code == "UKR" && e.Modality == Modality.Requested);
    }

    [Fact]
    public void An_event_noun_compounded_onto_an_undertaking_takes_its_dependents()
    {
        // "The Arab League undertook a mediation mission between Syria and Lebanon."
        var doc = Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "Arab", "Arab", "PROPN", "NNP", 3, "compound"),
            Row(3, "League", "League", "PROPN", "NNP", 4, "nsubj"),
            Row(4, "undertook", "undertake", "VERB", "VBD", 0, "root"),
            Row(5, "a", "a", "DET", "DT", 7, "det"),
            Row(6, "mediation", "mediation", "NOUN", "NN", 7, "compound"),
            Row(7, "mission", "mission", "NOUN", "NN", 4, "obj"),
            Row(8, "between", "between", "ADP", "IN", 9, "case"),
            Row(9, "Syria", "Syria", "PROPN", "NNP", 7, "nmod"),
            Row(10, "and", "and", "CCONJ", "CC", 11, "cc"),
            Row(11, "Lebanon", "Lebanon", "PROPN", "NNP", 9, "conj"),
            Row(12, ".", ".", "PUNCT", ".", 4, "punct")));
        Assert.Contains("IGOARL 045 SYR", CodingHarness.Triples(doc));
    }

    [Fact]
    public void A_protest_in_words_is_a_complaint_against_the_subject_of_what_was_said()
    {
        // "Croatian authorities are failing refugees, a rights group protested."
        var doc = Code(Sentence(
            Row(1, "Croatian", "Croatian", "ADJ", "JJ", 2, "amod"),
            Row(2, "authorities", "authority", "NOUN", "NNS", 4, "nsubj"),
            Row(3, "are", "be", "AUX", "VBP", 4, "aux"),
            Row(4, "failing", "fail", "VERB", "VBG", 0, "root"),
            Row(5, "refugees", "refugee", "NOUN", "NNS", 4, "obj"),
            Row(6, ",", ",", "PUNCT", ",", 10, "punct"),
            Row(7, "a", "a", "DET", "DT", 9, "det"),
            Row(8, "rights", "right", "NOUN", "NNS", 9, "compound"),
            Row(9, "group", "group", "NOUN", "NN", 10, "nsubj"),
            Row(10, "protested", "protest", "VERB", "VBD", 4, "parataxis"),
            Row(11, ".", ".", "PUNCT", ".", 4, "punct")));
        Assert.Contains(doc.Events, e => e.Cameo == "111" && e.Target?.Code == "HRVGOV");
    }

    [Fact]
    public void An_arrest_with_no_agent_is_by_the_authorities_of_the_place()
    {
        var doc = Code(Sentence(
            Row(1, "A", "a", "DET", "DT", 2, "det"),
            Row(2, "missionary", "missionary", "NOUN", "NN", 4, "nsubj:pass"),
            Row(3, "was", "be", "AUX", "VBD", 4, "aux:pass"),
            Row(4, "arrested", "arrest", "VERB", "VBN", 0, "root"),
            Row(5, "in", "in", "ADP", "IN", 6, "case"),
            Row(6, "Lebanon", "Lebanon", "PROPN", "NNP", 4, "obl"),
            Row(7, ".", ".", "PUNCT", ".", 4, "punct")));
        Assert.Contains(doc.Events, e => e.Source.Code == "LBNGOV" && e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void Urging_others_to_back_a_third_party_is_rallying_support_for_it()
    {
        var doc = Code(Sentence(
            Row(1, "Egypt", "Egypt", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "urged", "urge", "VERB", "VBD", 0, "root"),
            Row(3, "France", "France", "PROPN", "NNP", 2, "obj"),
            Row(4, "to", "to", "PART", "TO", 5, "mark"),
            Row(5, "support", "support", "VERB", "VB", 2, "xcomp"),
            Row(6, "Jordan", "Jordan", "PROPN", "NNP", 5, "obj"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Equal(["EGY 053 JOR"], CodingHarness.Triples(doc));
    }

    [Fact]
    public void A_pattern_word_inside_a_circumstance_of_the_act_does_not_match()
    {
        // "Workers stopped work on the first day of a strike": no "stopped a strike" (082).
        var doc = Code(Sentence(
            Row(1, "Serbian", "Serbian", "ADJ", "JJ", 2, "amod"),
            Row(2, "workers", "worker", "NOUN", "NNS", 3, "nsubj"),
            Row(3, "stopped", "stop", "VERB", "VBD", 0, "root"),
            Row(4, "work", "work", "NOUN", "NN", 3, "obj"),
            Row(5, "on", "on", "ADP", "IN", 8, "case"),
            Row(6, "the", "the", "DET", "DT", 8, "det"),
            Row(7, "first", "first", "ADJ", "JJ", 8, "amod"),
            Row(8, "day", "day", "NOUN", "NN", 3, "obl"),
            Row(9, "of", "of", "ADP", "IN", 11, "case"),
            Row(10, "a", "a", "DET", "DT", 11, "det"),
            Row(11, "strike", "strike", "NOUN", "NN", 8, "nmod"),
            Row(12, ".", ".", "PUNCT", ".", 3, "punct")));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_the_parser_hung_elsewhere_still_fills_the_slot()
    {
        // "The Israeli army forced out on Wednesday 1,000 Palestinian refugees", the refugees hung on "Wednesday".
        var doc = Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "Israeli", "Israeli", "ADJ", "JJ", 3, "amod"),
            Row(3, "army", "army", "NOUN", "NN", 4, "nsubj"),
            Row(4, "forced", "force", "VERB", "VBD", 0, "root"),
            Row(5, "out", "out", "ADP", "RP", 4, "compound:prt"),
            Row(6, "on", "on", "ADP", "IN", 7, "case"),
            Row(7, "Wednesday", "Wednesday", "PROPN", "NNP", 4, "obl"),
            Row(8, "1,000", "1000", "NUM", "CD", 10, "nummod"),
            Row(9, "Palestinian", "Palestinian", "ADJ", "JJ", 10, "amod"),
            Row(10, "refugees", "refugee", "NOUN", "NNS", 7, "obj"),
            Row(11, ".", ".", "PUNCT", ".", 4, "punct")));
        Assert.Contains(doc.Events, e => e.Source.Code == "ISRMIL" && e.Target?.Code.StartsWith("PSE", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_reporter_is_no_evidence_of_the_country_a_titled_stranger_belongs_to()
    {
        // "President Prosper Avril declared a state of siege in Haiti, a spokeswoman for the U.S. embassy said."
        var doc = Code(Sentence(
            Row(1, "President", "President", "PROPN", "NNP", 2, "nmod:desc"),
            Row(2, "Prosper", "Prosper", "PROPN", "NNP", 4, "nsubj"),
            Row(3, "Avril", "Avril", "PROPN", "NNP", 2, "flat"),
            Row(4, "declared", "declare", "VERB", "VBD", 0, "root"),
            Row(5, "a", "a", "DET", "DT", 6, "det"),
            Row(6, "state", "state", "NOUN", "NN", 4, "obj"),
            Row(7, "of", "of", "ADP", "IN", 8, "case"),
            Row(8, "siege", "siege", "NOUN", "NN", 6, "nmod"),
            Row(9, "in", "in", "ADP", "IN", 10, "case"),
            Row(10, "Haiti", "Haiti", "PROPN", "NNP", 4, "obl"),
            Row(11, ",", ",", "PUNCT", ",", 18, "punct"),
            Row(12, "a", "a", "DET", "DT", 13, "det"),
            Row(13, "spokeswoman", "spokeswoman", "NOUN", "NN", 18, "nsubj"),
            Row(14, "for", "for", "ADP", "IN", 17, "case"),
            Row(15, "the", "the", "DET", "DT", 17, "det"),
            Row(16, "U.S.", "U.S.", "PROPN", "NNP", 17, "compound"),
            Row(17, "embassy", "embassy", "NOUN", "NN", 13, "nmod"),
            Row(18, "said", "say", "VERB", "VBD", 4, "parataxis"),
            Row(19, ".", ".", "PUNCT", ".", 4, "punct")), new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Actors, a => a.Name == "Prosper Avril" && a.Code == "HTIGOV");
    }

    [Fact]
    public void An_unknown_titled_person_takes_the_one_country_the_sentence_names()
    {
        var doc = CodeText("President Levy Mwanawasa has reneged on his commitment to the Zambian people.", new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Actors, a => a.Name == "Levy Mwanawasa" && a.Code == "ZMBGOV");
        doc = CodeText("President Jean Dupont met the Kenyan and Ugandan leaders.", new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Actors, a => a.Name == "Jean Dupont" && a.Code == "GOV"); // two countries: left bare
    }

    [Fact]
    public void Ethnic_groups_and_domestic_agents_take_the_country_they_are_in()
    {
        var doc = CodeText("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Actors, a => a.Text.Contains("Albanians", StringComparison.Ordinal) && a.Code == "SRBCVL");
        doc = CodeText("Islamic fundamentalists continued their hunger strike against the Algerian government.", new DateOnly(2000, 1, 1));
        Assert.Contains(doc.Actors, a => a.Text.Contains("fundamentalists", StringComparison.Ordinal) && a.Code == "DZARAD");
    }

    [Fact]
    public void The_West_Bank_is_a_place_not_the_West_and_a_bank()
    {
        var doc = CodeText("Israeli troops raided a village in the West Bank.", new DateOnly(2020, 1, 1));
        Assert.Contains(doc.Places, p => p.Text == "West Bank" && p.Country == "PSE");
        Assert.DoesNotContain(doc.Actors, a => a.Code.EndsWith("BUS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_split_in_two_by_the_parser_gives_each_event_once_and_is_to_is_a_plan()
    {
        // The parse really given: "Secretary" and "Straw" both subjects of "visit".
        var doc = Code(Sentence(
            Row(1, "Foreign", "Foreign", "ADJ", "NNP", 2, "amod"),
            Row(2, "Secretary", "Secretary", "PROPN", "NNP", 7, "nsubj"),
            Row(3, "Jack", "Jack", "PROPN", "NNP", 2, "flat"),
            Row(4, "Straw", "Straw", "PROPN", "NNP", 7, "nsubj:outer"),
            Row(5, "is", "be", "AUX", "VBZ", 7, "cop"),
            Row(6, "to", "to", "PART", "TO", 7, "mark"),
            Row(7, "visit", "visit", "VERB", "VB", 0, "root"),
            Row(8, "Thailand", "Thailand", "PROPN", "NNP", 7, "obj"),
            Row(9, "and", "and", "CCONJ", "CC", 10, "cc"),
            Row(10, "Indonesia", "Indonesia", "PROPN", "NNP", 8, "conj"),
            Row(11, ".", ".", "PUNCT", ".", 7, "punct")), new DateOnly(2005, 1, 4));
        Assert.Equal(["GBRGOV 036 IDN", "GBRGOV 036 THA"], CodingHarness.Triples(doc).Order());
        Assert.All(doc.Events, e => Assert.Equal(Modality.Intended, e.Modality));
    }

    [Fact]
    public void Insisting_that_something_is_so_is_a_statement_not_a_demand()
    {
        var doc = Code(Sentence(
            Row(1, "Mr", "Mr", "PROPN", "NNP", 3, "nsubj"),
            Row(2, "Blair", "Blair", "PROPN", "NNP", 1, "flat"),
            Row(3, "insisted", "insist", "VERB", "VBD", 0, "root"),
            Row(4, "he", "he", "PRON", "PRP", 7, "nsubj"),
            Row(5, "had", "have", "AUX", "VBD", 7, "aux"),
            Row(6, "been", "be", "AUX", "VBN", 7, "cop"),
            Row(7, "involved", "involved", "ADJ", "JJ", 3, "ccomp"),
            Row(8, "in", "in", "ADP", "IN", 10, "case"),
            Row(9, "all", "all", "DET", "DT", 10, "det"),
            Row(10, "decisions", "decision", "NOUN", "NNS", 7, "obl"),
            Row(11, ".", ".", "PUNCT", ".", 3, "punct")), new DateOnly(2005, 1, 4));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Contains(doc.Attributions, a => a.Cue.Text == "insisted" && a.Source.Code == "GBRGOV");
    }

    [Fact]
    public void Insisting_that_something_must_be_done_is_one_demand()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "insisted", "insist", "VERB", "VBD", 0, "root"),
            Row(3, "that", "that", "SCONJ", "IN", 6, "mark"),
            Row(4, "Iran", "Iran", "PROPN", "NNP", 6, "nsubj"),
            Row(5, "must", "must", "AUX", "MD", 6, "aux"),
            Row(6, "halt", "halt", "VERB", "VB", 2, "ccomp"),
            Row(7, "enrichment", "enrichment", "NOUN", "NN", 6, "obj"),
            Row(8, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Equal(["RUS 100 IRN"], CodingHarness.Triples(doc));
    }

    [Fact]
    public void A_pattern_that_finds_no_actor_leaves_its_words_to_their_own_reading()
    {
        // "schedule {visit}" matches but the agentless passive names no one who schedules; the
        // visit itself is still the minister's, planned.
        var doc = Code(Sentence(
            Row(1, "The", "the", "DET", "DT", 3, "det"),
            Row(2, "British", "British", "ADJ", "JJ", 3, "amod"),
            Row(3, "minister", "minister", "NOUN", "NN", 5, "nsubj:pass"),
            Row(4, "is", "be", "AUX", "VBZ", 5, "aux:pass"),
            Row(5, "scheduled", "schedule", "VERB", "VBN", 0, "root"),
            Row(6, "to", "to", "PART", "TO", 7, "mark"),
            Row(7, "visit", "visit", "VERB", "VB", 5, "xcomp"),
            Row(8, "Thailand", "Thailand", "PROPN", "NNP", 7, "obj"),
            Row(9, ".", ".", "PUNCT", ".", 5, "punct")), new DateOnly(2005, 1, 4));
        Assert.Equal(["GBRGOV 036 THA"], CodingHarness.Triples(doc));
    }

    [Fact]
    public void Without_an_article_date_the_title_in_the_text_picks_among_a_persons_offices()
    {
        var bush = Dragoman.Coding.Dictionaries.ActorDictionary.Bundled.Entries.First(e => e.Name == "George H. W. Bush");
        Assert.Equal("USAGOV", bush.UndatedRole("President")!.Code);
        Assert.StartsWith("President", bush.UndatedRole("President")!.Title, StringComparison.Ordinal);
        Assert.Equal("Director of Central Intelligence", bush.UndatedRole("Director of Central Intelligence")!.Title);
        Assert.StartsWith("President", bush.UndatedRole(null)!.Title, StringComparison.Ordinal); // the office held last
        var doc = Engine.Value.Process(new Article { Id = "u", Text = "Tony Blair met US President George Bush in London." });
        Assert.Contains(doc.Actors, a => a.Name == "Tony Blair" && a.Code == "GBRGOV");
        Assert.Contains(doc.Actors, a => a.Text.Contains("George Bush", StringComparison.Ordinal) && a.Code == "USAGOV");
    }

    [Fact]
    public void Telling_someone_what_one_hopes_is_one_statement_that_the_reported_event_points_to()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "told", "tell", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, "BBC", "BBC", "PROPN", "NNP", 2, "iobj"),
            Row(5, "it", "it", "PRON", "PRP", 6, "nsubj"),
            Row(6, "hoped", "hope", "VERB", "VBD", 2, "ccomp"),
            Row(7, "talks", "talk", "NOUN", "NNS", 9, "nsubj"),
            Row(8, "could", "could", "AUX", "MD", 9, "aux"),
            Row(9, "help", "help", "VERB", "VB", 6, "ccomp"),
            Row(10, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 4));
        var statements = doc.Events.Where(e => e.Cameo == "010").ToList();
        Assert.Single(statements);
        Assert.Equal("GBRMED", statements[0].Target?.Code);
        var optimism = Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal(doc.Events.IndexOf(statements[0]), optimism.ReportedBy);
    }

    [Fact]
    public void Opposing_something_and_saying_why_is_no_refusal_to_comment()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "opposed", "oppose", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, "plan", "plan", "NOUN", "NN", 2, "obj"),
            Row(5, ",", ",", "PUNCT", ",", 6, "punct"),
            Row(6, "saying", "say", "VERB", "VBG", 2, "advcl"),
            Row(7, "that", "that", "SCONJ", "IN", 10, "mark"),
            Row(8, "it", "it", "PRON", "PRP", 10, "nsubj"),
            Row(9, "would", "would", "AUX", "MD", 10, "aux"),
            Row(10, "fail", "fail", "VERB", "VB", 6, "ccomp"),
            Row(11, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "011");
    }

    [Fact]
    public void A_rejection_denied_is_a_negated_rejection_and_an_attributive_adjective_is_no_event()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 4, "nsubj"),
            Row(2, "would", "would", "AUX", "MD", 4, "aux"),
            Row(3, "not", "not", "PART", "RB", 4, "advmod"),
            Row(4, "rule", "rule", "VERB", "VB", 0, "root"),
            Row(5, "out", "out", "ADP", "RP", 4, "compound:prt"),
            Row(6, "talks", "talk", "NOUN", "NNS", 4, "obj"),
            Row(7, ".", ".", "PUNCT", ".", 4, "punct")));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && e.Negated);
        Assert.All(doc.Events.Where(e => e.Cameo.StartsWith("12", StringComparison.Ordinal)), e => Assert.True(e.Negated));
        var angry = Code(Sentence(
            Row(1, "Iran", "Iran", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "met", "meet", "VERB", "VBD", 0, "root"),
            Row(3, "angry", "angry", "ADJ", "JJ", 4, "amod"),
            Row(4, "protesters", "protester", "NOUN", "NNS", 2, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.DoesNotContain(angry.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_demand_asks_for_is_requested_not_done()
    {
        // "that" parsed as a relative pronoun; the bare verb with its own subject is the content of the demand.
        var doc = Code(Sentence(
            Row(1, "Iraq", "Iraq", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "repeated", "repeat", "VERB", "VBD", 0, "root"),
            Row(3, "its", "its", "PRON", "PRP$", 4, "nmod:poss"),
            Row(4, "demand", "demand", "NOUN", "NN", 2, "obj"),
            Row(5, "that", "that", "PRON", "WDT", 8, "obj"),
            Row(6, "Turkish", "Turkish", "ADJ", "JJ", 7, "amod"),
            Row(7, "forces", "force", "NOUN", "NNS", 8, "nsubj"),
            Row(8, "withdraw", "withdraw", "VERB", "VB", 4, "acl:relcl"),
            Row(9, ".", ".", "PUNCT", ".", 2, "punct")));
        var withdrawal = Assert.Single(doc.Events, e => e.Source.Code == "TURMIL");
        Assert.Equal(Modality.Requested, withdrawal.Modality);
    }

    [Fact]
    public void Gathering_material_is_no_meeting()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "gathered", "gather", "VERB", "VBD", 0, "root"),
            Row(3, "intelligence", "intelligence", "NOUN", "NN", 2, "obj"),
            Row(4, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Empty(doc.Events);
        var met = Code(Sentence(
            Row(1, "Ministers", "minister", "NOUN", "NNS", 2, "nsubj"),
            Row(2, "gathered", "gather", "VERB", "VBD", 0, "root"),
            Row(3, "in", "in", "ADP", "IN", 4, "case"),
            Row(4, "Moscow", "Moscow", "PROPN", "NNP", 2, "obl"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Contains(met.Events, e => e.Cameo == "040");
    }

    [Theory]
    [InlineData("Olympics", "Olympics", false)]
    [InlineData("Erdogan", "Erdogan", true)]
    public void Hosting_a_games_is_no_visit_hosting_a_leader_is(string word, string lemma, bool coded)
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "hosted", "host", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, word, lemma, "PROPN", "NNP", 2, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2017, 1, 9));
        Assert.Equal(coded, doc.Events.Any(e => e.Cameo == "043"));
    }

    [Fact]
    public void A_reflexive_means_its_own_clauses_subject_or_no_one()
    {
        var doc = Code(Sentence(
            Row(1, "Obama", "Obama", "PROPN", "NNP", 3, "nmod:poss"),
            Row(2, "'s", "'s", "PART", "POS", 1, "case"),
            Row(3, "critic", "critic", "NOUN", "NN", 4, "nsubj"),
            Row(4, "found", "find", "VERB", "VBD", 0, "root"),
            Row(5, "himself", "himself", "PRON", "PRP", 4, "obj"),
            Row(6, "isolated", "isolated", "ADJ", "JJ", 4, "xcomp"),
            Row(7, ".", ".", "PUNCT", ".", 4, "punct")), new DateOnly(2015, 1, 9));
        Assert.DoesNotContain(doc.Actors, a => a.Text == "himself");
        var bound = Code(Sentence(
            Row(1, "Putin", "Putin", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "found", "find", "VERB", "VBD", 0, "root"),
            Row(3, "himself", "himself", "PRON", "PRP", 2, "obj"),
            Row(4, "isolated", "isolated", "ADJ", "JJ", 2, "xcomp"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2015, 1, 9));
        Assert.Contains(bound.Actors, a => a.Text == "himself" && a.Code == "RUSGOV");
    }

    [Fact]
    public void A_known_surname_after_another_given_name_is_someone_else()
    {
        // Hand-parsed, so the check does not depend on the tagger: Naftali Bennett is in the
        // dictionary (Prime Minister of Israel on this date), Phil Bennett is not.
        var doc = Code(Sentence(
            Row(1, "Phil", "Phil", "PROPN", "NNP", 3, "nsubj"),
            Row(2, "Bennett", "Bennett", "PROPN", "NNP", 1, "flat"),
            Row(3, "praised", "praise", "VERB", "VBD", 0, "root"),
            Row(4, "Wales", "Wales", "PROPN", "NNP", 3, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 3, "punct")), new DateOnly(2021, 10, 9));
        Assert.DoesNotContain(doc.Actors, a => a.Name == "Naftali Bennett");
        var known = Code(Sentence(
            Row(1, "Naftali", "Naftali", "PROPN", "NNP", 3, "nsubj"),
            Row(2, "Bennett", "Bennett", "PROPN", "NNP", 1, "flat"),
            Row(3, "praised", "praise", "VERB", "VBD", 0, "root"),
            Row(4, "Putin", "Putin", "PROPN", "NNP", 3, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 3, "punct")), new DateOnly(2021, 10, 9));
        Assert.Contains(known.Actors, a => a.Name == "Naftali Bennett" && a.Code == "ISRGOV");
        var titled = Code(Sentence(
            Row(1, "Mr", "Mr", "PROPN", "NNP", 3, "nsubj"),
            Row(2, "Bennett", "Bennett", "PROPN", "NNP", 1, "flat"),
            Row(3, "praised", "praise", "VERB", "VBD", 0, "root"),
            Row(4, "Putin", "Putin", "PROPN", "NNP", 3, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 3, "punct")), new DateOnly(2021, 10, 9));
        Assert.Contains(titled.Actors, a => a.Name == "Naftali Bennett");
    }

    [Theory]
    [InlineData("general", "meeting", false)]
    [InlineData("official", "visit", false)]
    [InlineData("rebel", "positions", true)]
    public void Some_agent_words_used_as_adjectives_name_no_actor(string adjective, string noun, bool actor)
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "announced", "announce", "VERB", "VBD", 0, "root"),
            Row(3, "a", "a", "DET", "DT", 5, "det"),
            Row(4, adjective, adjective, "ADJ", "JJ", 5, "amod"),
            Row(5, noun, noun, "NOUN", "NNS", 2, "obj"),
            Row(6, ".", ".", "PUNCT", ".", 2, "punct")));
        Assert.Equal(actor, doc.Actors.Any(a => a.Text == adjective));
    }

    [Fact]
    public void Calling_something_a_name_is_no_telephone_call()
    {
        var naming = Code(Sentence(
            Row(1, "Putin", "Putin", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "called", "call", "VERB", "VBD", 0, "root"),
            Row(3, "Erdogan", "Erdogan", "PROPN", "NNP", 2, "obj"),
            Row(4, "a", "a", "DET", "DT", 5, "det"),
            Row(5, "friend", "friend", "NOUN", "NN", 2, "obj"),
            Row(6, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2015, 1, 1));
        Assert.DoesNotContain(naming.Events, e => e.Cameo == "041");
        var call = Code(Sentence(
            Row(1, "Putin", "Putin", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "called", "call", "VERB", "VBD", 0, "root"),
            Row(3, "Erdogan", "Erdogan", "PROPN", "NNP", 2, "obj"),
            Row(4, "on", "on", "ADP", "IN", 5, "case"),
            Row(5, "Monday", "Monday", "PROPN", "NNP", 2, "obl"),
            Row(6, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2015, 1, 1));
        Assert.Contains("RUSGOV 041 TURGOV", CodingHarness.Triples(call));
    }

    [Fact]
    public void Parties_attack_with_words_and_a_bare_kind_of_attack_is_no_event()
    {
        var party = Code(Sentence(
            Row(1, "Labour", "Labour", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "attacked", "attack", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, "Conservatives", "Conservatives", "PROPN", "NNPS", 2, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 1));
        Assert.Contains(party.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(party.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var generic = Code(Sentence(
            Row(1, "MPs", "MP", "NOUN", "NNS", 2, "nsubj"),
            Row(2, "debated", "debate", "VERB", "VBD", 0, "root"),
            Row(3, "military", "military", "ADJ", "JJ", 4, "amod"),
            Row(4, "action", "action", "NOUN", "NN", 2, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 1));
        Assert.DoesNotContain(generic.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var real = Code(Sentence(
            Row(1, "Israeli", "Israeli", "ADJ", "JJ", 2, "amod"),
            Row(2, "troops", "troop", "NOUN", "NNS", 3, "nsubj"),
            Row(3, "attacked", "attack", "VERB", "VBD", 0, "root"),
            Row(4, "Hamas", "Hamas", "PROPN", "NNP", 3, "obj"),
            Row(5, ".", ".", "PUNCT", ".", 3, "punct")), new DateOnly(2023, 11, 1));
        Assert.Contains("ISRMIL 190 PSEREBHMS", CodingHarness.Triples(real));
    }

    [Fact]
    public void Admitting_that_something_is_so_lets_no_one_in()
    {
        var doc = Code(Sentence(
            Row(1, "Obama", "Obama", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "admits", "admit", "VERB", "VBZ", 0, "root"),
            Row(3, "US", "US", "PROPN", "NNP", 5, "compound"),
            Row(4, "gun", "gun", "NOUN", "NN", 5, "compound"),
            Row(5, "laws", "law", "NOUN", "NNS", 8, "nsubj"),
            Row(6, "are", "be", "AUX", "VBP", 8, "cop"),
            Row(7, "a", "a", "DET", "DT", 8, "det"),
            Row(8, "frustration", "frustration", "NOUN", "NN", 2, "ccomp"),
            Row(9, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2015, 7, 24));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void A_predicate_adjective_shares_nothing_with_the_next_clause()
    {
        var doc = CodeText("Barack Obama flew to Kenya. His father was Kenyan and the president is expected to meet relatives in Nairobi.", new DateOnly(2015, 7, 24));
        Assert.DoesNotContain(doc.Actors, a => a.Code == "KENGOV");
        Assert.Contains(doc.Actors, a => a.Text == "president" && a.Code == "USAGOV");
    }

    [Fact]
    public void A_party_telling_of_talks_held_with_someone_tells_of_its_own()
    {
        var doc = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "said", "say", "VERB", "VBD", 0, "root"),
            Row(3, "talks", "talk", "NOUN", "NNS", 5, "nsubj:pass"),
            Row(4, "were", "be", "AUX", "VBD", 5, "aux:pass"),
            Row(5, "held", "hold", "VERB", "VBN", 2, "ccomp"),
            Row(6, "with", "with", "ADP", "IN", 7, "case"),
            Row(7, "Iran", "Iran", "PROPN", "NNP", 5, "obl"),
            Row(8, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2017, 1, 7));
        Assert.Contains("RUS 046 IRN", CodingHarness.Triples(doc));
        var media = Code(Sentence(
            Row(1, "TASS", "TASS", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "reported", "report", "VERB", "VBD", 0, "root"),
            Row(3, "talks", "talk", "NOUN", "NNS", 5, "nsubj:pass"),
            Row(4, "were", "be", "AUX", "VBD", 5, "aux:pass"),
            Row(5, "held", "hold", "VERB", "VBN", 2, "ccomp"),
            Row(6, "with", "with", "ADP", "IN", 7, "case"),
            Row(7, "Iran", "Iran", "PROPN", "NNP", 5, "obl"),
            Row(8, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2017, 1, 7));
        Assert.DoesNotContain(media.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspectors_act_for_their_organisation()
    {
        var doc = CodeText("Iraq said it would admit U.N. weapons inspectors.", new DateOnly(1998, 1, 1));
        Assert.Contains(doc.Actors, a => a.Text == "U.N. weapons inspectors" && a.Code == "IGOUNO");
    }

    [Fact]
    public void Business_words_that_look_like_conflict_are_not_coded_as_such()
    {
        var show = Code(Sentence(
            Row(1, "Nokia", "Nokia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "demonstrated", "demonstrate", "VERB", "VBD", 0, "root"),
            Row(3, "its", "its", "PRON", "PRP$", 5, "nmod:poss"),
            Row(4, "new", "new", "ADJ", "JJ", 5, "amod"),
            Row(5, "phone", "phone", "NOUN", "NN", 2, "obj"),
            Row(6, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 1));
        Assert.DoesNotContain(show.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var price = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "charged", "charge", "VERB", "VBD", 0, "root"),
            Row(3, "Ukraine", "Ukraine", "PROPN", "NNP", 2, "obj"),
            Row(4, "for", "for", "ADP", "IN", 5, "case"),
            Row(5, "gas", "gas", "NOUN", "NN", 2, "obl"),
            Row(6, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 1));
        Assert.DoesNotContain(price.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var court = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "charged", "charge", "VERB", "VBD", 0, "root"),
            Row(3, "the", "the", "DET", "DT", 4, "det"),
            Row(4, "journalist", "journalist", "NOUN", "NN", 2, "obj"),
            Row(5, "with", "with", "ADP", "IN", 6, "case"),
            Row(6, "espionage", "espionage", "NOUN", "NN", 4, "nmod"),
            Row(7, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2005, 1, 1));
        Assert.Contains(court.Events, e => e.Cameo == "173" && e.Source.Code == "RUS");
    }

    [Fact]
    public void A_sector_before_a_post_says_whose_post_and_a_cited_source_is_no_subject()
    {
        var doc = Code(Sentence(
            Row(1, "A", "a", "DET", "DT", 4, "det"),
            Row(2, "Syrian", "Syrian", "ADJ", "JJ", 4, "amod"),
            Row(3, "rebel", "rebel", "NOUN", "NN", 4, "compound"),
            Row(4, "official", "official", "NOUN", "NN", 5, "nsubj"),
            Row(5, "denied", "deny", "VERB", "VBD", 0, "root"),
            Row(6, "the", "the", "DET", "DT", 7, "det"),
            Row(7, "report", "report", "NOUN", "NN", 5, "obj"),
            Row(8, ".", ".", "PUNCT", ".", 5, "punct")), new DateOnly(2017, 1, 7));
        Assert.Contains(doc.Actors, a => a.Text == "Syrian rebel official" && a.Code == "SYRREB");
        var cited = Code(Sentence(
            Row(1, "According", "accord", "VERB", "VBG", 3, "case"),
            Row(2, "to", "to", "ADP", "IN", 1, "fixed"),
            Row(3, "police", "police", "NOUN", "NNS", 8, "obl"),
            Row(4, ",", ",", "PUNCT", ",", 3, "punct"),
            Row(5, "Kazuhiro", "Kazuhiro", "PROPN", "NNP", 8, "nsubj"),
            Row(6, "Ishikawa", "Ishikawa", "PROPN", "NNP", 5, "flat"),
            Row(7, "quickly", "quickly", "ADV", "RB", 8, "advmod"),
            Row(8, "stabbed", "stab", "VERB", "VBD", 0, "root"),
            Row(9, "his", "his", "PRON", "PRP$", 10, "nmod:poss"),
            Row(10, "father", "father", "NOUN", "NN", 8, "obj"),
            Row(11, ".", ".", "PUNCT", ".", 8, "punct")), new DateOnly(2017, 1, 7));
        Assert.DoesNotContain(cited.Events, e => e.Source.Code == "COP");
    }

    [Fact]
    public void A_material_act_with_no_one_named_it_is_done_to_is_done_to_the_country_where_it_happens()
    {
        var refused = Code(Sentence(
            Row(1, "Pakistan", "Pakistan", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "refused", "refuse", "VERB", "VBD", 0, "root"),
            Row(3, "to", "to", "PART", "TO", 4, "mark"),
            Row(4, "deploy", "deploy", "VERB", "VB", 2, "xcomp"),
            Row(5, "peacekeepers", "peacekeeper", "NOUN", "NNS", 4, "obj"),
            Row(6, "in", "in", "ADP", "IN", 7, "case"),
            Row(7, "Iraq", "Iraq", "PROPN", "NNP", 4, "obl"),
            Row(8, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2004, 1, 1));
        Assert.Contains(refused.Events, e => e.Source.Code == "PAK" && e.Target?.Code == "IRQ");
        var met = Code(Sentence(
            Row(1, "Russia", "Russia", "PROPN", "NNP", 2, "nsubj"),
            Row(2, "met", "meet", "VERB", "VBD", 0, "root"),
            Row(3, "in", "in", "ADP", "IN", 4, "case"),
            Row(4, "Switzerland", "Switzerland", "PROPN", "NNP", 2, "obl"),
            Row(5, ".", ".", "PUNCT", ".", 2, "punct")), new DateOnly(2004, 1, 1));
        Assert.DoesNotContain(met.Events, e => e.Target?.Code == "CHE"); // a meeting place is no counterpart
    }

    [Fact]
    public void A_country_adjective_and_plain_modifiers_before_an_agent_are_one_phrase()
    {
        var doc = Code(Sentence(
            Row(1, "Irish", "Irish", "ADJ", "JJ", 3, "amod"),
            Row(2, "nationalist", "nationalist", "ADJ", "JJ", 3, "amod"),
            Row(3, "guerrillas", "guerrilla", "NOUN", "NNS", 4, "nsubj"),
            Row(4, "wounded", "wound", "VERB", "VBD", 0, "root"),
            Row(5, "two", "two", "NUM", "CD", 7, "nummod"),
            Row(6, "British", "British", "ADJ", "JJ", 7, "amod"),
            Row(7, "soldiers", "soldier", "NOUN", "NNS", 4, "obj"),
            Row(8, ".", ".", "PUNCT", ".", 4, "punct")), new DateOnly(1990, 1, 1));
        Assert.Contains(doc.Actors, a => a.Text == "Irish nationalist guerrillas" && a.Code == "IRLREB");
    }

    [Fact]
    public void The_leaders_of_a_sector_are_the_sectors()
    {
        var doc = CodeText("Leaders of the opposition coalition met in Baku.", new DateOnly(2004, 1, 1));
        Assert.Contains(doc.Actors, a => a.Text.StartsWith("Leaders of the opposition", StringComparison.Ordinal) && a.Code.EndsWith("OPP", StringComparison.Ordinal));
    }
}
