using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Dictionaries.Petrarch;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>Reading PETRARCH dictionaries: verbs in both formats, actors with dates, agents, discards, errors.</summary>
public class PetrarchDictionaryTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-petrarch-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }

    private static PetrarchDictionaries Fixture => PetrarchDictionaries.LoadDirectory(PetrarchHarness.Directory);

    [Fact]
    public void Regular_verb_forms_follow_petrarch_rules_with_consonant_y()
    {
        Assert.Equal(["RESTORE", "RESTORES", "RESTORED", "RESTORING"], PetrarchWordForms.RegularVerbForms("RESTORE"));
        Assert.Equal(["ACT", "ACTS", "ACTED", "ACTING"], PetrarchWordForms.RegularVerbForms("ACT"));
        Assert.Contains("PUNISHES", PetrarchWordForms.RegularVerbForms("PUNISH"));
        Assert.Contains("DENIED", PetrarchWordForms.RegularVerbForms("DENY"));
        Assert.Contains("AGREEING", PetrarchWordForms.RegularVerbForms("AGREE"));
        Assert.DoesNotContain("DEPARTES", PetrarchWordForms.RegularVerbForms("DEPART"));
        Assert.Equal("CONGRESSES", PetrarchWordForms.Plural("CONGRESS"));
        Assert.Equal("AUTHORITIES", PetrarchWordForms.Plural("AUTHORITY"));
        Assert.Equal("ATTORNEYS", PetrarchWordForms.Plural("ATTORNEY"));
    }

    [Fact]
    public void Verbs_are_known_by_written_forms_irregular_lists_replace_the_regular_ones()
    {
        var verbs = Fixture.Verbs.SurfaceVerbs!;
        Assert.NotEmpty(verbs.Lookup("RESTORED"));
        Assert.NotEmpty(verbs.Lookup("RENEWING"));
        Assert.NotEmpty(verbs.Lookup("CRITICIZED"));
        Assert.Empty(verbs.Lookup("CRITICIZEED"));
        // An irregular list is complete: SAY lists SAID, so no "SAYED" is made.
        Assert.NotEmpty(verbs.Lookup("SAID"));
        Assert.Empty(verbs.Lookup("SAYED"));
        var tap = Assert.Single(verbs.Lookup("TAPPED"));
        Assert.Equal(["WIRE"], tap.Before.ToArray());
        Assert.Equal("171", tap.Code);
        Assert.Equal("042", verbs.Lookup("VISITED")[0].Code);
        Assert.Equal("043", verbs.Lookup("VISITED")[0].ReciprocalCode);
    }

    [Fact]
    public void Tabari_patterns_keep_order_ties_markers_synsets_and_paired_codes()
    {
        var block = Fixture.Verbs.SurfaceVerbs!.Blocks.Single(b => b.Name == "RESTORE");
        var diplomatic = block.Patterns[0].Sequence!;
        Assert.Empty(diplomatic.Before);
        Assert.Equal(2, diplomatic.After.Length);
        Assert.Equal("DIPLOMATIC", ((SequenceWords)diplomatic.After[0].Element).Alternatives[0][0]);
        var ties = (SequenceWords)diplomatic.After[1].Element;
        // A synset whose name ends in '_' adds no plurals.
        Assert.Equal(["RELATIONS", "TIES"], ties.Alternatives.Select(a => string.Join(' ', a)));
        Assert.Equal("051", block.Patterns[0].Code);

        var cash = (SequenceWords)Fixture.Verbs.SurfaceVerbs!.Blocks.Single(b => b.Name == "DONATE").Patterns[0].Sequence!.After[0].Element;
        Assert.Contains("SWISS FRANCS", cash.Alternatives.Select(a => string.Join(' ', a)));
        Assert.Contains("DOLLARS", cash.Alternatives.Select(a => string.Join(' ', a)));

        var heavily = Fixture.Verbs.SurfaceVerbs!.Blocks.Single(b => b.Name == "CRITICIZE").Patterns[0].Sequence!;
        Assert.True(heavily.Before[0].Adjacent); // "HEAVILY_*": right before the verb

        var agree = Fixture.Verbs.SurfaceVerbs!.Blocks.Single(b => b.Name == "AGREE").Patterns[0];
        Assert.Equal("030", agree.Code);
        Assert.Equal("030", agree.ReciprocalCode);
        Assert.Equal(ActorMarkerKind.Compound, ((ActorMarker)agree.Sequence!.Before[0].Element).Kind);
    }

    [Fact]
    public void Tabari_connectors_tie_words_in_the_written_order()
    {
        var path = Write("t.verbs.txt", "--- GO [010] ---\nGO\n- SUGGESTED_+ * DEMAND_NOW LATER [011]\n- IN_ * [012]\n- *_OUT [013]\n");
        var patterns = PetrarchDictionaries.LoadDirectory(path).Verbs.SurfaceVerbs!.Blocks[0].Patterns;
        var first = patterns[0].Sequence!;
        Assert.Equal("SUGGESTED_+ * DEMAND_NOW LATER", first.ToString());
        Assert.True(first.Before[0].Adjacent);   // SUGGESTED touches the target
        Assert.False(first.Before[1].Adjacent);  // the target need not touch the verb
        Assert.False(first.After[0].Adjacent);
        Assert.True(first.After[1].Adjacent);    // NOW right after DEMAND
        Assert.False(first.After[2].Adjacent);
        // "XXX_ " is TABARI's open match: the same as a blank.
        Assert.False(patterns[1].Sequence!.Before[0].Adjacent);
        Assert.True(patterns[2].Sequence!.After[0].Adjacent);
    }

    [Fact]
    public void Petrarch2_phrase_patterns_read_as_words_in_order()
    {
        var d = PetrarchDictionaries.LoadDirectory(Path.Combine(TestPaths.Fixtures, "petrarch-cameo2"));
        var block = Assert.Single(d.Verbs.SurfaceVerbs!.Blocks);
        Assert.Null(block.Code);
        var supplies = block.Patterns.Single(p => p.Code == "073").Sequence!;
        Assert.Equal("* RELIEF SUPPLIES TO +", supplies.ToString());
        var troops = block.Patterns.Single(p => p.Code == "154").Sequence!;
        Assert.Equal("&MILITARY * TO BORDER", troops.ToString());
        Assert.Contains("TROOPS", ((SequenceWords)troops.Before[0].Element).Alternatives.Select(a => a[0]));
        Assert.Single(d.Transformations);
    }

    [Fact]
    public void Actors_take_the_first_dated_code_that_covers_the_date_else_the_default()
    {
        var firefly = Fixture.Lexicon.Actors.Single(a => a.Name.StartsWith("RUFUS", StringComparison.Ordinal));
        Assert.Equal("FREGOV", firefly.CodeOn(new DateOnly(1933, 6, 1)));
        Assert.Equal("FREELI", firefly.CodeOn(new DateOnly(1940, 1, 1)));
        Assert.Equal("FRE", firefly.CodeOn(new DateOnly(1920, 1, 1)));
        Assert.Equal("FRE", firefly.CodeOn(null));
        var sylvania = Fixture.Lexicon.Actors.Single(a => a.Name == "SYLVANIA");
        Assert.Equal(["SYLVANIA", "SYLVANIAN"], sylvania.Phrases.Select(p => p.ToString()));
    }

    [Fact]
    public void Actor_dates_may_be_two_digit_years_and_codeless_entries_share_the_next_codes()
    {
        var path = Write("a.actors.txt", "OLD_NAME_\nNEW_NAME [NEW]\nGONE\n\t[OLD < 950601]\n\t[MID 950601 - 19990815]\n\t[LATE >990816]\nKEPT [A#B] # '#' after a non-blank is not a comment\n");
        Write("a.verbs.txt", "--- GO [010] ---\nGO\n");
        var actors = PetrarchDictionaries.LoadDirectory(path).Lexicon.Actors;
        Assert.Equal("NEW", actors.Single(a => a.Name == "OLD_NAME").CodeOn(null));
        var gone = actors.Single(a => a.Name == "GONE");
        // Bounds are inclusive and the first restriction listed wins: 1 June 1995 is still OLD.
        Assert.Equal("OLD", gone.CodeOn(new DateOnly(1995, 6, 1)));
        Assert.Equal("MID", gone.CodeOn(new DateOnly(1995, 6, 2)));
        Assert.Equal("LATE", gone.CodeOn(new DateOnly(2001, 1, 1)));
        // No date at all: the latest dated code is the best guess.
        Assert.Equal("LATE", gone.CodeOn(null));
        Assert.Equal("A#B", actors.Single(a => a.Name == "KEPT").CodeOn(null));
    }

    [Fact]
    public void Agents_are_suffixes_or_prefixes_with_plurals_and_substitutions()
    {
        var agents = Fixture.Lexicon.Agents;
        var minister = agents.Where(a => a.Code == "GOV" && a.Phrase.Words[0] == "MINISTERS").ToList();
        Assert.NotEmpty(minister);
        Assert.False(minister[0].Prefix);
        Assert.True(agents.Single(a => a.Phrase.ToString() == "RIGHTS_GROUP").Prefix);
        Assert.DoesNotContain(agents, a => a.Phrase.ToString() == "POLICES"); // {}: no plural
        Assert.Contains(agents, a => a.Phrase.ToString() == "CONGRESSWOMEN" && a.Code == "LEG");
        Assert.DoesNotContain(agents, a => a.Phrase.ToString().Contains('!'));
    }

    [Fact]
    public void Discards_match_stems_unless_the_whole_word_is_required()
    {
        var lexicon = Fixture.Lexicon;
        Assert.True(lexicon.FindDiscard(["THE", "BASEBALLS", "WERE", "LOST"]) is { WholeStory: false });
        Assert.True(lexicon.FindDiscard(["AT", "THE", "WORLD", "CUP", "FINAL"]) is { WholeStory: true });
        Assert.Null(lexicon.FindDiscard(["THE", "GAMES", "BEGAN"]));
        Assert.NotNull(lexicon.FindDiscard(["THE", "GAME", "BEGAN"]));
    }

    [Fact]
    public void Petrarch_directories_are_told_from_dragoman_ones()
    {
        Assert.True(PetrarchDictionaries.IsPetrarchDirectory(PetrarchHarness.Directory));
        Assert.True(PetrarchDictionaries.IsPetrarchDirectory(Path.Combine(TestPaths.Fixtures, "petrarch-cameo2")));
        Assert.False(PetrarchDictionaries.IsPetrarchDirectory(TestPaths.FixtureDictionaries));
        Assert.NotNull(CodingDictionaries.LoadDirectory(PetrarchHarness.Directory).Petrarch);
        Assert.Null(CodingDictionaries.LoadDirectory(TestPaths.FixtureDictionaries).Petrarch);
    }

    [Theory]
    [InlineData("x.verbs.txt", "- * TALKS [031]\n--- TALK [030] ---\nTALK\n", 1, "pattern-outside-block")]
    [InlineData("x.verbs.txt", "--- TALK [030] ---\nTALK\n- * TALKS [031\n", 3, "bad-pattern")]
    [InlineData("x.verbs.txt", "--- TALK [030] ---\nTALK\n- TALKS [031]\n", 3, "bad-pattern")]
    [InlineData("x.verbs.txt", "--- TALK [030 ---\nTALK\n", 1, "bad-block")]
    [InlineData("x.actors.txt", "\t[ABC]\nFOO [FOO]\n", 1, "orphan-code")]
    [InlineData("x.actors.txt", "FOO [FOO\n", 1, "bad-code")]
    public void Malformed_files_fail_to_load_naming_file_and_line(string name, string content, int line, string code)
    {
        if (!name.EndsWith(".verbs.txt", StringComparison.Ordinal))
        {
            Write("ok.verbs.txt", "--- GO [010] ---\nGO\n");
        }
        var path = Write(name, content);
        var e = Assert.Throws<DictionaryFormatException>(() => PetrarchDictionaries.LoadDirectory(path));
        var error = Assert.Single(e.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
        Assert.EndsWith(name, error.File);
        Assert.Contains($"{name}:{line}: error:", e.Message);
    }

    [Fact]
    public void Patterns_petrarch_skips_are_warnings_and_the_rest_loads()
    {
        var path = Write("x.verbs.txt", "--- TALK [030] ---\nTALK\n- * &NOWHERE [031]\n- * (TO BORDER)) [032]\n- * TALKS [033]\n");
        var d = PetrarchDictionaries.LoadDirectory(path);
        Assert.Equal(2, d.Diagnostics.Count(x => x.Code == "skipped-pattern"));
        Assert.Equal("033", Assert.Single(d.Verbs.SurfaceVerbs!.Blocks[0].Patterns).Code);
    }

    [Fact]
    public void A_directory_without_verbs_is_not_loadable()
    {
        var path = Write("x.actors.txt", "FOO [FOO]\n");
        var e = Assert.Throws<DictionaryFormatException>(() => PetrarchDictionaries.LoadDirectory(path));
        Assert.Equal("no-verbs", Assert.Single(e.Errors).Code);
    }
}
