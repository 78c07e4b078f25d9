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

    /// <summary>Name lexicon for word-of-name features (stored in the model); null trains without them.</summary>
    public NameLexicon? Lexicon { get; init; }

    /// <summary>Word clusters for cluster features (stored in the model); null trains without them.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>
    /// Recognisers trained with consecutive seeds (each keeping its best pass on dev) whose weights
    /// are added into one model, pruned below <see cref="Prune"/> times their number: decoding with
    /// the sum of their scores at the cost of one model.
    /// </summary>
    public int Ensemble { get; init; } = 3;

    /// <summary>
    /// Document memory (<see cref="EntityMemory"/>): features of what the model labelled earlier in
    /// the same document. Training then goes through whole documents (shuffled), their sentences
    /// in order, and the memory holds the model's own predictions, as it will at run time.
    /// </summary>
    public bool DocumentMemory { get; init; } = true;

    /// <summary>
    /// With document memory, the share of training sentences decoded without it (the memory still
    /// learns their labels), so that the model keeps recognising first mentions on its own.
    /// </summary>
    public double MemoryDropout { get; init; } = 0.5;

    /// <summary>
    /// The share of capitalised training words whose form the recogniser does not see in a pass
    /// (<see cref="EntityWorkspace.HideWords"/>), so that it learns to recognise names it never saw.
    /// </summary>
    public double WordDropout { get; init; } = 0.3;
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
        if (options.Ensemble <= 1)
        {
            return TrainOne(train, dev, options, log);
        }
        var members = new List<EntityRecognizer>();
        for (var k = 0; k < options.Ensemble; k++)
        {
            log?.WriteLine($"ensemble member {k + 1}/{options.Ensemble} (seed {options.Seed + (ulong)k})");
            members.Add(TrainOne(train, dev, options with { Seed = options.Seed + (ulong)k }, log, tunePenalty: false));
        }
        var first = members[0];
        // The sum of the members' unpruned weights, pruned once below Prune per member.
        var sum = LinearModel.Build(first.Model.ClassCount, members.SelectMany(m => m.Model.Weights()), 0);
        var model = LinearModel.Build(first.Model.ClassCount, sum.Weights(), options.Prune * options.Ensemble);
        var merged = new EntityRecognizer(model, first.Common, first.UsesGazetteer, ModelInfo.Empty, 0, options.Clusters, options.DocumentMemory, options.Lexicon);
        var devForms = dev?.Select(s => s.Gold.Tokens.Select(Tokenizer.Normalize).ToArray()).ToArray();
        EntityScore? bestDev = null;
        var penalty = 0f;
        if (dev is not null)
        {
            bestDev = Score(merged, dev, devForms!, options.Gazetteer);
            log?.WriteLine($"ensemble of {options.Ensemble}: dev P {bestDev.Precision:F2} R {bestDev.Recall:F2} F1 {bestDev.F1:F2}, {model.FeatureCount} features");
            (penalty, bestDev) = TunePenalty(merged, dev, devForms!, options, bestDev, model.Weights().Max(w => Math.Abs(w.Weight)), log);
        }
        var trained = first.Info.Trained.SetItem("ensemble", options.Ensemble.ToString(CultureInfo.InvariantCulture))
            .SetItem("best_epoch", string.Join(",", members.Select(m => m.Info.Trained["best_epoch"])))
            .SetItem("outside_penalty", penalty.ToString(CultureInfo.InvariantCulture))
            .SetItem("features", model.FeatureCount.ToString(CultureInfo.InvariantCulture))
            .SetItem("weights", model.WeightCount.ToString(CultureInfo.InvariantCulture));
        return new EntityRecognizer(model, first.Common, first.UsesGazetteer, new ModelInfo(trained, DevScores(bestDev)), penalty, options.Clusters, options.DocumentMemory, options.Lexicon);
    }

    /// <summary>
    /// K-fold cross-validation on <paramref name="train"/> with folds by document (document d is in
    /// fold d mod K): each fold is recognised by a model trained, for <see cref="NerTrainingOptions.Epochs"/>
    /// passes and without dev data, on the other folds; the scores are micro-averaged over all folds.
    /// </summary>
    public static EntityScore CrossValidate(IReadOnlyList<NerSentence> train, int folds, NerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var documentOf = new int[train.Count];
        for (int i = 0, d = -1; i < train.Count; i++)
        {
            d += i == 0 || train[i].Gold.StartsDocument ? 1 : 0;
            documentOf[i] = d;
        }
        var results = new List<(IobSentence Gold, List<TokenSpan> Predicted)>();
        for (var k = 0; k < folds; k++)
        {
            var part = Enumerable.Range(0, train.Count).Where(i => documentOf[i] % folds != k).Select(i => train[i]).ToList();
            var held = Enumerable.Range(0, train.Count).Where(i => documentOf[i] % folds == k).Select(i => train[i]).ToList();
            var model = Train(part, null, options, null);
            var memory = new EntityMemory();
            var before = results.Count;
            results.AddRange(held.Select(h => (h.Gold, EntityEvaluation.Recognize(model, memory, h.Gold, h.Gold.Tokens.Select(Tokenizer.Normalize).ToArray(), h.Xpos, options.Gazetteer))));
            var score = EntityEvaluation.Evaluate(results.Skip(before));
            log?.WriteLine($"fold {k + 1}/{folds}: {held.Count} sentences, P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}");
        }
        var total = EntityEvaluation.Evaluate(results);
        log?.WriteLine($"cross-validated: P {total.Precision:F2} R {total.Recall:F2} F1 {total.F1:F2}");
        // Short documents (news wires, PUD's 2.5 sentences) are mostly first sentences.
        var position = new Dictionary<IobSentence, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < train.Count; i++)
        {
            position[train[i].Gold] = i == 0 || documentOf[i] != documentOf[i - 1] ? 0 : position[train[i - 1].Gold] + 1;
        }
        var opening = EntityEvaluation.Evaluate(results.Where(r => position[r.Gold] < 3));
        log?.WriteLine($"first three sentences of documents: P {opening.Precision:F2} R {opening.Recall:F2} F1 {opening.F1:F2} ({opening.Gold} entities)");
        return total;
    }

    // Scores a model on dev, sentence after sentence with one memory per document.
    private static EntityScore Score(EntityRecognizer model, IReadOnlyList<NerSentence> dev, string[][] devForms, IEntityGazetteer? gazetteer)
    {
        var memory = new EntityMemory();
        return EntityEvaluation.Evaluate(dev.Select((d, i) => (d.Gold, EntityEvaluation.Recognize(model, memory, d.Gold, devForms[i], d.Xpos, gazetteer))));
    }

    private static ImmutableSortedDictionary<string, double> DevScores(EntityScore? score)
    {
        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (score is not null)
        {
            scores["dev.precision"] = score.Precision;
            scores["dev.recall"] = score.Recall;
            scores["dev.f1"] = score.F1;
        }
        return scores.ToImmutable();
    }

    // Tunes the outside penalty on dev (fractions of the largest weight): the perceptron's
    // decisions favour precision.
    private static (float Penalty, EntityScore Score) TunePenalty(EntityRecognizer model, IReadOnlyList<NerSentence> dev, string[][] devForms, NerTrainingOptions options, EntityScore score, double maxWeight, TextWriter? log)
    {
        var penalty = 0f;
        var scale = (float)Math.Max(1, maxWeight);
        foreach (var fraction in new[] { 0.005f, 0.01f, 0.02f, 0.03f, 0.05f, 0.08f, 0.12f, 0.16f, 0.20f, 0.25f, 0.32f, 0.40f })
        {
            var candidate = model.WithOutsidePenalty(fraction * scale);
            var s = Score(candidate, dev, devForms, options.Gazetteer);
            log?.WriteLine($"outside penalty {fraction * scale:F2}: dev P {s.Precision:F2} R {s.Recall:F2} F1 {s.F1:F2}");
            if (s.F1 > score.F1)
            {
                score = s;
                penalty = fraction * scale;
            }
        }
        return (penalty, score);
    }

    private static EntityRecognizer TrainOne(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerTrainingOptions options, TextWriter? log, bool tunePenalty = true)
    {
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
        // With document memory, whole documents are shuffled and their sentences kept in order.
        var documents = new List<int[]>();
        for (var start = 0; start < train.Count;)
        {
            var end = start + 1;
            while (end < train.Count && !train[end].Gold.StartsDocument)
            {
                end++;
            }
            documents.Add(Enumerable.Range(start, end - start).ToArray());
            start = end;
        }
        var documentOrder = Enumerable.Range(0, documents.Count).ToArray();
        var memory = options.DocumentMemory ? new EntityMemory() : null;
        var dropout = new SplitMix64(options.Seed ^ 0x6D656D6FUL);
        var wordDropout = new SplitMix64(options.Seed ^ 0x776F7264UL);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            if (memory is null)
            {
                random.Shuffle(order);
            }
            else
            {
                random.Shuffle(documentOrder);
                order = [.. documentOrder.SelectMany(d => documents[d])];
            }
            foreach (var s in order)
            {
                var length = forms[s].Length;
                if (train[s].Gold.StartsDocument)
                {
                    memory?.Clear();
                }
                var hidden = memory is not null && dropout.NextDouble() < options.MemoryDropout;
                workspace.Load(forms[s], train[s].Xpos, options.Gazetteer, common, classCount, options.Clusters, hidden ? null : memory, options.Lexicon);
                if (options.WordDropout > 0)
                {
                    workspace.HideWords(wordDropout, options.WordDropout);
                }
                EntityRecognizer.Decode(workspace, perceptron);
                memory?.Remember(workspace);
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
            var model = new EntityRecognizer(perceptron.Compile(options.Prune), common, options.Gazetteer is not null, ModelInfo.Empty, 0, options.Clusters, options.DocumentMemory, options.Lexicon);
            var line = $"epoch {epoch}: {perceptron.FeatureCount} features";
            if (dev is null)
            {
                best = model;
                bestEpoch = epoch;
            }
            else
            {
                var score = Score(model, dev, devForms!, options.Gazetteer);
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
        var penalty = 0f;
        if (tunePenalty && dev is not null && bestDev is not null)
        {
            var maxWeight = 1.0;
            foreach (var (_, _, weight) in perceptron.AveragedWeights())
            {
                maxWeight = Math.Max(maxWeight, Math.Abs(weight));
            }
            (penalty, bestDev) = TunePenalty(best!, dev, devForms!, options, bestDev, maxWeight, log);
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
            ["lexicon"] = options.Lexicon is null ? "none" : $"{options.Lexicon.PhraseCount} names, {options.Lexicon.WordCount} words",
            ["train_sentences"] = train.Count.ToString(CultureInfo.InvariantCulture),
            ["features"] = best!.Model.FeatureCount.ToString(CultureInfo.InvariantCulture),
            ["weights"] = best.Model.WeightCount.ToString(CultureInfo.InvariantCulture),
        });
        if (options.WordDropout > 0)
        {
            trained = trained.SetItem("word_dropout", options.WordDropout.ToString(CultureInfo.InvariantCulture));
        }
        if (options.DocumentMemory)
        {
            trained = trained.SetItem("memory", "document").SetItem("memory_dropout", options.MemoryDropout.ToString(CultureInfo.InvariantCulture));
        }
        log?.WriteLine($"kept epoch {bestEpoch}: {best.Model.FeatureCount} features, {best.Model.WeightCount} weights");
        return new EntityRecognizer(best.Model, common, options.Gazetteer is not null, new ModelInfo(trained, DevScores(bestDev)), penalty, options.Clusters, options.DocumentMemory, options.Lexicon);
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
