using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Evaluation.Petrarch;
using Dragoman.Pipeline;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman eval petrarch --records FILE --dictionaries DIR [--parser given|own] [--parses FILE] [--format text|json]</c>:
/// codes PETRARCH validation records and reports sentences coded exactly and triple precision,
/// recall and F1, in total and per category; records marked valid="false" are reported apart.
/// </summary>
public static class EvalPetrarchCommand
{
    /// <summary>Where the parses come from.</summary>
    public enum ParserChoice
    {
        /// <summary>The parse given in each record (Penn tree or CoNLL-U).</summary>
        Given,
        /// <summary>Dragoman's own tokeniser, tagger and parser, run on each record's text.</summary>
        Own,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var records = new Option<string>("--records") { Description = "PETRARCH validation records (XML).", Required = true };
        var dictionaries = new Option<string>("--dictionaries")
        {
            Description = "Dictionary directory (PETRARCH format, or Dragoman's layout).",
            Required = true,
        };
        var parser = new Option<ParserChoice>("--parser")
        {
            Description = "given: code each record's own parse; own: re-tokenise and parse the text with Dragoman's models.",
            DefaultValueFactory = _ => ParserChoice.Given,
        };
        var parses = new Option<string?>("--parses")
        {
            Description = "Take each record's parse from this records file instead (same id, '-' and '_' alike, and same text), e.g. the UDPipe copy; records without one are left out.",
        };
        var format = EvalCommand.FormatOption();
        var command = new Command("petrarch", "Score event coding on PETRARCH validation records.") { records, dictionaries, parser, parses, format };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(dictionaries)!, parse.GetValue(parser), parse.GetValue(parses), parse.GetValue(format), io));
        return command;
    }

    private static int Run(string recordsPath, string dictionaryDir, ParserChoice parser, string? parsesPath, EvalCommand.ScoreFormat format, CliIO io)
    {
        if (!File.Exists(recordsPath))
        {
            throw new CliUsageException($"--records '{recordsPath}': no such file");
        }
        if (!Directory.Exists(dictionaryDir))
        {
            throw new CliUsageException($"--dictionaries '{dictionaryDir}': no such directory");
        }
        if (parsesPath is not null && !File.Exists(parsesPath))
        {
            throw new CliUsageException($"--parses '{parsesPath}': no such file");
        }
        if (parsesPath is not null && parser == ParserChoice.Own)
        {
            throw new CliUsageException("--parses and --parser own exclude each other");
        }
        var records = ReadRecords(recordsPath);
        var unmatched = 0;
        if (parsesPath is not null)
        {
            var all = records.Count;
            records = PetrarchRecordReader.WithParsesFrom(records, ReadRecords(parsesPath));
            unmatched = all - records.Count;
        }
        var dictionaries = CodingDictionaries.LoadDirectory(dictionaryDir);
        var evaluator = new PetrarchEvaluator(dictionaries, parser == ParserChoice.Own ? OwnAnalysis() : null);
        var evaluation = evaluator.Evaluate(records);
        if (format == EvalCommand.ScoreFormat.Json)
        {
            io.Out.WriteLine(Json(evaluation, recordsPath, dictionaryDir, parser, parsesPath, unmatched));
        }
        else
        {
            WriteText(io.Out, evaluation, recordsPath, parser);
            if (parsesPath is not null)
            {
                io.Out.WriteLine($"parses       {parsesPath}: {unmatched} record(s) left out (no record there with the same id and text)");
            }
        }
        return ExitCodes.Ok;
    }

    private static List<PetrarchRecord> ReadRecords(string path)
    {
        try
        {
            return PetrarchRecordReader.Read(path);
        }
        catch (FormatException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>The default engine's analysis stages (everything before coding); they must parse.</summary>
    private static DocumentPipeline OwnAnalysis()
    {
        var engine = EngineCache.Get(new EngineOptions());
        const Layers analysisLayers = Layers.Sentences | Layers.Tokens | Layers.Tags | Layers.Parse | Layers.Entities;
        var stages = engine.Pipeline.Stages.TakeWhile(s => (s.Produces & ~analysisLayers) == Layers.None).ToList();
        var pipeline = new DocumentPipeline(stages);
        if ((pipeline.Produces & Layers.Parse) == 0)
        {
            throw new CliUsageException("--parser own needs Dragoman's trained tagger and parser, which this build does not have (no stage produces a dependency parse; see docs/nlp-models.md)");
        }
        try
        {
            // Models load on first use: try them once here, so a missing or damaged model stops the run in one line.
            pipeline.Run(new Article { Id = "probe", Text = "Freedonia restored ties with Sylvania." });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CliUsageException($"--parser own needs Dragoman's trained tagger and parser models, which could not be loaded: {e.Message}");
        }
        return pipeline;
    }

    private static string Pct(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string Frac(double v) => v.ToString("F4", CultureInfo.InvariantCulture);

    private static void WriteText(TextWriter output, PetrarchEvaluation e, string recordsPath, ParserChoice parser)
    {
        output.WriteLine($"records      {recordsPath} (parser: {parser.ToString().ToLowerInvariant()})");
        output.WriteLine($"{"category",-14} {"sentences",9} {"exact",6} {"exact %",8} {"P",7} {"R",7} {"F1",7}");
        void Row(string name, PetrarchScore s) =>
            output.WriteLine($"{name,-14} {s.Sentences,9} {s.Exact,6} {Pct(s.ExactPercent),8} {Frac(s.Precision),7} {Frac(s.Recall),7} {Frac(s.F1),7}");
        foreach (var (category, score) in e.Categories)
        {
            Row(category.Length == 0 ? "(none)" : category, score);
        }
        Row("TOTAL", e.Total);
        if (e.Invalid.Sentences > 0)
        {
            Row("invalid", e.Invalid);
        }
        var misses = e.Results.Where(r => r.Record.Valid && !r.Exact).ToList();
        if (misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("not exact:");
            foreach (var r in misses)
            {
                var expected = r.Record.Expected.IsEmpty ? "(none)" : string.Join("; ", r.Record.Expected);
                var predicted = r.Predicted.IsEmpty ? "(none)" : string.Join("; ", r.Predicted);
                output.WriteLine($"  {r.Record.Id}: expected {expected} | coded {predicted}{(r.Problem is null ? "" : " | " + r.Problem)}");
            }
        }
    }

    private static string Json(PetrarchEvaluation e, string recordsPath, string dictionaryDir, ParserChoice parser, string? parsesPath, int unmatched)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("records", recordsPath);
            json.WriteString("dictionaries", dictionaryDir);
            json.WriteString("parser", parser.ToString().ToLowerInvariant());
            if (parsesPath is not null)
            {
                json.WriteString("parses", parsesPath);
                json.WriteNumber("records_without_matching_parse", unmatched);
            }
            WriteScore(json, e.Total);
            json.WriteStartObject("categories");
            foreach (var (category, score) in e.Categories)
            {
                json.WriteStartObject(category);
                WriteScore(json, score);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("invalid");
            WriteScore(json, e.Invalid);
            json.WriteStartObject("categories");
            foreach (var (category, score) in e.InvalidCategories)
            {
                json.WriteStartObject(category);
                WriteScore(json, score);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("mismatches");
            foreach (var r in e.Results.Where(r => !r.Exact))
            {
                json.WriteStartObject();
                json.WriteString("id", r.Record.Id);
                json.WriteString("category", r.Record.Category);
                json.WriteBoolean("valid", r.Record.Valid);
                WriteTriples(json, "expected", r.Record.Expected);
                WriteTriples(json, "coded", r.Predicted);
                if (r.Problem is not null)
                {
                    json.WriteString("problem", r.Problem);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteScore(Utf8JsonWriter json, PetrarchScore s)
    {
        json.WriteNumber("sentences_total", s.Sentences);
        json.WriteNumber("sentences_exact", s.Exact);
        json.WriteNumber("sentences_exact_pct", Math.Round(s.ExactPercent, 2));
        json.WriteNumber("precision", Math.Round(s.Precision, 4));
        json.WriteNumber("recall", Math.Round(s.Recall, 4));
        json.WriteNumber("f1", Math.Round(s.F1, 4));
        json.WriteNumber("triples_true_positive", s.TruePositives);
        json.WriteNumber("triples_false_positive", s.FalsePositives);
        json.WriteNumber("triples_false_negative", s.FalseNegatives);
    }

    private static void WriteTriples(Utf8JsonWriter json, string name, IEnumerable<EventTriple> triples)
    {
        json.WriteStartArray(name);
        foreach (var t in triples)
        {
            json.WriteStartObject();
            json.WriteString("source", t.Source);
            json.WriteString("target", t.Target);
            json.WriteString("event", t.Event);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
