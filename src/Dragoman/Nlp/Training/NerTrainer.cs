using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Evaluation;
using Dragoman.Nlp.Internal;
using Dragoman.Text;

namespace Dragoman.Nlp.Training;

/// <summary>Settings of entity-recogniser training. The defaults reproduce the shipped model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training data; the pass that scores best on the dev data is kept.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the shuffles.</summary>
    public ulong Seed { get; init; } = 20231026;

    /// <summary>Averaged weights smaller than this are dropped from the model file.</summary>
    public double Prune { get; init; } = 0.5;

    /// <summary>Known names for gazetteer features; null trains without them.</summary>
    public IEntityGazetteer? Gazetteer { get; init; }

    /// <summary>Word clusters for cluster features (stored in the model); null trains without them.</summary>
    public WordClusters? Clusters { get; init; }
}

/// <summary>A training or evaluation sentence for the recogniser: gold spans with the tags it will see.</summary>
/// <param name="Gold">Tokens and gold entities.</param>
/// <param name="Xpos">Predicted Penn tags of the tokens.</param>
public sealed record NerSentence(IobSentence Gold, string[] Xpos);

/// <summary>Trains <see cref="EntityRecognizer"/> models.</summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains on <paramref name="train"/> (entity types other than PER, ORG, LOC are ignored);
    /// after each pass the averaged model is scored on <paramref name="dev"/> and the best kept.
    /// </summary>
    public static EntityRecognizer Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var forms = train.Select(s => s.Gold.Tokens.Select(Tokenizer.Normalize).ToArray()).ToArray();
        var gold = train.Select(s => GoldClasses(s.Gold)).ToArray();
        var devForms = dev?.Select(s => s.Gold.Tokens.Select(Tokenizer.Normalize).ToArray()).ToArray();
        log?.WriteLine($"ner: {train.Count} sentences, {train.Sum(s => s.Gold.Entities.Length)} entities, gazetteer {(options.Gazetteer is null ? "no" : "yes")}");

        var classCount = EntityRecognizer.ClassCount;
        var common = CommonWords.Build(forms.SelectMany(f => f), minCount: 2);
        var perceptron = new SparsePerceptron(classCount);
        var workspace = new EntityWorkspace();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var transition = new ulong[EntityWorkspace.TransitionFeatures];
        EntityRecognizer? best = null;
        EntityScore? bestDev = null;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var length = forms[s].Length;
                workspace.Load(forms[s], train[s].Xpos, options.Gazetteer, common, classCount, options.Clusters);
                EntityRecognizer.Decode(workspace, perceptron);
                var g = gold[s];
                var wrong = false;
                for (var i = 0; i < length; i++)
                {
                    wrong |= workspace.Labels[i + EntityWorkspace.Pad] != g[i];
                }
                if (wrong)
                {
                    // The structured perceptron update: gold sequence up, predicted sequence down.
                    for (var i = 0; i < length; i++)
                    {
                        var predicted = workspace.Labels[i + EntityWorkspace.Pad];
                        var goldPrevious = i == 0 ? 0 : g[i - 1];
                        var predictedPrevious = i == 0 ? 0 : workspace.Labels[i + EntityWorkspace.Pad - 1];
                        if (predicted != g[i])
                        {
                            var n = workspace.Extract(i);
                            perceptron.Update(workspace.Features.AsSpan(0, n), g[i], predicted);
                        }
                        if (predicted != g[i] || goldPrevious != predictedPrevious)
                        {
                            workspace.ExtractTransition(i, goldPrevious, transition);
                            perceptron.Add(transition, g[i], 1);
                            workspace.ExtractTransition(i, predictedPrevious, transition);
                            perceptron.Add(transition, predicted, -1);
                        }
                    }
                }
                perceptron.Tick();
            }
            var model = new EntityRecognizer(perceptron.Compile(options.Prune), common, options.Gazetteer is not null, ModelInfo.Empty, 0, options.Clusters);
            var line = $"epoch {epoch}: {perceptron.FeatureCount} features";
            if (dev is null)
            {
                best = model;
                bestEpoch = epoch;
            }
            else
            {
                var score = EntityEvaluation.Evaluate(dev.Select((d, i) => (d.Gold, model.Recognize(devForms![i], d.Xpos, options.Gazetteer))));
                line += $", dev P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}";
                if (bestDev is null || score.F1 > bestDev.F1)
                {
                    best = model;
                    bestDev = score;
                    bestEpoch = epoch;
                }
            }
            log?.WriteLine($"{line} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        // Tune the outside penalty on dev: the perceptron's decisions favour precision.
        var penalty = 0f;
        if (dev is not null && bestDev is not null)
        {
            var maxWeight = 1f;
            foreach (var (_, _, weight) in perceptron.AveragedWeights())
            {
                maxWeight = Math.Max(maxWeight, (float)Math.Abs(weight));
            }
            foreach (var fraction in new[] { 0.005f, 0.01f, 0.02f, 0.03f, 0.05f, 0.08f })
            {
                var candidate = best!.WithOutsidePenalty(fraction * maxWeight);
                var score = EntityEvaluation.Evaluate(dev.Select((d, i) => (d.Gold, candidate.Recognize(devForms![i], d.Xpos, options.Gazetteer))));
                log?.WriteLine($"outside penalty {fraction * maxWeight:F2}: dev P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}");
                if (score.F1 > bestDev.F1)
                {
                    bestDev = score;
                    penalty = fraction * maxWeight;
                }
            }
        }
        var trained = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["best_epoch"] = bestEpoch.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["prune"] = options.Prune.ToString(CultureInfo.InvariantCulture),
            ["outside_penalty"] = penalty.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = options.Clusters is null ? "none" : options.Clusters.Count.ToString(CultureInfo.InvariantCulture) + " words",
            ["gazetteer"] = options.Gazetteer is null ? "none" : options.Gazetteer.GetType().Name,
            ["train_sentences"] = train.Count.ToString(CultureInfo.InvariantCulture),
            ["features"] = best!.Model.FeatureCount.ToString(CultureInfo.InvariantCulture),
            ["weights"] = best.Model.WeightCount.ToString(CultureInfo.InvariantCulture),
        });
        var scores2 = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (bestDev is not null)
        {
            scores2["dev.precision"] = bestDev.Precision;
            scores2["dev.recall"] = bestDev.Recall;
            scores2["dev.f1"] = bestDev.F1;
        }
        log?.WriteLine($"kept epoch {bestEpoch}: {best.Model.FeatureCount} features, {best.Model.WeightCount} weights");
        return new EntityRecognizer(best.Model, common, options.Gazetteer is not null, new ModelInfo(trained, scores2.ToImmutable()), penalty, options.Clusters);
    }

    // BILOU classes of the gold spans (types the model does not label are outside).
    private static int[] GoldClasses(IobSentence sentence)
    {
        var classes = new int[sentence.Tokens.Length];
        foreach (var span in sentence.Entities)
        {
            var type = Array.IndexOf(EntityRecognizer.Types, span.Label == "GPE" ? "LOC" : span.Label);
            if (type < 0)
            {
                continue;
            }
            if (span.End - span.Start == 1)
            {
                classes[span.Start] = EntityRecognizer.ClassOf(type, 3);
                continue;
            }
            for (var i = span.Start; i < span.End; i++)
            {
                classes[i] = EntityRecognizer.ClassOf(type, i == span.Start ? 0 : i == span.End - 1 ? 2 : 1);
            }
        }
        return classes;
    }
}
