using System.Text.Json;
using Dragoman.Cli;

namespace Dragoman.Tests.Cli;

/// <summary>The command line: arguments, errors and exit codes (0 ok, 1 some inputs failed, 2 usage).</summary>
public class CliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Codes_a_file_to_json_with_the_documented_fields()
    {
        var path = Write("a.txt", "Russia criticised Israel on Thursday. Officials said 12 people were killed.");
        var (code, output, error) = Run("", "code", path, "--date", "2023-10-26");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var field in new[] { "article", "sentences", "actors", "events", "attributions", "figures", "dates" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field {field}");
        }
        Assert.Equal("2023-10-26", root.GetProperty("article").GetProperty("date").GetString());
        Assert.Equal(2, root.GetProperty("sentences").GetArrayLength());
        Assert.Equal("sentence", root.GetProperty("sentences")[0].GetProperty("kind").GetString());
        var dates = root.GetProperty("dates");
        Assert.Equal("2023-10-26", dates[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Several_articles_give_one_json_object_per_line_in_input_order()
    {
        var sub = Directory.CreateDirectory(Path.Combine(dir, "corpus")).FullName;
        File.WriteAllText(Path.Combine(sub, "b.txt"), "Second article text here.");
        File.WriteAllText(Path.Combine(sub, "a.txt"), "First article text here.");
        var (code, output, _) = Run("", "code", sub, "--format", "jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("a.txt", JsonDocument.Parse(lines[0]).RootElement.GetProperty("article").GetProperty("id").GetString());
    }

    [Fact]
    public void Reads_standard_input()
    {
        var (code, output, _) = Run("Hamas praised Russia.", "code", "-");
        Assert.Equal(0, code);
        Assert.Equal("-", JsonDocument.Parse(output).RootElement.GetProperty("article").GetProperty("id").GetString());
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it_and_exit_1()
    {
        var missing = Path.Combine(dir, "nope.txt");
        var (code, _, error) = Run("", "code", missing);
        Assert.Equal(1, code);
        Assert.Equal($"dragoman: {missing}: no such file or directory", error.Trim());
    }

    [Fact]
    public void A_binary_file_is_rejected_and_the_others_still_coded()
    {
        var binary = Path.Combine(dir, "x.bin");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3]);
        var good = Write("good.txt", "Russia praised Iran.");
        var (code, output, error) = Run("", "code", binary, good, "--format", "jsonl");
        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"dragoman: {binary}: binary file, not text", error.Trim());
    }

    [Fact]
    public void Empty_text_is_an_error()
    {
        var empty = Write("empty.txt", "  \n\n ");
        var (code, _, error) = Run("", "code", empty);
        Assert.Equal(1, code);
        Assert.Contains("empty article", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("yesterday")]
    [InlineData("26/10/2023")]
    public void A_bad_date_is_a_usage_error(string date)
    {
        var path = Write("a.txt", "Text.");
        var (code, output, error) = Run("", "code", path, "--date", date);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"dragoman: --date '{date}': not a valid date (expected YYYY-MM-DD)", error.Trim());
    }

    [Fact]
    public void Unknown_options_and_formats_are_usage_errors()
    {
        Assert.Equal(2, Run("", "code", "x.txt", "--format", "xml").Code);
        Assert.Equal(2, Run("", "code", "x.txt", "--frobnicate").Code);
        Assert.Equal(2, Run("", "code").Code);
        Assert.Equal(2, Run("", "no-such-command").Code);
    }

    [Fact]
    public void Table_output_lists_the_layers()
    {
        var path = Write("a.txt", "Officials said 12 people were killed on Thursday.");
        var (code, output, _) = Run("", "code", path, "--date", "2023-10-26", "--format", "table");
        Assert.Equal(0, code);
        Assert.Contains("Events", output);
        Assert.Contains("Figures", output);
        Assert.Contains("2023-10-26", output);
    }

    [Fact]
    public void Suggest_patterns_lists_uncoded_predicates_as_a_table_or_json()
    {
        var path = Write("gaps.txt", "Iran suspended air links with Britain on Monday. Iran suspended air links with Britain again on Tuesday.");
        var (code, table, _) = Run("", "dictionary", "suggest-patterns", path, "--min-count", "1");
        Assert.Equal(0, code);
        Assert.StartsWith("count  docs  source  target  status", table, StringComparison.Ordinal);
        var (jsonCode, output, _) = Run("", "dictionary", "suggest-patterns", path, "--min-count", "1", "--format", "json");
        Assert.Equal(0, jsonCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        foreach (var gap in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "lemma", "kind", "status", "count", "frames", "sources", "targets", "examples" })
            {
                Assert.True(gap.TryGetProperty(field, out _), $"missing field {field}");
            }
        }
        Assert.Equal(2, Run("", "dictionary", "suggest-patterns", Path.Combine(dir, "nope")).Code);
        Assert.Equal(2, Run("", "dictionary", "suggest-patterns", path, "--format", "xml").Code);
    }

    [Fact]
    public void A_malformed_dictionary_directory_fails_with_file_and_line()
    {
        var dicts = Directory.CreateDirectory(Path.Combine(dir, "dicts", "actors")).FullName;
        File.WriteAllText(Path.Combine(dicts, "bad.txt"), "country RUSSIA: Russia\n");
        var path = Write("a.txt", "Text.");
        var (code, _, error) = Run("", "code", path, "--dictionaries", Path.Combine(dir, "dicts"));
        Assert.Equal(2, code);
        Assert.Contains("bad.txt:1:", error);
        Assert.Single(error.Trim().Split('\n'));
    }
}
