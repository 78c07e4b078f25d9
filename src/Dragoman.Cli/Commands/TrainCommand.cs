using System.CommandLine;
using Dragoman.Coding.Dictionaries;
using Dragoman.Nlp;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Internal;
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
        command.Subcommands.Add(ClustersCommand(io));
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

    private static Option<int?> AugmentOption() => new("--news-augmentation")
    {
        Description = "Add a news-shaped copy ('Russia on Saturday hosted…') of every N-th eligible training sentence; 0 adds none (default: the shipped model's).",
    };

    private static Option<string?> ClustersOption(string byDefault) => new("--clusters")
    {
        Description = $"Word clusters for cluster features: a file, 'shipped' (data/models/clusters.bin) or 'none' (default: {byDefault}).",
    };


    internal static WordClusters? ResolveClusters(string? value, bool byDefault = true) => value switch
    {
        null => byDefault ? WordClusters.Default : null,
        "none" => null,
        "shipped" => WordClusters.Default,
        _ => WordClusters.Load(NlpPaths.RequireFile(value, "--clusters")),
    };

    internal static string ResolveData(string? data) =>
        NlpPaths.RequireDirectory(data ?? NlpPaths.DefaultDataDirectory(), "--data");

    internal static List<ConlluSentence> ReadTreebank(string directory, string file) =>
        EvalCommand.ReadConllu(Path.Combine(directory, "ud-ewt", file));

    private static Command ClustersCommand(CliIO io)
    {
        var data = DataOption();
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Unlabelled news corpus: a directory of .txt articles (default: ../shared/corpora/bbc-news beside the repository).",
        };
        var output = OutOption(WordClusters.FileName);
        var clusters = new Option<int?>("--clusters") { Description = "Number of fine clusters (default 1024)." };
        var iterations = new Option<int?>("--iterations") { Description = "Exchange passes over the words (default 20)." };
        var command = new Command("clusters", "Learn word clusters from unlabelled text: EWT train's words and a news corpus (exchange algorithm).") { data, corpus, output, clusters, iterations };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var corpusDirectory = NlpPaths.RequireDirectory(
                parse.GetValue(corpus) ?? Path.GetFullPath(Path.Combine(directory, "..", "corpora", "bbc-news")), "--corpus");
            var options = new ClusterTrainingOptions();
            options = options with
            {
                Clusters = parse.GetValue(clusters) is { } c
                    ? (c is >= 16 and <= 4096 ? c : throw new CliUsageException($"--clusters {c}: must be between 16 and 4096"))
                    : options.Clusters,
                Iterations = parse.GetValue(iterations) is { } i ? CheckEpochs(i) : options.Iterations,
            };
            // Only training text: EWT train (never dev or test) and the news corpus.
            var treebank = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var sentences = new List<IReadOnlyList<string>>();
            sentences.AddRange(treebank.Select(s => s.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray()));
            var files = CorpusArticles(corpusDirectory);
            foreach (var file in files)
            {
                foreach (var line in File.ReadLines(file))
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }
                    var tokens = Tokenizer.Tokenize(line);
                    sentences.Add(tokens.Select(t => Tokenizer.Normalize(line[t.Start..t.End])).ToArray());
                }
            }
            var sources = new Dictionary<string, string>
            {
                ["treebank"] = "en_ewt-ud-train.conllu",
                ["corpus"] = $"{Path.GetFileName(corpusDirectory.TrimEnd('/'))} ({files.Count} files)",
            };
            var result = ClusterTrainer.Train(sentences, options, sources, io.Error);
            var path = parse.GetValue(output) ?? NlpPaths.DefaultModelPath(WordClusters.FileName);
            result.Save(path);
            io.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {result.Count:N0} words)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command TaggerCommand(CliIO io)
    {
        var data = DataOption();
        var output = OutOption(PosTagger.FileName);
        var epochs = EpochsOption();
        var seed = SeedOption();
        var clusters = ClustersOption("shipped, as the shipped tagger");
        var augment = AugmentOption();
        var folds = new Option<int?>("--folds")
        {
            Description = "Train a second, stacked pass that also sees the first pass's tags to the right, on first-pass tags jackknifed over N folds; 0 trains one pass (default 5, as the shipped tagger).",
        };
        var share = new Option<double?>("--second-share")
        {
            Description = "Largest share of the scored words the second pass may re-tag (those the first pass is least sure of); dev picks the share up to this (default 0.3).",
        };
        var secondPrune = new Option<double?>("--second-prune")
        {
            Description = "Drop the second pass's averaged weights below this (default: the first pass's threshold, 0.5, as the shipped tagger).",
        };
        var command = new Command("tagger", "Train the tagger and lemmatiser on UD English EWT (dev picks the epoch).") { data, output, epochs, seed, clusters, augment, folds, share, secondPrune };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new TaggerTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
                Clusters = ResolveClusters(parse.GetValue(clusters), byDefault: true),
                NewsAugmentation = CheckAugmentation(parse.GetValue(augment) ?? options.NewsAugmentation),
                Folds = parse.GetValue(folds) is { } k
                    ? (k is 0 or (>= 2 and <= 20) ? k : throw new CliUsageException($"--folds {k}: must be 0 or between 2 and 20"))
                    : options.Folds,
                SecondShare = parse.GetValue(share) is { } q
                    ? (q is > 0 and <= 1 ? q : throw new CliUsageException($"--second-share {q}: must be above 0 and at most 1"))
                    : options.SecondShare,
                SecondPrune = parse.GetValue(secondPrune) is { } sp
                    ? (sp is >= 0 and <= 100 ? sp : throw new CliUsageException($"--second-prune {sp}: must be between 0 and 100"))
                    : options.SecondPrune,
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
        var clusters = ClustersOption("none, as the shipped parser");
        var augment = AugmentOption();
        var ensemble = new Option<int?>("--ensemble") { Description = "Parsers trained with consecutive seeds and added into one model (default: the shipped model's)." };
        var jackknifeClusters = new Option<string?>("--jackknife-clusters")
        {
            Description = "Word clusters of the jackknife taggers that tag the training data: a file, 'shipped' or 'none' (default: those of --clusters).",
        };
        var command = new Command("parser", "Train the dependency parser on UD English EWT with jackknifed tags (dev picks the epoch).") { data, output, epochs, seed, tagger, clusters, augment, ensemble, jackknifeClusters };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new ParserTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
            };
            var wordClusters = ResolveClusters(parse.GetValue(clusters), byDefault: false);
            options = options with
            {
                Clusters = wordClusters,
                NewsAugmentation = CheckAugmentation(parse.GetValue(augment) ?? options.NewsAugmentation),
                Ensemble = parse.GetValue(ensemble) is { } members
                    ? (members is >= 1 and <= 8 ? members : throw new CliUsageException($"--ensemble {members}: must be between 1 and 8"))
                    : options.Ensemble,
            };
            var posTagger = EvalCommand.LoadModel(parse.GetValue(tagger), PosTagger.Load, () => PosTagger.Default);
            var train = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var dev = ReadTreebank(directory, "en_ewt-ud-dev.conllu");
            var foldClusters = parse.GetValue(jackknifeClusters) is { } j ? ResolveClusters(j) : wordClusters;
            var tags = TaggerTrainer.Jackknife(train, JackknifeFolds, JackknifeEpochs, new TaggerTrainingOptions { Clusters = foldClusters }, io.Error);
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
        var clusters = ClustersOption("shipped");
        var ensemble = new Option<int?>("--ensemble") { Description = "Recognisers trained with consecutive seeds and added into one model (default: the shipped model's)." };
        var memory = new Option<bool?>("--document-memory") { Description = "Features of what the model labelled earlier in the document (default: the shipped model's)." };
        var memoryDropout = new Option<double?>("--memory-dropout") { Description = "With document memory, the share of training sentences decoded without it (default: the shipped model's)." };
        var lexicon = new Option<string?>("--lexicon") { Description = "Directory of the reference lists the name lexicon is built from (gazetteers/geonames, reference/petrarch/dictionaries), or 'none' (default: the parent of --data, as the shipped model)." };
        var wordDropout = new Option<double?>("--word-dropout") { Description = "The share of capitalised training words whose form is hidden in each pass (default: the shipped model's)." };
        var crossValidate = new Option<int?>("--cross-validate") { Description = "Instead of training: K-fold cross-validation on the training set, folds by document, --epochs passes each (writes no model)." };
        var selfTrain = new Option<string?>("--self-train") { Description = "Also train on the articles (.txt) of this directory as the shipped models read them (self-training)." };
        var selfTrainEvery = new Option<int?>("--self-train-every") { Description = "With --self-train, use every N-th article (default 1)." };
        var command = new Command("ner", "Train the entity recogniser on Universal NER English EWT (dev picks the epoch).") { data, output, epochs, seed, tagger, noGazetteer, clusters, ensemble, memory, memoryDropout, lexicon, wordDropout, crossValidate, selfTrain, selfTrainEvery };
        command.SetAction(parse =>
        {
            var directory = ResolveData(parse.GetValue(data));
            var options = new NerTrainingOptions();
            options = options with
            {
                Epochs = CheckEpochs(parse.GetValue(epochs) ?? options.Epochs),
                Seed = parse.GetValue(seed) ?? options.Seed,
                Gazetteer = parse.GetValue(noGazetteer) ? null : ActorGazetteer.Bundled,
                Ensemble = parse.GetValue(ensemble) is { } members
                    ? (members is >= 1 and <= 8 ? members : throw new CliUsageException($"--ensemble {members}: must be between 1 and 8"))
                    : options.Ensemble,
                DocumentMemory = parse.GetValue(memory) ?? options.DocumentMemory,
                MemoryDropout = parse.GetValue(memoryDropout) is { } p
                    ? (p is >= 0 and < 1 ? p : throw new CliUsageException($"--memory-dropout {p}: must be at least 0 and below 1"))
                    : options.MemoryDropout,
                WordDropout = parse.GetValue(wordDropout) is { } q
                    ? (q is >= 0 and < 1 ? q : throw new CliUsageException($"--word-dropout {q}: must be at least 0 and below 1"))
                    : options.WordDropout,
            };
            // The lexicon's lists: by default the shared directory the training data is in.
            var lexiconValue = parse.GetValue(lexicon);
            var lexiconDirectory = lexiconValue == "none"
                ? null
                : NlpPaths.RequireDirectory(lexiconValue ?? Path.GetDirectoryName(Path.GetFullPath(directory))!, "--lexicon");
            var selfTrainDirectory = parse.GetValue(selfTrain) is { } selfTrainValue ? NlpPaths.RequireDirectory(selfTrainValue, "--self-train") : null;
            var every = parse.GetValue(selfTrainEvery) is { } n
                ? (n is >= 1 and <= 1000 ? n : throw new CliUsageException($"--self-train-every {n}: must be between 1 and 1000"))
                : 1;
            var posTagger = EvalCommand.LoadModel(parse.GetValue(tagger), PosTagger.Load, () => PosTagger.Default);
            var treebank = ReadTreebank(directory, "en_ewt-ud-train.conllu");
            var train = ReadEntities(Path.Combine(directory, "uner-ewt", "en_ewt-ud-train.EARLY-2022-12-02.iob2"));
            var dev = ReadEntities(Path.Combine(directory, "uner-ewt", "en_ewt-ud-dev.iob2"));
            // UNER's sentences are EWT's: each is tagged by the fold tagger that did not see it.
            var wordClusters = ResolveClusters(parse.GetValue(clusters));
            var nameLexicon = lexiconDirectory is null ? null : ReferenceNames.Build(lexiconDirectory, ActorDictionary.Bundled, io.Error);
            options = options with { Clusters = wordClusters, Lexicon = nameLexicon };
            // The fold taggers are trained as the shipped tagger is (without clusters).
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
            if (selfTrainDirectory is not null)
            {
                var articles = CorpusArticles(selfTrainDirectory).Where((_, i) => i % every == 0).Select(f => (f, File.ReadAllText(f)));
                var labelled = SelfTraining.Label(articles, NlpAnnotator.Default);
                io.Error.WriteLine($"self-training: {labelled.Count} sentences, {labelled.Sum(s => s.Gold.Entities.Length)} entities");
                trainSet.AddRange(labelled);
            }
            if (parse.GetValue(crossValidate) is { } k)
            {
                NerTrainer.CrossValidate(trainSet, k is >= 2 and <= 20 ? k : throw new CliUsageException($"--cross-validate {k}: must be between 2 and 20"), options, io.Error);
                return ExitCodes.Ok;
            }
            var devSet = dev.Select(s => new NerSentence(s, posTagger.Tag(s.Tokens.Select(Tokenizer.Normalize).ToArray()).Select(t => t.Xpos).ToArray())).ToList();
            var recognizer = NerTrainer.Train(trainSet, devSet, options, io.Error);
            var path = parse.GetValue(output) ?? NlpPaths.DefaultModelPath(EntityRecognizer.FileName);
            recognizer.Save(path);
            io.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The .txt articles of an unlabelled corpus directory, its README left out, in ordinal order.
    private static List<string> CorpusArticles(string directory) =>
        Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();

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

    private static int CheckAugmentation(int every) =>
        every is >= 0 and <= 1000 ? every : throw new CliUsageException($"--news-augmentation {every}: must be between 0 and 1000");

    internal static int CheckEpochs(int epochs) =>
        epochs is >= 1 and <= 100 ? epochs : throw new CliUsageException($"--epochs {epochs}: must be between 1 and 100");
}
