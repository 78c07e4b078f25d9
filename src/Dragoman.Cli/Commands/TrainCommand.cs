using System.CommandLine;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Tagging;
using Dragoman.Nlp.Training;

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

    internal static int CheckEpochs(int epochs) =>
        epochs is >= 1 and <= 100 ? epochs : throw new CliUsageException($"--epochs {epochs}: must be between 1 and 100");
}
