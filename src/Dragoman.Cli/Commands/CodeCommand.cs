using System.CommandLine;
using System.Globalization;
using Dragoman.Documents;
using Dragoman.Ingest;
using Dragoman.Cli.Rendering;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman code PATH... [--date YYYY-MM-DD] [--format json|jsonl|table]</c>: codes articles.</summary>
public static class CodeCommand
{
    /// <summary>Output formats of <c>code</c>.</summary>
    public enum OutputFormat
    {
        /// <summary>JSON: indented for a single file, one object per line for several articles.</summary>
        Json,
        /// <summary>JSON Lines: always one object per line.</summary>
        Jsonl,
        /// <summary>A readable terminal rendering.</summary>
        Table,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files, directories (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date", "-d")
        {
            Description = "Article date (YYYY-MM-DD) for resolving relative dates; default: a date in the article's metadata or text.",
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => OutputFormat.Json,
        };
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Articles coded in parallel (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var tokens = new Option<bool>("--tokens")
        {
            Description = "Include every token with its tags and dependency in the JSON.",
        };
        var dictionaries = new Option<string?>("--dictionaries")
        {
            Description = "Directory of dictionaries (Dragoman or PETRARCH format) to use instead of the bundled ones.",
        };

        var command = new Command("code", "Code articles into actors, events, attributions, figures, dates and places.")
        {
            paths, date, format, threads, tokens, dictionaries,
        };
        command.SetAction(parse =>
        {
            var settings = new CodeSettings(
                parse.GetValue(paths) ?? [],
                ParseDate(parse.GetValue(date)),
                parse.GetValue(format),
                parse.GetValue(threads),
                parse.GetValue(tokens),
                parse.GetValue(dictionaries));
            return Execute(settings, io);
        });
        return command;
    }

    /// <summary>The resolved settings of one <c>code</c> run.</summary>
    public sealed record CodeSettings(string[] Paths, DateOnly? Date, OutputFormat Format, int Threads, bool IncludeTokens, string? DictionaryDirectory);

    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw new CliUsageException($"--date '{value}': not a valid date (expected YYYY-MM-DD)");
        }
        return d;
    }

    /// <summary>Runs the coder over every input, in input order, writing as it goes.</summary>
    public static int Execute(CodeSettings settings, CliIO io)
    {
        foreach (var path in settings.Paths)
        {
            if (path.Length > 1 && path[0] == '-' && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliUsageException($"unknown option '{path}' for 'code'");
            }
        }
        if (settings.Threads < 1)
        {
            throw new CliUsageException($"--threads {settings.Threads}: must be at least 1");
        }
        if (settings.DictionaryDirectory is { } dir && !Directory.Exists(dir))
        {
            throw new CliUsageException($"--dictionaries '{dir}': no such directory");
        }
        var engine = EngineCache.Get(new EngineOptions { DictionaryDirectory = settings.DictionaryDirectory });
        var reader = new ArticleReader(new ArticleReaderOptions { Date = settings.Date });
        var singleArticle = settings.Paths.Length == 1 && settings.Paths[0] != "-" && File.Exists(settings.Paths[0]);
        var writer = OutputWriter.Create(settings.Format, singleArticle, settings.IncludeTokens, io.Out);

        var failures = 0;
        var inputs = reader.Read(settings.Paths, io.In);
        var results = inputs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Min(settings.Threads, 64))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(input => Code(engine, input));
        foreach (var (input, doc, error) in results)
        {
            if (doc is not null)
            {
                writer.Write(doc);
            }
            else
            {
                failures++;
                io.Error.WriteLine($"dragoman: {input}: {error}");
            }
        }
        writer.Finish();
        io.Out.Flush();
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private static (string Input, Doc? Doc, string? Error) Code(Engine engine, IngestResult input)
    {
        if (input.Article is null)
        {
            return (input.Input, null, input.Message);
        }
        try
        {
            return (input.Input, engine.Process(input.Article), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One article's failure must not stop a corpus run: report it and go on.
            var detail = Environment.GetEnvironmentVariable("DRAGOMAN_DEBUG") is { Length: > 0 } ? e.ToString() : e.Message;
            return (input.Input, null, $"coding failed: {e.GetType().Name}: {detail}");
        }
    }
}

/// <summary>Engines are costly to build (dictionaries, models), so the process keeps one per option set.</summary>
internal static class EngineCache
{
    private static readonly Dictionary<EngineOptions, Engine> Engines = [];

    public static Engine Get(EngineOptions options)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue(options, out var engine))
            {
                engine = new Engine(options);
                Engines[options] = engine;
            }
            return engine;
        }
    }
}
