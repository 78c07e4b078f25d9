using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Documents;
using Dragoman.Ingest;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman bench corpus DIR</c>: end-to-end throughput of the default pipeline over a corpus,
/// repeated to report a median, with the process's peak memory. Reading the files is timed apart.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var bench = new Command("bench", "Measure throughput (medians of repeated runs).");
        var directory = new Argument<string>("DIR") { Description = "A directory of articles (read recursively)." };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads", "-j") { Description = "Articles coded in parallel.", DefaultValueFactory = _ => 1 };
        var corpus = new Command("corpus", "Code every article of a directory and report articles/s, sentences/s and tokens/s.") { directory, runs, threads };
        corpus.SetAction(parse => RunCorpus(parse.GetValue(directory)!, parse.GetValue(runs), parse.GetValue(threads), io));
        bench.Subcommands.Add(corpus);
        bench.Subcommands.Add(NlpBenchCommand.Create(io));
        var codingDirectory = new Argument<string>("DIR") { Description = "A directory of articles (read recursively)." };
        var codingRuns = new Option<int>("--runs") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 5 };
        var coding = new Command("coding", "Time the coding stages alone (actors, dates, attributions, figures, discards, events) on articles already tokenised, tagged and parsed: sentences/s on one thread.")
        {
            codingDirectory, codingRuns,
        };
        coding.SetAction(parse => RunCoding(parse.GetValue(codingDirectory)!, parse.GetValue(codingRuns), io));
        bench.Subcommands.Add(coding);
        bench.Subcommands.Add(PetrarchBenchCommand.Create(io));
        return bench;
    }

    private static int RunCoding(string directory, int runs, CliIO io)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliUsageException($"{directory}: no such directory");
        }
        if (runs < 1)
        {
            throw new CliUsageException("--runs must be at least 1");
        }
        var engine = new Engine();
        var stages = engine.Pipeline.Stages;
        // The coding stages follow the text and nlp stages.
        var firstCoding = stages.ToList().FindIndex(s => s.Name == "actors");
        var parsed = new ArticleReader().Read([directory]).Where(r => r.Succeeded).Select(r =>
        {
            var doc = new Doc(r.Article!);
            for (var i = 0; i < firstCoding; i++)
            {
                doc = stages[i].Process(doc);
            }
            return doc;
        }).ToList();
        var sentences = parsed.Sum(d => d.Sentences.Length);
        var timings = new List<double>();
        var stageTicks = new long[stages.Length];
        long events = 0;
        for (var run = 0; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            long runEvents = 0;
            foreach (var doc in parsed)
            {
                var coded = doc;
                for (var i = firstCoding; i < stages.Length; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    coded = stages[i].Process(coded);
                    stageTicks[i] += Stopwatch.GetTimestamp() - started;
                }
                runEvents += coded.Events.Length;
            }
            clock.Stop();
            if (run > 0)
            {
                timings.Add(clock.Elapsed.TotalSeconds);
            }
            events = runEvents;
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        var c = CultureInfo.InvariantCulture;
        io.Out.WriteLine(string.Create(c, $"corpus        {directory}: {parsed.Count} articles, {sentences} sentences, {events} events"));
        io.Out.WriteLine(string.Create(c, $"runs          {string.Join(", ", timings.Select(t => t.ToString("F3", c)))} s (median {median:F3} s)"));
        io.Out.WriteLine(string.Create(c, $"coding        {sentences / median:F0} sentences/s, {parsed.Count / median:F0} articles/s on one thread, given parsed input"));
        var total = Math.Max(1, stageTicks.Sum());
        io.Out.WriteLine("stage shares  " + string.Join(", ", Enumerable.Range(firstCoding, stages.Length - firstCoding)
            .Select(i => string.Create(c, $"{stages[i].Name} {100.0 * stageTicks[i] / total:F0}%"))));
        return ExitCodes.Ok;
    }

    private static int RunCorpus(string directory, int runs, int threads, CliIO io)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliUsageException($"{directory}: no such directory");
        }
        if (runs < 1 || threads < 1)
        {
            throw new CliUsageException("--runs and --threads must be at least 1");
        }
        var load = Stopwatch.StartNew();
        var engine = new Engine();
        load.Stop();
        var reader = new ArticleReader();
        var read = Stopwatch.StartNew();
        var inputs = reader.Read([directory]).ToList();
        read.Stop();
        var articles = inputs.Where(i => i.Succeeded).Select(i => i.Article!).ToList();
        var failed = inputs.Count - articles.Count;

        var timings = new List<double>();
        long sentences = 0, tokens = 0, events = 0;
        var stages = engine.Pipeline.Stages;
        var stageTicks = new long[stages.Length];
        Doc Timed(Article article)
        {
            var doc = new Doc(article);
            for (var s = 0; s < stages.Length; s++)
            {
                var started = Stopwatch.GetTimestamp();
                doc = stages[s].Process(doc);
                Interlocked.Add(ref stageTicks[s], Stopwatch.GetTimestamp() - started);
            }
            return doc;
        }
        for (var run = 0; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var docs = threads == 1
                ? articles.Select(Timed).ToList()
                : articles.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(Timed).ToList();
            clock.Stop();
            if (run == 0)
            {
                sentences = docs.Sum(d => (long)d.Sentences.Length);
                tokens = docs.Sum(d => (long)d.Tokens.Length);
                events = docs.Sum(d => (long)d.Events.Length);
                continue; // warm-up
            }
            timings.Add(clock.Elapsed.TotalSeconds);
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var c = CultureInfo.InvariantCulture;
        io.Out.WriteLine(string.Create(c, $"corpus        {directory}"));
        io.Out.WriteLine(string.Create(c, $"articles      {articles.Count} ({failed} unreadable), {sentences} sentences, {tokens} tokens, {events} events"));
        io.Out.WriteLine(string.Create(c, $"threads       {threads}"));
        io.Out.WriteLine(string.Create(c, $"engine load   {load.Elapsed.TotalMilliseconds:F0} ms; reading files {read.Elapsed.TotalMilliseconds:F0} ms"));
        io.Out.WriteLine(string.Create(c, $"runs          {string.Join(", ", timings.Select(t => t.ToString("F2", c)))} s (median {median:F2} s)"));
        io.Out.WriteLine(string.Create(c, $"throughput    {articles.Count / median:F1} articles/s, {sentences / median:F0} sentences/s, {tokens / median:F0} tokens/s (median run)"));
        io.Out.WriteLine(string.Create(c, $"peak memory   {peakMb:F0} MB (process working set)"));
        var totalTicks = stageTicks.Sum();
        io.Out.WriteLine("stage shares  " + string.Join(", ", stages.Select((stage, i) => string.Create(c, $"{stage.Name} {100.0 * stageTicks[i] / Math.Max(1, totalTicks):F0}%"))));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
