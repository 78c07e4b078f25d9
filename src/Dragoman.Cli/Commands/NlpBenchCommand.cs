using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman bench nlp [--data FILE] [--runs N]</c>: one-core throughput of the NLP models
/// (tokenise + tag, parse, entities) over the sentence texts of a CoNLL-U file, as medians of
/// repeated runs after a warm-up, and the time and memory it takes to load the models.
/// </summary>
public static class NlpBenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var data = new Option<string?>("--data") { Description = "CoNLL-U file whose '# text' lines are the input (default: EWT dev and test from ../shared/nlp)." };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 5 };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model file to measure instead of the shipped one." };
        var command = new Command("nlp", "Measure the NLP models on one core: load time and memory, tokens/s for tag, parse, entities.") { data, runs, tagger };
        command.SetAction(parse => Run(parse.GetValue(data), parse.GetValue(runs), parse.GetValue(tagger), io));
        return command;
    }

    private static int Run(string? data, int runs, string? taggerFile, CliIO io)
    {
        if (runs < 1)
        {
            throw new CliUsageException($"--runs {runs}: must be at least 1");
        }
        var files = data is not null
            ? [NlpPaths.RequireFile(data, "--data")]
            : new[] { "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu" }.Select(f => NlpPaths.RequireFile(Path.Combine(NlpPaths.DefaultDataDirectory(), "ud-ewt", f), "--data")).ToArray();
        var texts = files.SelectMany(f => EvalCommand.ReadConllu(f)).Select(s => s.Text).OfType<string>().ToArray();

        // Load time and managed memory of fresh model instances (not the process-wide shared ones).
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        var cpuStart = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var tagger = taggerFile is null ? LoadShipped(PosTagger.FileName, PosTagger.Load) : PosTagger.Load(NlpPaths.RequireFile(taggerFile, "--tagger"));
        var taggerMs = clock.Elapsed.TotalMilliseconds;
        var parser = LoadShipped(DependencyParser.FileName, DependencyParser.Load);
        var parserMs = clock.Elapsed.TotalMilliseconds - taggerMs;
        var recognizer = LoadShipped(EntityRecognizer.FileName, EntityRecognizer.Load);
        var recognizerMs = clock.Elapsed.TotalMilliseconds - taggerMs - parserMs;
        var dictionary = Coding.Dictionaries.ActorDictionary.Bundled;
        var dictionaryMs = clock.Elapsed.TotalMilliseconds - taggerMs - parserMs - recognizerMs;
        var gazetteer = new ActorGazetteer(dictionary);
        clock.Stop();
        var gazetteerMs = clock.Elapsed.TotalMilliseconds - taggerMs - parserMs - recognizerMs - dictionaryMs;
        self.Refresh();
        var loadCpuMs = (self.TotalProcessorTime - cpuStart).TotalMilliseconds;
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var memoryMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
        GC.KeepAlive(tagger);

        // Tokenise every text once for the parse and entity timings.
        var sentences = new List<(string[] Forms, string[] Xpos, string[] Upos)>();
        var raw = new List<RawToken>();
        var tokenCount = 0L;
        foreach (var text in texts)
        {
            raw.Clear();
            Tokenizer.Tokenize(text, 0, text.Length, raw);
            var forms = raw.Select(t => Tokenizer.Normalize(text[t.Start..t.End])).ToArray();
            var tags = tagger.Tag(forms);
            sentences.Add((forms, tags.Select(t => t.Xpos).ToArray(), tags.Select(t => t.Upos).ToArray()));
            tokenCount += forms.Length;
        }
        var longest = sentences.Max(s => s.Forms.Length);
        var upos2 = new string[longest];
        var xpos2 = new string[longest];
        var heads = new int[longest];
        var relations = new string[longest];
        var forms2 = new string[longest];

        var tagRate = Median(runs, () =>
        {
            foreach (var text in texts)
            {
                raw.Clear();
                Tokenizer.Tokenize(text, 0, text.Length, raw);
                for (var i = 0; i < raw.Count; i++)
                {
                    forms2[i] = Tokenizer.Normalize(text.Substring(raw[i].Start, raw[i].End - raw[i].Start));
                }
                tagger.Tag(forms2.AsSpan(0, raw.Count), upos2, xpos2);
            }
        }, tokenCount);
        var parseRate = Median(runs, () =>
        {
            foreach (var (forms, xpos, upos) in sentences)
            {
                parser.Parse(forms, xpos, upos, heads, relations);
            }
        }, tokenCount);
        var entityRate = Median(runs, () =>
        {
            // A model with document memory keeps one per document: here, per 10 sentences.
            var memory = new EntityMemory();
            var k = 0;
            foreach (var (forms, xpos, _) in sentences)
            {
                if (k++ % 10 == 0)
                {
                    memory.Clear();
                }
                recognizer.Recognize(forms, xpos, gazetteer, memory);
            }
        }, tokenCount);

        var c = CultureInfo.InvariantCulture;
        io.Out.WriteLine(string.Create(c, $"input            {texts.Length} sentences, {tokenCount} tokens ({string.Join(", ", files.Select(Path.GetFileName))})"));
        io.Out.WriteLine(string.Create(c, $"models load      {loadMs:F0} ms wall, {loadCpuMs:F0} ms CPU, {memoryMb:F0} MB managed memory (tagger {taggerMs:F0} ms, parser {parserMs:F0}, entities {recognizerMs:F0}, actor dictionary {dictionaryMs:F0}, gazetteer {gazetteerMs:F0})"));
        io.Out.WriteLine(string.Create(c, $"tokenise + tag   {tagRate.Wall:F0} tokens/s, {tagRate.Cpu:F0} tokens per CPU-second (medians of {runs}, one thread)"));
        io.Out.WriteLine(string.Create(c, $"parse            {parseRate.Wall:F0} tokens/s, {parseRate.Cpu:F0} tokens per CPU-second"));
        io.Out.WriteLine(string.Create(c, $"entities         {entityRate.Wall:F0} tokens/s, {entityRate.Cpu:F0} tokens per CPU-second (with gazetteer)"));
        return ExitCodes.Ok;
    }

    private static T LoadShipped<T>(string fileName, Func<string, T> load)
    {
        // Read the embedded resource through a temporary file so that each bench gets a fresh instance.
        var assembly = typeof(PosTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream("data/models/" + fileName)
            ?? throw new CliUsageException($"model {fileName} is not embedded in the library");
        var path = Path.Combine(Path.GetTempPath(), $"dragoman-bench-{Environment.ProcessId}-{fileName}");
        try
        {
            using (var file = File.Create(path))
            {
                stream.CopyTo(file);
            }
            return load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Tokens per second, by the wall clock and per second of the process's CPU time (which a
    // machine shared with other work does not inflate): medians of the timed runs, after a warm-up.
    private static (double Wall, double Cpu) Median(int runs, Action work, long tokens)
    {
        work();
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            clock.Stop();
            process.Refresh();
            wall.Add(tokens / clock.Elapsed.TotalSeconds);
            cpu.Add(tokens / Math.Max(1e-6, (process.TotalProcessorTime - cpuBefore).TotalSeconds));
        }
        wall.Sort();
        cpu.Sort();
        return (wall[wall.Count / 2], cpu[cpu.Count / 2]);
    }
}
