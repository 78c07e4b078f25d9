using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Evaluation;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman eval &lt;component&gt; --data FILE [--format text|json]</c>: scores a component against
/// gold data. Scores are percentages (0–100) rounded to two decimals; JSON output is one object.
/// Each component is a subcommand built by a factory in <see cref="Subcommands"/>; add a sibling by
/// adding a factory there (for example <c>eval petrarch</c>) and reporting through <see cref="Report"/>.
/// </summary>
public static class EvalCommand
{
    /// <summary>Output formats of <c>eval</c>.</summary>
    public enum ScoreFormat
    {
        /// <summary>One "name value" line per score.</summary>
        Text,
        /// <summary>One JSON object.</summary>
        Json,
    }

    /// <summary>The subcommand factories, in help order.</summary>
    private static readonly Func<CliIO, Command>[] Subcommands =
    [
        TaggerCommand,
        ParserCommand,
        NerCommand,
        TokenizerCommand,
        EvalPloverCommand.Create,
        EvalPetrarchCommand.Create,
    ];

    /// <summary>Builds the <c>eval</c> command with its subcommands.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("eval", "Score a component against gold data (percentages).");
        foreach (var factory in Subcommands)
        {
            command.Subcommands.Add(factory(io));
        }
        return command;
    }

    /// <summary>The <c>--data FILE</c> option every subcommand takes.</summary>
    public static Option<string> DataOption(string description) => new("--data")
    {
        Description = description,
        Required = true,
    };

    /// <summary>The <c>--format</c> option every subcommand takes.</summary>
    public static Option<ScoreFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => ScoreFormat.Text,
    };

    /// <summary>The optional <c>--model FILE</c> option: score a model file instead of the shipped one.</summary>
    public static Option<string?> ModelOption() => new("--model")
    {
        Description = "Model file to score instead of the one shipped in the library.",
    };

    /// <summary>Writes named scores as text lines or one JSON object, in the given order.</summary>
    public static void Report(CliIO io, ScoreFormat format, IEnumerable<(string Name, double Value)> scores)
    {
        if (format == ScoreFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                foreach (var (name, value) in scores)
                {
                    json.WriteNumber(name, Math.Round(value, 2));
                }
                json.WriteEndObject();
            }
            io.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            foreach (var (name, value) in scores)
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {Math.Round(value, 2)}"));
            }
        }
        io.Out.Flush();
    }

    /// <summary>Reads a CoNLL-U file, turning format errors into a one-line usage error.</summary>
    internal static List<ConlluSentence> ReadConllu(string path)
    {
        NlpPaths.RequireFile(path, "--data");
        try
        {
            return ConlluReader.ReadFile(path);
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"--data '{path}': {e.Message}");
        }
    }

    internal static T LoadModel<T>(string? path, Func<string, T> load, Func<T> shipped)
    {
        if (path is null)
        {
            return shipped();
        }
        NlpPaths.RequireFile(path, "--model");
        try
        {
            return load(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliUsageException($"--model '{path}': {e.Message}");
        }
    }

    private static Command TaggerCommand(CliIO io)
    {
        var data = DataOption("Gold CoNLL-U file (gold tokenisation).");
        var format = FormatOption();
        var model = ModelOption();
        var command = new Command("tagger", "Part-of-speech and lemma accuracy: upos, xpos, lemma (words: count).") { data, format, model };
        command.SetAction(parse =>
        {
            var sentences = ReadConllu(parse.GetValue(data)!);
            var tagger = LoadModel(parse.GetValue(model), PosTagger.Load, () => PosTagger.Default);
            var score = TaggerEvaluation.Evaluate(tagger, sentences);
            Report(io, parse.GetValue(format), [("upos", score.Upos), ("xpos", score.Xpos), ("lemma", score.Lemma), ("words", score.Words)]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ParserCommand(CliIO io)
    {
        var data = DataOption("Gold CoNLL-U file (gold tokenisation; tags are predicted by the tagger).");
        var format = FormatOption();
        var model = ModelOption();
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model file to predict tags with instead of the shipped one." };
        var command = new Command("parser", "Attachment scores on predicted tags: uas, las (universal relations), las_full (with subtypes).") { data, format, model, tagger };
        command.SetAction(parse =>
        {
            var sentences = ReadConllu(parse.GetValue(data)!);
            var posTagger = LoadModel(parse.GetValue(tagger), PosTagger.Load, () => PosTagger.Default);
            var parser = LoadModel(parse.GetValue(model), DependencyParser.Load, () => DependencyParser.Default);
            var score = ParserEvaluation.Evaluate(posTagger, parser, sentences);
            Report(io, parse.GetValue(format), [("uas", score.Uas), ("las", score.Las), ("las_full", score.LasFull), ("upos", score.Upos), ("words", score.Words)]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command NerCommand(CliIO io)
    {
        var data = DataOption("Gold entity file: Universal NER (IOB2 columns) or CoNLL-2003 (IOB1 or IOB2, tag last).");
        var format = FormatOption();
        var model = ModelOption();
        var noGazetteer = new Option<bool>("--no-gazetteer") { Description = "Run without the actor-dictionary gazetteer." };
        var errors = new Option<bool>("--errors") { Description = "Also list, on standard error, every sentence whose predicted entities differ from the gold ones." };
        var command = new Command("ner", "Entity precision, recall and F1 (exact span and type; PER, ORG, LOC; GPE counts as LOC).") { data, format, model, noGazetteer, errors };
        command.SetAction(parse =>
        {
            var path = NlpPaths.RequireFile(parse.GetValue(data)!, "--data");
            List<IobSentence> sentences;
            try
            {
                sentences = IobReader.ReadFile(path);
            }
            catch (FormatException e)
            {
                throw new CliUsageException($"--data '{path}': {e.Message}");
            }
            var recognizer = LoadModel(parse.GetValue(model), EntityRecognizer.Load, () => EntityRecognizer.Default);
            var gazetteer = parse.GetValue(noGazetteer) ? null : ActorGazetteer.Bundled;
            var score = EntityEvaluation.Evaluate(PosTagger.Default, recognizer, sentences, gazetteer);
            if (parse.GetValue(errors))
            {
                ListErrors(io, recognizer, sentences, gazetteer);
            }
            var byType = score.ByType.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => new[]
            {
                ($"{t.Key.ToLowerInvariant()}_precision", t.Value.Predicted == 0 ? 0 : 100.0 * t.Value.Correct / t.Value.Predicted),
                ($"{t.Key.ToLowerInvariant()}_recall", t.Value.Gold == 0 ? 0 : 100.0 * t.Value.Correct / t.Value.Gold),
                ($"{t.Key.ToLowerInvariant()}_gold", (double)t.Value.Gold),
            });
            Report(io, parse.GetValue(format), [("precision", score.Precision), ("recall", score.Recall), ("f1", score.F1), ("gold", score.Gold), ("predicted", score.Predicted), .. byType]);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Every sentence whose predicted PER/ORG/LOC spans (GPE as LOC) differ from the gold ones.
    private static void ListErrors(CliIO io, EntityRecognizer recognizer, List<IobSentence> sentences, IEntityGazetteer? gazetteer)
    {
        string[] scored = ["PER", "ORG", "LOC"];
        var memory = EntityEvaluation.HasDocuments(sentences) ? new EntityMemory() : null;
        foreach (var s in sentences)
        {
            var forms = s.Tokens.Select(Tokenizer.Normalize).ToArray();
            var xpos = PosTagger.Default.Tag(forms).Select(t => t.Xpos).ToArray();
            var predicted = EntityEvaluation.Recognize(recognizer, memory, s, forms, xpos, gazetteer)
                .Select(p => p.Label == "GPE" ? p with { Label = "LOC" } : p).ToHashSet();
            var gold = s.Entities.Where(g => scored.Contains(g.Label)).ToHashSet();
            if (gold.SetEquals(predicted))
            {
                continue;
            }
            string Show(TokenSpan t) => $"[{string.Join(' ', s.Tokens[t.Start..t.End])}]{t.Label}";
            io.Error.WriteLine($"{s.Id}: {string.Join(' ', s.Tokens)}");
            io.Error.WriteLine($"  missed:   {string.Join("  ", gold.Except(predicted).Select(Show))}");
            io.Error.WriteLine($"  spurious: {string.Join("  ", predicted.Except(gold).Select(Show))}");
        }
    }

    private static Command TokenizerCommand(CliIO io)
    {
        var data = DataOption("Gold CoNLL-U file with '# text =' lines.");
        var format = FormatOption();
        var command = new Command("tokenizer", "Tokeniser precision, recall and F1 against a treebank's words.") { data, format };
        command.SetAction(parse =>
        {
            var score = TokenizerEvaluation.Evaluate(ReadConllu(parse.GetValue(data)!));
            Report(io, parse.GetValue(format), [("precision", score.Precision), ("recall", score.Recall), ("f1", score.F1), ("tokens", score.Gold)]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
