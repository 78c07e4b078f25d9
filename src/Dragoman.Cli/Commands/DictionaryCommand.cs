using System.CommandLine;
using Dragoman.Coding.Dictionaries;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman dictionary lint [DIR]</c>: checks dictionaries and reports problems with file and line.</summary>
public static class DictionaryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("dictionary", "Work with actor, agent and event-pattern dictionaries.");
        command.Subcommands.Add(Lint(io));
        command.Subcommands.Add(Suggest(io));
        return command;
    }

    private static Command Suggest(CliIO io)
    {
        var corpus = new Argument<string[]>("CORPUS") { Description = "Article files or directories (read recursively).", Arity = ArgumentArity.OneOrMore };
        var minimum = new Option<int>("--min-count") { Description = "Report names seen at least this often.", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit") { Description = "Report at most this many names.", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table, json or dictionary (entries in Dragoman's format, ready to review and paste).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "dictionary");
        var suggest = new Command("suggest", "List named entities in a corpus that the dictionaries do not know, with a suggested code and contexts.")
        {
            corpus, minimum, limit, format,
        };
        suggest.SetAction(parse => RunSuggest(parse.GetValue(corpus)!, parse.GetValue(minimum), parse.GetValue(limit), parse.GetValue(format)!, io));
        return suggest;
    }

    private static int RunSuggest(string[] paths, int minimum, int limit, string format, CliIO io)
    {
        foreach (var p in paths)
        {
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                throw new CliUsageException($"{p}: no such file or directory");
            }
        }
        var engine = EngineCache.Get(new EngineOptions());
        var suggester = new DictionarySuggester(engine.Dictionaries.Actors);
        var failures = 0;
        new Dragoman.Ingest.ArticleReader().Read(paths, io.In).AsParallel().ForAll(input =>
        {
            if (input.Article is null)
            {
                Interlocked.Increment(ref failures);
                lock (io.Error)
                {
                    io.Error.WriteLine($"dragoman: {input}");
                }
                return;
            }
            suggester.Add(engine.Process(input.Article));
        });
        var suggestions = suggester.Suggestions(Math.Max(1, minimum)).Take(Math.Max(1, limit)).ToList();
        switch (format)
        {
            case "json":
                io.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(suggestions.Select(s => new
                {
                    name = s.Name, label = s.Label, count = s.Count, documents = s.Documents,
                    suggested_code = s.SuggestedCode, suggested_kind = s.SuggestedKind, contexts = s.Contexts,
                }), new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
            case "dictionary":
                foreach (var s in suggestions)
                {
                    io.Out.WriteLine($"# {s.Count} mentions in {s.Documents} articles, e.g. \"{Shorten(s.Contexts.FirstOrDefault() ?? "")}\"");
                    io.Out.WriteLine(s.SuggestedKind switch
                    {
                        "person" => $"person: {s.Name}" + (s.SuggestedCode is { } pc ? $"\n  country: {pc[..3]}\n  role: {pc} .. (role and dates to check)" : ""),
                        "place" => $"place {s.SuggestedCode?[..3] ?? "XXX"}: {s.Name}",
                        _ => $"{s.SuggestedKind} {s.SuggestedCode ?? "XXX"}: {s.Name}",
                    });
                    io.Out.WriteLine();
                }
                break;
            default:
                foreach (var s in suggestions)
                {
                    io.Out.WriteLine($"{s.Count,5}  {s.Documents,4}  {s.Label,-3}  {s.SuggestedCode ?? "-",-10}  {s.SuggestedKind,-6}  {s.Name}");
                }
                break;
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";

    private static Command Lint(CliIO io)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "A dictionary directory (Dragoman's actors/, verbs/, ontology/, or PETRARCH *.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt); default: the bundled dictionaries.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var warnings = new Option<bool>("--errors-only") { Description = "Report errors only, not warnings." };
        var lint = new Command("lint", "Report malformed lines, bad codes, duplicates, overlapping dates and unreachable patterns.") { directory, warnings };
        lint.SetAction(parse =>
        {
            var dir = parse.GetValue(directory);
            if (dir is not null && !Directory.Exists(dir))
            {
                throw new CliUsageException($"{dir}: no such directory");
            }
            var diagnostics = dir is null ? DictionaryLinter.LintBundled() : DictionaryLinter.LintDirectory(dir);
            var errorsOnly = parse.GetValue(warnings);
            var errors = 0;
            foreach (var d in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                }
                else if (errorsOnly)
                {
                    continue;
                }
                io.Out.WriteLine(d.ToString());
            }
            io.Error.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
            return errors == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return lint;
    }
}
