using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dragoman.Documents;
using Dragoman.Evaluation;

namespace Dragoman.Cli.Commands;

/// <summary><c>dragoman eval plover --records FILE [--dictionaries DIR] [--format json]</c>: scores PLOVER gold records.</summary>
public static class EvalPloverCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliIO io)
    {
        var records = new Option<string>("--records") { Description = "PLOVER gold-standard records (a JSON array).", Required = true };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Dictionary directory to use instead of the bundled dictionaries." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var errors = new Option<bool>("--errors") { Description = "List the records coded wrongly." };
        var command = new Command("plover", "Run PLOVER gold records through the default pipeline; report event_accuracy, source_country_accuracy, target_country_accuracy.")
        {
            records, dictionaries, format, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(dictionaries), parse.GetValue(format)!, parse.GetValue(errors), io));
        return command;
    }

    private static int Run(string path, string? dictionaries, string format, bool listErrors, CliIO io)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: no such file");
        }
        if (dictionaries is not null && !Directory.Exists(dictionaries))
        {
            throw new CliUsageException($"--dictionaries '{dictionaries}': no such directory");
        }
        List<PloverRecord> records;
        try
        {
            records = PloverEvaluation.Read(File.ReadAllText(path), path);
        }
        catch (FormatException e)
        {
            throw new CliUsageException(e.Message);
        }
        var engine = EngineCache.Get(new EngineOptions { DictionaryDirectory = dictionaries });
        var scores = PloverEvaluation.Score(records, r => engine.Process(new Article { Id = r.Id, Text = r.Text, Date = r.Date }));
        var c = CultureInfo.InvariantCulture;
        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("records", scores.Records);
                w.WriteNumber("event_accuracy", scores.EventAccuracy);
                w.WriteNumber("source_country_accuracy", scores.SourceCountryAccuracy);
                w.WriteNumber("target_country_accuracy", scores.TargetCountryAccuracy);
                w.WriteNumber("event_any_accuracy", scores.EventAnyAccuracy);
                w.WriteNumber("coverage", scores.Coverage);
                w.WriteStartObject("by_type");
                foreach (var (type, (total, correct)) in scores.ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.WriteStartObject(type);
                    w.WriteNumber("records", total);
                    w.WriteNumber("correct", correct);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            io.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            io.Out.WriteLine(string.Create(c, $"records                  {scores.Records}"));
            io.Out.WriteLine(string.Create(c, $"event_accuracy           {scores.EventAccuracy:F1} %   (any coded event: {scores.EventAnyAccuracy:F1} %, coverage {scores.Coverage:F1} %)"));
            io.Out.WriteLine(string.Create(c, $"source_country_accuracy  {scores.SourceCountryAccuracy:F1} %"));
            io.Out.WriteLine(string.Create(c, $"target_country_accuracy  {scores.TargetCountryAccuracy:F1} %"));
            foreach (var (type, (total, correct)) in scores.ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                io.Out.WriteLine(string.Create(c, $"  {type,-10} {correct,3}/{total,-3}"));
            }
        }
        if (listErrors)
        {
            foreach (var (record, predicted, source, target) in scores.Outcomes.Where(o => o.Predicted != o.Record.Event))
            {
                io.Error.WriteLine($"{record.Id}\tgold {record.Event} {string.Join('+', record.SourceCodes)}>{string.Join('+', record.TargetCodes)}\tgot {predicted ?? "-"} {source ?? "-"}>{target ?? "-"}\t{record.Text}");
            }
        }
        return ExitCodes.Ok;
    }
}
