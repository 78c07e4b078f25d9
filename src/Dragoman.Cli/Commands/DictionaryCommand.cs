using System.CommandLine;
using Dragoman.Coding.Dictionaries;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman dictionary lint [DIR]</c>: checks dictionaries and reports problems with file and line;
/// <c>suggest</c>: unknown named entities in a corpus; <c>suggest-patterns</c>: verbs and event nouns
/// with actor participants that no event pattern codes.
/// </summary>
public static class DictionaryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("dictionary", "Work with actor, agent and event-pattern dictionaries.");
        command.Subcommands.Add(Lint(io));
        command.Subcommands.Add(Suggest(io));
        command.Subcommands.Add(SuggestPatterns(io));
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
        RequireInputs(paths);
        var engine = EngineCache.Get(new EngineOptions());
        var suggester = new DictionarySuggester(engine.Dictionaries.Actors);
        var failures = CodeCorpus(paths, engine, io, suggester.Add);
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

    private static Command SuggestPatterns(CliIO io)
    {
        var corpus = new Argument<string[]>("CORPUS") { Description = "Article files or directories (read recursively).", Arity = ArgumentArity.OneOrMore };
        var minimum = new Option<int>("--min-count") { Description = "Report predicates seen at least this often.", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit") { Description = "Report at most this many predicates.", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var dictionaries = new Option<string?>("--dictionaries") { Description = "A dictionary directory laid out like data/ to code with instead of the bundled one." };
        var command = new Command("suggest-patterns",
            "List verbs and event nouns whose subject (or possessor) and/or object are actors but that no event pattern codes, "
            + "or that only a generic pattern codes, with their typical dependents as candidate patterns and example sentences.")
        {
            corpus, minimum, limit, format, dictionaries,
        };
        command.SetAction(parse => RunSuggestPatterns(parse.GetValue(corpus)!, parse.GetValue(minimum), parse.GetValue(limit), parse.GetValue(format)!, parse.GetValue(dictionaries), io));
        return command;
    }

    private static int RunSuggestPatterns(string[] paths, int minimum, int limit, string format, string? dictionaries, CliIO io)
    {
        RequireInputs(paths);
        if (dictionaries is not null && !Directory.Exists(dictionaries))
        {
            throw new CliUsageException($"{dictionaries}: no such directory");
        }
        var engine = EngineCache.Get(new EngineOptions { DictionaryDirectory = dictionaries });
        var d = engine.Dictionaries;
        var finder = new PatternGapFinder(d.Patterns, d.Ontology, d.Discards);
        var failures = CodeCorpus(paths, engine, io, finder.Add);
        var gaps = finder.Gaps(Math.Max(1, minimum)).Take(Math.Max(1, limit)).ToList();
        if (format == "json")
        {
            static object Features(IReadOnlyList<GapFeature> features) => features.Select(f => new { value = f.Value, count = f.Count });
            io.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(gaps.Select(g => new
            {
                lemma = g.Lemma, kind = g.Kind == PredicateKind.Verb ? "verb" : "noun", status = g.Status.ToString().ToLowerInvariant(),
                count = g.Count, documents = g.Documents, with_source = g.WithSource, with_target = g.WithTarget,
                frames = Features(g.Frames), particles = Features(g.Particles), objects = Features(g.Objects),
                prepositions = Features(g.Prepositions), governors = Features(g.Governors),
                sources = Features(g.Sources), targets = Features(g.Targets), matched_pattern = g.MatchedPattern, examples = g.Examples,
            }), new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        }
        io.Out.WriteLine("count  docs  source  target  status     kind  lemma");
        foreach (var g in gaps)
        {
            io.Out.WriteLine($"{g.Count,5}  {g.Documents,4}  {g.WithSource,6}  {g.WithTarget,6}  {g.Status.ToString().ToLowerInvariant(),-9}  {(g.Kind == PredicateKind.Verb ? "verb" : "noun"),-4}  {g.Lemma}");
            if (g.MatchedPattern is not null)
            {
                io.Out.WriteLine($"        matched: {g.MatchedPattern}");
            }
            io.Out.WriteLine($"        frames: {string.Join("; ", g.Frames.Select(f => $"{f.Value} ({f.Count})"))}");
            if (g.Governors.Count > 0)
            {
                io.Out.WriteLine($"        governed by: {string.Join("; ", g.Governors.Select(f => $"{f.Value} ({f.Count})"))}");
            }
            foreach (var e in g.Examples.Take(2))
            {
                io.Out.WriteLine($"        e.g. {Shorten(e, 160)}");
            }
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private static void RequireInputs(string[] paths)
    {
        foreach (var p in paths)
        {
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                throw new CliUsageException($"{p}: no such file or directory");
            }
        }
    }

    /// <summary>Codes every article of a corpus in parallel and hands each document on; returns how many inputs failed (each reported in one line).</summary>
    private static int CodeCorpus(string[] paths, Engine engine, CliIO io, Action<Documents.Doc> add)
    {
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
            add(engine.Process(input.Article));
        });
        return failures;
    }

    private static string Shorten(string text, int length = 100) => text.Length <= length ? text : text[..(length - 3)] + "...";

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
