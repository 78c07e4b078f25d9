using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Evaluation.Petrarch;
using Dragoman.Pipeline;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman bench petrarch --records FILE --dictionaries DIR</c>: event-coding throughput on
/// pre-parsed PETRARCH records, on one thread. Two figures: coding documents already converted to
/// dependencies (actors and events), and converting the given parses too (Penn tree or CoNLL-U to
/// UD v2, then coding). Each run codes the record set <c>--repeat</c> times; the median run is reported.
/// </summary>
public static class PetrarchBenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var records = new Option<string>("--records") { Description = "PETRARCH validation records with parses (XML).", Required = true };
        var dictionaries = new Option<string>("--dictionaries") { Description = "Dictionary directory (PETRARCH format, or Dragoman's layout).", Required = true };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 5 };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the records in each run.", DefaultValueFactory = _ => 50 };
        var command = new Command("petrarch", "Code pre-parsed PETRARCH records on one thread and report sentences/s.") { records, dictionaries, runs, repeat };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(dictionaries)!, parse.GetValue(runs), parse.GetValue(repeat), io));
        return command;
    }

    private static int Run(string recordsPath, string dictionaryDir, int runs, int repeat, CliIO io)
    {
        if (!File.Exists(recordsPath))
        {
            throw new CliUsageException($"--records '{recordsPath}': no such file");
        }
        if (!Directory.Exists(dictionaryDir))
        {
            throw new CliUsageException($"--dictionaries '{dictionaryDir}': no such directory");
        }
        if (runs < 1 || repeat < 1)
        {
            throw new CliUsageException("--runs and --repeat must be at least 1");
        }
        List<PetrarchRecord> all;
        try
        {
            all = PetrarchRecordReader.Read(recordsPath);
        }
        catch (FormatException e)
        {
            throw new CliUsageException(e.Message);
        }
        var load = Stopwatch.StartNew();
        var dictionaries = CodingDictionaries.LoadDirectory(dictionaryDir);
        load.Stop();
        var pipelines = new Dictionary<SequenceCodingOptions, DocumentPipeline>();
        DocumentPipeline PipelineFor(SequenceCodingOptions o)
        {
            if (!pipelines.TryGetValue(o, out var p))
            {
                pipelines[o] = p = PetrarchEvaluator.CodingPipeline(dictionaries, o);
            }
            return p;
        }

        // Records whose parse cannot be read (deliberately broken ones) are left out of the timing.
        var inputs = new List<(PetrarchRecord Record, Doc Doc, DocumentPipeline Pipeline)>();
        foreach (var r in all)
        {
            try
            {
                inputs.Add((r, PetrarchEvaluator.FromParse(new Article { Id = r.Id, Text = r.Text, Date = r.Date }, r), PipelineFor(r.Options)));
            }
            catch (FormatException)
            {
            }
        }
        var sentences = inputs.Sum(i => i.Doc.Sentences.Length);
        var tokens = inputs.Sum(i => i.Doc.Tokens.Length);

        // Wall time (median run) and CPU time (median run): other work on a shared machine slows the
        // first but hardly the second, so the two together tell the coder's own speed.
        (double Wall, double Cpu) Median(Func<long> pass)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            long events = 0;
            using var process = Process.GetCurrentProcess();
            for (var run = 0; run <= runs; run++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                for (var k = 0; k < repeat; k++)
                {
                    events += pass();
                }
                clock.Stop();
                process.Refresh();
                if (run > 0)
                {
                    wall.Add(clock.Elapsed.TotalSeconds);
                    cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
                }
            }
            GC.KeepAlive(events);
            wall.Sort();
            cpu.Sort();
            return (wall[wall.Count / 2], cpu[cpu.Count / 2]);
        }

        var coding = Median(() => inputs.Sum(i => (long)i.Pipeline.Run(i.Doc).Events.Length));
        var withConversion = Median(() => inputs.Sum(i =>
            (long)i.Pipeline.Run(PetrarchEvaluator.FromParse(new Article { Id = i.Record.Id, Text = i.Record.Text, Date = i.Record.Date }, i.Record)).Events.Length));
        var c = CultureInfo.InvariantCulture;
        var perRun = (double)sentences * repeat;
        io.Out.WriteLine(string.Create(c, $"records          {recordsPath}: {inputs.Count} sentences with readable parses, {tokens} tokens ({all.Count - inputs.Count} left out)"));
        io.Out.WriteLine(string.Create(c, $"dictionaries     {dictionaryDir} (loaded in {load.Elapsed.TotalMilliseconds:F0} ms)"));
        io.Out.WriteLine(string.Create(c, $"runs             {runs} timed runs of {repeat} passes, one thread, median run"));
        io.Out.WriteLine(string.Create(c, $"coding           {perRun / coding.Wall:F0} sentences/s, {perRun / coding.Cpu:F0} per CPU-second ({1e6 * coding.Wall / perRun:F1} µs per sentence): actors and events on converted parses"));
        io.Out.WriteLine(string.Create(c, $"parse + coding   {perRun / withConversion.Wall:F0} sentences/s, {perRun / withConversion.Cpu:F0} per CPU-second ({1e6 * withConversion.Wall / perRun:F1} µs per sentence): reading the given parse, converting to UD v2, coding"));
        io.Out.WriteLine(string.Create(c, $"load average     {LoadAverage()}"));
        return ExitCodes.Ok;
    }

    /// <summary>The one-minute load average where the system reports it (Linux), else "n/a".</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
