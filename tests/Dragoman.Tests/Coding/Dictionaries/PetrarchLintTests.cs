using Dragoman.Coding.Dictionaries;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>Lint of PETRARCH dictionaries: bad codes, duplicates, overlapping dates, shadowed patterns.</summary>
public class PetrarchLintTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-petrarch-lint-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private IReadOnlyList<DictionaryDiagnostic> Lint(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }
        return DictionaryLinter.LintDirectory(dir);
    }

    [Fact]
    public void The_fixture_dictionaries_are_clean()
    {
        Assert.Empty(DictionaryLinter.LintDirectory(PetrarchHarness.Directory));
    }

    [Fact]
    public void Patterns_an_earlier_one_always_matches_first_are_unreachable()
    {
        var found = Lint(("v.verbs.txt", """
            --- TALK [030] ---
            TALK
            - * WITH + [031]
            - * FRIENDLY WITH + [032]
            - * WITH_FRIENDS + [033]
            - IN_* [034]
            - IN SO_* [035]
            - * WITH + [031]
            """));
        var unreachable = found.Where(d => d.Code == "unreachable-pattern").Select(d => d.Line).ToList();
        // "* WITH +" matches whatever "* FRIENDLY WITH +" and "* WITH_FRIENDS +" do; "IN_*" does not cover "IN SO_*".
        Assert.Equal([4, 5], unreachable);
        Assert.Equal(8, Assert.Single(found, d => d.Code == "duplicate-pattern").Line);
        Assert.All(found, d => Assert.EndsWith("v.verbs.txt", d.File));
    }

    [Fact]
    public void Bad_codes_duplicates_and_overlapping_dates_are_reported_with_lines()
    {
        var found = Lint(
            ("v.verbs.txt", "--- TALK [03X] ---\nTALK\n"),
            ("a.actors.txt", "FOO [foo]\nBAR [BAR]\n+FOO\nBAZ\n\t[AAA 19900101-19951231]\n\t[BBB 19950101-19991231]\n"),
            ("g.agents.txt", "CHIEF [~GOV]\nCHIEF [~MIL]\n"));
        Assert.Contains(found, d => d.Code == "bad-code" && d.Line == 1 && d.File.EndsWith("v.verbs.txt", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "bad-code" && d.Line == 1 && d.File.EndsWith("a.actors.txt", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "duplicate-name" && d.Line == 2);
        Assert.Contains(found, d => d.Code == "overlapping-dates" && d.Line == 6);
        Assert.Contains(found, d => d.Code == "conflicting-agent" && d.Line == 2);
        Assert.DoesNotContain(found, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Malformed_lines_are_errors_in_lint_too()
    {
        var found = Lint(("v.verbs.txt", "--- TALK [030] ---\nTALK\n- * WITH + [031\n"));
        var error = Assert.Single(found, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, error.Line);
    }
}
