using System.Text.Json;
using Dragoman.Cli;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Cli;

/// <summary>The PETRARCH commands: eval petrarch, code and lint with PETRARCH dictionaries, bench petrarch.</summary>
public class PetrarchCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-petrarch-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Records => Path.Combine(PetrarchHarness.Directory, "records.xml");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Eval_petrarch_json_has_the_documented_keys()
    {
        var (code, output, error) = Run("eval", "petrarch", "--records", Records, "--dictionaries", PetrarchHarness.Directory, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("sentences_total").GetInt32());
        Assert.Equal(5, root.GetProperty("sentences_exact").GetInt32());
        Assert.Equal(83.33, root.GetProperty("sentences_exact_pct").GetDouble());
        Assert.Equal(0.8, root.GetProperty("precision").GetDouble());
        Assert.Equal(0.8, root.GetProperty("recall").GetDouble());
        Assert.Equal(0.8, root.GetProperty("f1").GetDouble());
        Assert.Equal(3, root.GetProperty("categories").GetProperty("BASIC").GetProperty("sentences_total").GetInt32());
        Assert.Equal(1, root.GetProperty("invalid").GetProperty("sentences_total").GetInt32());
        Assert.Equal(1, root.GetProperty("invalid").GetProperty("categories").GetProperty("BASIC").GetProperty("sentences_total").GetInt32());
        Assert.Contains(root.GetProperty("mismatches").EnumerateArray(), m => m.GetProperty("id").GetString() == "WRONG-01");
    }

    [Fact]
    public void Eval_petrarch_text_lists_categories_total_and_misses()
    {
        var (code, output, _) = Run("eval", "petrarch", "--records", Records, "--dictionaries", PetrarchHarness.Directory);
        Assert.Equal(0, code);
        Assert.Contains("TOTAL", output);
        Assert.Contains("invalid", output);
        Assert.Contains("WRONG-01: expected GEN SYL 111 | coded FRE SYL 111", output);
    }

    [Fact]
    public void Eval_petrarch_can_take_parses_from_another_records_file()
    {
        var (code, output, _) = Run("eval", "petrarch", "--records", Records, "--dictionaries", PetrarchHarness.Directory, "--parses", Records, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("records_without_matching_parse").GetInt32());
    }

    [Theory]
    [InlineData("--records", "missing.xml")]
    [InlineData("--dictionaries", "missing-dir")]
    public void Eval_petrarch_reports_missing_inputs_in_one_line_with_exit_2(string option, string value)
    {
        var args = new List<string> { "eval", "petrarch", "--records", Records, "--dictionaries", PetrarchHarness.Directory };
        args[args.IndexOf(option) + 1] = Path.Combine(dir, value);
        var (code, _, error) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("dragoman: " + option, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Malformed_petrarch_dictionaries_stop_with_file_and_line()
    {
        File.WriteAllText(Path.Combine(dir, "bad.verbs.txt"), "--- TALK [030] ---\nTALK\n- * WITH + [031\n");
        var (code, _, error) = Run("eval", "petrarch", "--records", Records, "--dictionaries", dir);
        Assert.Equal(2, code);
        Assert.Contains("bad.verbs.txt:3: error:", error);
        Assert.Single(error.Trim().Split('\n'));
        var coded = Run("code", "-", "--dictionaries", dir);
        Assert.Equal(2, coded.Code);
    }

    [Fact]
    public void Code_accepts_petrarch_dictionaries()
    {
        var text = Path.Combine(dir, "a.txt");
        File.WriteAllText(text, "Freedonia visited Sylvania on Monday.");
        var (code, output, error) = Run("code", text, "--dictionaries", PetrarchHarness.Directory, "--date", "1995-01-02");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.TryGetProperty("events", out _));
    }

    [Fact]
    public void Lint_reads_petrarch_dictionaries_and_reports_shadowed_patterns()
    {
        File.WriteAllText(Path.Combine(dir, "t.verbs.txt"), "--- TALK [030] ---\nTALK\n- * WITH + [031]\n- * WITH_FRIENDS + [032]\n");
        var (code, output, error) = Run("dictionary", "lint", dir);
        Assert.Equal(0, code);
        Assert.Contains("t.verbs.txt:4: warning:", output);
        Assert.Contains("[unreachable-pattern]", output);
        Assert.Contains("0 error(s), 1 warning(s)", error);
    }

    [Fact]
    public void Bench_petrarch_reports_sentences_per_second()
    {
        var (code, output, _) = Run("bench", "petrarch", "--records", Records, "--dictionaries", PetrarchHarness.Directory, "--runs", "1", "--repeat", "2");
        Assert.Equal(0, code);
        Assert.Contains("sentences/s", output);
        Assert.Contains("6 sentences with readable parses", output);
    }
}
