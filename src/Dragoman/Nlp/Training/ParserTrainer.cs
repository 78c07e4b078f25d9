using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Evaluation;
using Dragoman.Nlp.Internal;
using Dragoman.Nlp.Parsing;
using Dragoman.Text;

namespace Dragoman.Nlp.Training;

/// <summary>Settings of parser training. The defaults reproduce the shipped model.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data; the pass that scores best on the dev data is kept.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the shuffles and of exploration.</summary>
    public ulong Seed { get; init; } = 20231026;

    /// <summary>Averaged weights smaller than this are dropped from the model file.</summary>
    public double Prune { get; init; } = 1.0;

    /// <summary>From this pass on, training follows the model's own (possibly wrong) transitions…</summary>
    public int ExploreFrom { get; init; } = 2;

    /// <summary>…with this probability; otherwise it follows the best zero-cost transition.</summary>
    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Word clusters for cluster features (stored in the model); null trains without them.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>
    /// Adds news-shaped copies of every n-th eligible training sentence (<see cref="NewsAugmentation"/>),
    /// with the tags of their originals; 0 adds none.
    /// </summary>
    public int NewsAugmentation { get; init; }

    /// <summary>
    /// Parsers trained with seeds Seed, Seed + 1, …, whose weights are added into one model (the
    /// sum of their scores: an ensemble at the cost of one model, pruned below <see cref="Prune"/>
    /// times the number of members); 1 trains a single parser.
    /// </summary>
    public int Ensemble { get; init; } = 1;
}

/// <summary>A training sentence for the parser: the gold tree with the tags the parser will see.</summary>
/// <param name="Gold">The gold sentence (heads and relations).</param>
/// <param name="Xpos">Predicted (jackknifed) Penn tags.</param>
/// <param name="Upos">Predicted (jackknifed) universal tags.</param>
public sealed record TaggedSentence(ConlluSentence Gold, string[] Xpos, string[] Upos);

