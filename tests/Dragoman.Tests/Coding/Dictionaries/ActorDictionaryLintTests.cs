using Dragoman.Coding.Dictionaries;
using Dragoman.Internal;

namespace Dragoman.Tests.Coding.Dictionaries;

public class ActorDictionaryLintTests
{
    private static IReadOnlyList<DictionaryDiagnostic> Lint(string content) =>
        DictionaryLinter.Lint([new DataFile("lint.txt", content)], [], []);

    private static DictionaryDiagnostic Only(string content, string code)
    {
        var found = Lint(content).Where(d => d.Code == code).ToList();
        return Assert.Single(found);
    }

    [Fact]
    public void A_place_name_on_two_current_states_is_ambiguous()
    {
        var d = Only("""
            country LBY: Libya
              capital: Tripoli (32.89, 13.19)
            country LBN: Lebanon
              capital: Beirut (33.89, 35.50)
              cities: Sidon (33.56, 35.37); Tripoli (34.44, 35.85)
            """, "ambiguous-place");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(5, d.Line);
        Assert.Contains("Tripoli", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_that_has_ended_may_share_its_capital_with_its_successor()
    {
        Assert.DoesNotContain(Lint("""
            country RUS: Russia
              capital: Moscow (55.76, 37.62)
              period: 1991-12-26..
            country SUN: Soviet Union
              capital: Moscow (55.76, 37.62)
              period: 1922-12-30..1991-12-25
            """), d => d.Code == "ambiguous-place");
    }

    [Fact]
    public void A_place_named_like_another_states_actor_is_reported()
    {
        var d = Only("""
            country JOR: Jordan
            country USA: United States
              cities: Jordan (40.0, -111.0)
            """, "place-actor-name");
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void A_place_named_like_its_own_state_is_fine()
    {
        Assert.DoesNotContain(Lint("""
            country DJI: Djibouti
              capital: Djibouti (11.59, 43.15)
            """), d => d.Code == "place-actor-name");
    }

    [Theory]
    [InlineData("country MDV: Maldives\n  capital: Male (4.18, 73.51)", 2)]
    [InlineData("country HRV: Croatia\n  cities: Split (43.51, 16.44)", 2)]
    [InlineData("org NGOXXX: Test\n  names: Freedom", 1)]
    [InlineData("place EUR: Europe\n  names: may", 1)]
    public void One_word_names_that_are_common_English_words_are_reported(string content, int line)
    {
        var d = Only(content, "common-word");
        Assert.Equal(line, d.Line);
    }

    [Theory]
    [InlineData("country USA: United States\n  names: US")]
    [InlineData("org IGOUNOWHO: World Health Organization\n  names: WHO")]
    [InlineData("country MDV: Maldives\n  capital: Malé (4.18, 73.51)")]
    [InlineData("place EUR: Europe\n  names: the West; May Day square")]
    public void Short_acronyms_and_phrases_are_not_common_words(string content) =>
        Assert.DoesNotContain(Lint(content), d => d.Code == "common-word");

    [Fact]
    public void An_agent_word_on_two_agents_is_reported()
    {
        var d = Only("""
            agent GOV: government
              words: official; spokesman
            agent MIL: military
              words: soldier; spokesmen
            """, "duplicate-agent-word");
        Assert.Equal(3, d.Line);
        Assert.Contains("spokesmen", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_countries_with_one_code_are_reported()
    {
        var d = Only("""
            country COD: Democratic Republic of the Congo
            country COD: Zaire
            """, "duplicate-country-code");
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void The_lint_command_prints_file_line_severity_message_and_code()
    {
        var dir = Directory.CreateTempSubdirectory("dragoman-lint-");
        try
        {
            var actors = Directory.CreateDirectory(Path.Combine(dir.FullName, "actors"));
            File.WriteAllText(Path.Combine(actors.FullName, "bad.txt"), "country RUS: Russia\n  period: soon\n  cities: Split (43.5, 16.4)\n");
            var diagnostics = DictionaryLinter.LintDirectory(dir.FullName);
            var lines = diagnostics.Select(d => d.ToString()).ToList();
            var file = Path.Combine(actors.FullName, "bad.txt");
            Assert.Contains(lines, l => l.StartsWith($"{file}:2: error: ", StringComparison.Ordinal) && l.EndsWith("[bad-date]", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"{file}:3: warning: ", StringComparison.Ordinal) && l.EndsWith("[common-word]", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public class RoleCodeLintTests
{
    private const string Defined = """
        country RUS: Russia
        country PSE: Palestine
        org IGONAT: NATO
        group PSEREBHMS: Hamas
          country: PSE

        """;

    [Theory]
    [InlineData("RUSGOV")]
    [InlineData("RUSGOVMIL")]
    [InlineData("RUSREL")]
    [InlineData("IGONAT")]
    [InlineData("IGONATGOV")]
    [InlineData("PSEREBHMS")]
    [InlineData("MEAGOV")]
    public void Codes_built_from_defined_parts_are_known(string code) =>
        Assert.DoesNotContain(DictionaryLinter.Lint([new Dragoman.Internal.DataFile("roles.txt", Defined + $"person: P\n  country: RUS\n  role: {code} 2000.. Post\n")], [], []),
            d => d.Code == "unknown-role-code");

    [Theory]
    [InlineData("IGOWSTNAT")]
    [InlineData("PSEREBPIJ")]
    [InlineData("RUSXYZ")]
    [InlineData("IMGREBISI")]
    public void Codes_naming_no_defined_organisation_or_group_are_reported(string code)
    {
        var found = DictionaryLinter.Lint([new Dragoman.Internal.DataFile("roles.txt", Defined + $"person: P\n  country: RUS\n  role: {code} 2000.. Post\n")], [], [])
            .Where(d => d.Code == "unknown-role-code").ToList();
        var d = Assert.Single(found);
        Assert.Equal(6, d.Line);
        Assert.Contains(code, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_persons_fallback_code_is_checked_too()
    {
        var found = DictionaryLinter.Lint([new Dragoman.Internal.DataFile("roles.txt", Defined + "person PSEREBPIJ: P\n  country: PSE\n")], [], []);
        Assert.Contains(found, d => d.Code == "unknown-role-code" && d.Message.Contains("PSEREBPIJ", StringComparison.Ordinal));
    }
}
