using System.CommandLine;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Nlp.Training;
using Dragoman.Text;

namespace Dragoman.Cli.Commands;

/// <summary>
/// <c>dragoman train tagger|parser|ner [--data DIR] [--out FILE] [--epochs N] [--seed N]</c>:
/// rebuilds a model file from the NLP data directory (default ../shared/nlp). Training is
/// deterministic: with the defaults it reproduces the shipped file under data/models.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the <c>train</c> command with its subcommands.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("train", "Rebuild an NLP model file from the treebanks (deterministic).");
        command.Subcommands.Add(TaggerCommand(io));
        command.Subcommands.Add(ParserCommand(io));
        command.Subcommands.Add(NerCommand(io));
        return command;
    }

    private static Option<string?> DataOption() => new("--data")
    {
        Description = "NLP data directory holding ud-ewt/ and uner-ewt/ (default: ../shared/nlp beside the repository).",
    };

    private static Option<string?> OutOption(string fileName) => new("--out", "-o")
    {
        Description = $"Model file to write (default: data/models/{fileName} in the repository).",
    };

    private static Option<int?> EpochsOption() => new("--epochs")
    {
        Description = "Training passes (default: the shipped model's).",
    };

    private static Option<ulong?> SeedOption() => new("--seed")
    {
        Description = "Seed of the training shuffles (default: the shipped model's).",
    };

    internal static string ResolveData(string? data) =>
        NlpPaths.RequireDirectory(data ?? NlpPaths.DefaultDataDirectory(), "--data");

    internal static List<ConlluSentence> ReadTreebank(string directory, string file) =>
        EvalCommand.ReadConllu(Path.Combine(directory, "ud-ewt", file));

    private static Command TaggerCommand(CliIO io)
    {
        var data = DataOption();
        var output = OutOption(PosTagger.FileName);
        var epochs = EpochsOption();
        var seed = SeedOption();
        var command = new Command("tagger", "Train the tagger and lemmatiser on UD English EWT (dev picks the epoch).") { data, output, epochs, seed };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new TaggerTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
            };
            var train = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var dev = ReadTreebank(directory, "en_ewt-ud-dev.conllu");
            var tagger = TaggerTrainer.Train(train, dev, options, io.Error);
            var path = parse.GetValue(output) ?? NlpPaths.DefaultModelPath(PosTagger.FileName);
            tagger.Save(path);
            io.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    // Jackknifed tags for training the parser and the recogniser: 5 folds, taggers of 8 passes.
    private const int JackknifeFolds = 5;
    private const int JackknifeEpochs = 8;

    private static Option<string?> TaggerOption() => new("--tagger")
    {
        Description = "Tagger model that tags the dev data (default: the shipped one).",
    };

    private static Command ParserCommand(CliIO io)
    {
        var data = DataOption();
        var output = OutOption(DependencyParser.FileName);
        var epochs = EpochsOption();
        var seed = SeedOption();
        var tagger = TaggerOption();
        var command = new Command("parser", "Train the dependency parser on UD English EWT with jackknifed tags (dev picks the epoch).") { data, output, epochs, seed, tagger };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new ParserTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
            };
            var posTagger = EvalCommand.LoadModel(parse.GetValue(tagger), PosTagger.Load, () => PosTagger.Default);
            var train = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var dev = ReadTreebank(directory, "en_ewt-ud-dev.conllu");
            var tags = TaggerTrainer.Jackknife(train, JackknifeFolds, JackknifeEpochs, new TaggerTrainingOptions(), io.Error);
            var trainSet = train.Select((s, i) => new TaggedSentence(s, tags[i].Xpos, tags[i].Upos)).ToList();
            var devSet = dev.Select(s =>
            {
                var t = posTagger.Tag(s.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray());
                return new TaggedSentence(s, t.Select(x => x.Xpos).ToArray(), t.Select(x => x.Upos).ToArray());
            }).ToList();
            var parser = ParserTrainer.Train(trainSet, devSet, options, io.Error);
            var path = parse.GetValue(output) ?? NlpPaths.DefaultModelPath(DependencyParser.FileName);
            parser.Save(path);
            io.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command NerCommand(CliIO io)
    {
        var data = DataOption();
        var output = OutOption(EntityRecognizer.FileName);
        var epochs = EpochsOption();
        var seed = SeedOption();
        var tagger = TaggerOption();
        var noGazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without the actor-dictionary gazetteer features." };
        var command = new Command("ner", "Train the entity recogniser on Universal NER English EWT (dev picks the epoch).") { data, output, epochs, seed, tagger, noGazetteer };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new NerTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
                Gazetteer = parse.GetValue(noGazetteer) ? null : ActorGazetteer.Bundled,
            };
            var posTagger = EvalCommand.LoadModel(parse.GetValue(tagger), PosTagger.Load, () => PosTagger.Default);
            var treebank = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var train = ReadEntities(Path.Combine(directory, "uner-ewt", "en_ewt-ud-train.EARLY-2022-12-02.iob2"));
            var dev = ReadEntities(Path.Combine(directory, "uner-ewt", "en_ewt-ud-dev.iob2"));
            // UNER's sentences are EWT's: each is tagged by the fold tagger that did not see it.
            var folds = TaggerTrainer.TrainFolds(treebank, JackknifeFolds, JackknifeEpochs, new TaggerTrainingOptions(), io.Error);
            var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < treebank.Count; i++)
            {
                if (treebank[i].Id is { } id)
                {
                    indexOf.TryAdd(id, i);
                }
            }
            var trainSet = train.Select((s, j) =>
            {
                var fold = (s.Id is not null && indexOf.TryGetValue(s.Id, out var i) ? i : j) % JackknifeFolds;
                return new NerSentence(s, folds[fold].Tag(s.Tokens.Select(Tokenizer.Normalize).ToArray()).Select(t => t.Xpos).ToArray());
            }).ToList();
            var devSet = dev.Select(s => new NerSentence(s, posTagger.Tag(s.Tokens.Select(Tokenizer.Normalize).ToArray()).Select(t => t.Xpos).ToArray())).ToList();
            var recognizer = NerTrainer.Train(trainSet, devSet, options, io.Error);
            var path = parse.GetValue(output) ?? NlpPaths.DefaultModelPath(EntityRecognizer.FileName);
            recognizer.Save(path);
            io.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<IobSentence> ReadEntities(string path)
    {
        NlpPaths.RequireFile(path, "--data");
        try
        {
            return IobReader.ReadFile(path);
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"--data '{path}': {e.Message}");
        }
    }

    internal static int CheckEpochs(int epochs) =>
        epochs is >= 1 and <= 100 ? epochs : throw new CliUsageException($"--epochs {epochs}: must be between 1 and 100");
}