/// <summary>Trains <see cref="DependencyParser"/> models.</summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains a parser on <paramref name="train"/> (trees made projective by lifting) with the dynamic
    /// oracle; after each pass the averaged model is scored on <paramref name="dev"/> and the best kept.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence>? dev, ParserTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ensemble <= 1)
        {
            return TrainOne(train, dev, options, log);
        }
        var members = new List<DependencyParser>();
        for (var k = 0; k < options.Ensemble; k++)
        {
            log?.WriteLine($"ensemble member {k + 1}/{options.Ensemble} (seed {options.Seed + (ulong)k})");
            members.Add(TrainOne(train, dev, options with { Seed = options.Seed + (ulong)k }, log));
        }
        var first = members[0];
        // The sum of the members' weights; a summed weight below Prune per member is dropped (the
        // members' own pruning leaves a model half again as large as one parser, slower to load).
        var sum = LinearModel.Build(first.Model.ClassCount, members.SelectMany(m => m.Model.Weights()), 0);
        var model = LinearModel.Build(first.Model.ClassCount, sum.Weights(), options.Prune * options.Ensemble);
        var merged = new DependencyParser(model, [.. first.Labels], ModelInfo.Empty, options.Clusters);
        var trained = first.Info.Trained.SetItem("ensemble", options.Ensemble.ToString(CultureInfo.InvariantCulture))
            .SetItem("best_epoch", string.Join(",", members.Select(m => m.Info.Trained["best_epoch"])))
            .SetItem("features", model.FeatureCount.ToString(CultureInfo.InvariantCulture))
            .SetItem("weights", model.WeightCount.ToString(CultureInfo.InvariantCulture));
        var scores = ImmutableSortedDictionary.Create<string, double>(StringComparer.Ordinal);
        if (dev is not null)
        {
            var score = ParserEvaluation.Evaluate(merged, dev.Select(d => (d.Gold, d.Gold.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray(), d.Xpos, d.Upos)));
            log?.WriteLine($"ensemble of {options.Ensemble}: dev uas {score.Uas:F2} las {score.Las:F2} (with subtypes {score.LasFull:F2}), {model.FeatureCount} features");
            scores = scores.Add("dev.uas", score.Uas).Add("dev.las", score.Las).Add("dev.las_full", score.LasFull);
        }
        return new DependencyParser(model, [.. first.Labels], new ModelInfo(trained, scores), options.Clusters);
    }

    private static DependencyParser TrainOne(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence>? dev, ParserTrainingOptions options, TextWriter? log)
    {
        var clock = Stopwatch.StartNew();
        if (options.NewsAugmentation > 0)
        {
            var copies = Training.NewsAugmentation.Augment(train.Select(t => t.Gold).ToList(), options.NewsAugmentation);
            train = [.. train, .. copies.Select(c =>
            {
                var original = train[c.Original];
                string[] xpos = c.Inserted == 1 ? ["NN"] : ["IN", "NNP"];
                string[] upos = c.Inserted == 1 ? ["NOUN"] : ["ADP", "PROPN"];
                return new TaggedSentence(c.Sentence, Training.NewsAugmentation.Insert(original.Xpos, c.At, xpos), Training.NewsAugmentation.Insert(original.Upos, c.At, upos));
            })];
            log?.WriteLine($"news augmentation: {copies.Count} copies");
        }
        var labelList = train.SelectMany(s => s.Gold.Words).Select(w => w.Relation).Append("root")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labelList.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var rootLabel = labelIndex["root"];
        var labels = labelList.Length;
        var transitions = 1 + (2 * labels);

        var forms = new string[train.Count][];
        var goldHeads = new int[train.Count][];
        var goldLabels = new int[train.Count][];
        var lifted = 0;
        for (var s = 0; s < train.Count; s++)
        {
            var words = train[s].Gold.Words;
            forms[s] = words.Select(w => Tokenizer.Normalize(w.Form)).ToArray();
            var heads = Projectivizer.Lift(words.Select(w => w.Head).ToArray());
            lifted += heads.Where((h, i) => h != words[i].Head).Count();
            // The transition system's root is the word after the last.
            goldHeads[s] = heads.Select(h => h < 0 ? words.Length : h).ToArray();
            goldLabels[s] = words.Select(w => labelIndex[w.Relation]).ToArray();
        }
        var devForms = dev?.Select(s => s.Gold.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray()).ToArray();
        log?.WriteLine($"parser: {train.Count} sentences, {labels} labels, {lifted} arcs lifted to projectivity");

        var perceptron = new SparsePerceptron(transitions);
        var workspace = new ParserWorkspace();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var rows = new int[ParserWorkspace.MaxFeatures];
        var costs = new int[transitions];
        DependencyParser? best = null;
        ParserScore? bestDev = null;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long steps = 0, mistakes = 0;
            foreach (var s in order)
            {
                workspace.Load(forms[s], train[s].Xpos, train[s].Upos, labels, rootLabel, options.Clusters);
                var state = workspace.State;
                var scores = workspace.Scores.AsSpan(0, transitions);
                while (!state.IsTerminal)
                {
                    var n = workspace.Extract();
                    var features = workspace.Features.AsSpan(0, n);
                    perceptron.Lookup(features, rows);
                    scores.Clear();
                    perceptron.Score(rows.AsSpan(0, n), scores);
                    state.Costs(goldHeads[s], goldLabels[s], costs);
                    var minCost = int.MaxValue;
                    foreach (var c in costs)
                    {
                        if (c >= 0 && c < minCost)
                        {
                            minCost = c;
                        }
                    }
                    var predicted = DependencyParser.BestLegal(state, scores);
                    var gold = -1;
                    var goldScore = float.NegativeInfinity;
                    for (var t = 0; t < transitions; t++)
                    {
                        if (costs[t] == minCost && scores[t] > goldScore)
                        {
                            goldScore = scores[t];
                            gold = t;
                        }
                    }
                    steps++;
                    if (costs[predicted] != minCost)
                    {
                        mistakes++;
                        perceptron.Update(features, gold, predicted);
                    }
                    perceptron.Tick();
                    var explore = epoch >= options.ExploreFrom && random.NextDouble() < options.ExploreProbability;
                    state.Apply(explore ? predicted : gold);
                }
            }
            var parser = new DependencyParser(perceptron.Compile(options.Prune), labelList, ModelInfo.Empty, options.Clusters);
            var line = $"epoch {epoch}: {100.0 * (steps - mistakes) / steps:F2}% transitions right, {perceptron.FeatureCount} features";
            if (dev is null)
            {
                best = parser;
                bestEpoch = epoch;
            }
            else
            {
                var score = ParserEvaluation.Evaluate(parser, dev.Select((d, i) => (d.Gold, devForms![i], d.Xpos, d.Upos)));
                line += $", dev uas {score.Uas:F2} las {score.Las:F2} (with subtypes {score.LasFull:F2})";
                if (bestDev is null || score.Las > bestDev.Las)
                {
                    best = parser;
                    bestDev = score;
                    bestEpoch = epoch;
                }
            }
            log?.WriteLine($"{line} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        var trained = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["best_epoch"] = bestEpoch.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["prune"] = options.Prune.ToString(CultureInfo.InvariantCulture),
            ["explore"] = string.Create(CultureInfo.InvariantCulture, $"{options.ExploreProbability} from epoch {options.ExploreFrom}"),
            ["clusters"] = options.Clusters is null ? "none" : options.Clusters.Count.ToString(CultureInfo.InvariantCulture) + " words",
            ["news_augmentation"] = options.NewsAugmentation.ToString(CultureInfo.InvariantCulture),
            ["train_sentences"] = train.Count.ToString(CultureInfo.InvariantCulture),
            ["features"] = best!.Model.FeatureCount.ToString(CultureInfo.InvariantCulture),
            ["weights"] = best.Model.WeightCount.ToString(CultureInfo.InvariantCulture),
        });
        var scores2 = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (bestDev is not null)
        {
            scores2["dev.uas"] = bestDev.Uas;
            scores2["dev.las"] = bestDev.Las;
            scores2["dev.las_full"] = bestDev.LasFull;
        }
        log?.WriteLine($"kept epoch {bestEpoch}: {best.Model.FeatureCount} features, {best.Model.WeightCount} weights ({clock.Elapsed.TotalSeconds:F0}s)");
        return new DependencyParser(best.Model, labelList, new ModelInfo(trained, scores2.ToImmutable()), options.Clusters);
    }
}
