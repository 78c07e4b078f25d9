using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Evaluation;
using Dragoman.Nlp.Internal;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Nlp.Training;

/// <summary>
/// Settings of tagger training. The defaults, with the shipped word clusters as
/// <see cref="Clusters"/> (the default of <c>dragoman train tagger</c>), reproduce the shipped model.
/// </summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data; the pass that scores best on the dev data is kept.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the shuffles.</summary>
    public ulong Seed { get; init; } = 20231026;

    /// <summary>Averaged weights smaller than this are dropped from the model file.</summary>
    public double Prune { get; init; } = 0.5;

    /// <summary>Passes of the lemmatiser's script classifier.</summary>
    public int LemmaEpochs { get; init; } = 10;

    /// <summary>
    /// Folds of the jackknife that gives the second pass realistic first-pass tags on its own
    /// training data; 0 trains a one-pass tagger.
    /// </summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// The largest share of the scored words the second pass may re-tag: the words where the first
    /// pass's lead over the runner-up is smallest. The margin threshold is chosen on the dev data
    /// among shares up to this one (1 allows re-tagging every word).
    /// </summary>
    public double SecondShare { get; init; } = 0.3;

    /// <summary>Averaged weights of the second pass smaller than this are dropped (null: <see cref="Prune"/>).</summary>
    public double? SecondPrune { get; init; }

    /// <summary>Word clusters for cluster features (stored in the model); null trains without them.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>
    /// Adds news-shaped copies of every n-th eligible training sentence (<see cref="NewsAugmentation"/>);
    /// 0 adds none.
    /// </summary>
    public int NewsAugmentation { get; init; }
}

/// <summary>Trains <see cref="PosTagger"/> models from CoNLL-U treebanks.</summary>
public static class TaggerTrainer
{
    private sealed record Data(string[][] Forms, int[][] Gold);

    /// <summary>
    /// Trains a tagger on <paramref name="train"/>: the first pass, then (with
    /// <see cref="TaggerTrainingOptions.Folds"/> &gt; 0) the second pass on jackknifed first-pass
    /// tags. After each epoch the averaged model is scored on <paramref name="dev"/> (when given)
    /// and the best epoch is kept. Progress goes to <paramref name="log"/>.
    /// </summary>
    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TaggerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        // Copies count for training, not for the lexicon: a word seen once is still unknown-like.
        var originals = train.Count;
        if (options.NewsAugmentation > 0)
        {
            train = [.. train, .. Training.NewsAugmentation.Augment(train, options.NewsAugmentation).Select(a => a.Sentence)];
        }

        // Joint (UPOS, XPOS) classes, numbered by first appearance in the treebank.
        var classOf = new Dictionary<(string, string), int>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var data = new Data(new string[train.Count][], new int[train.Count][]);
        for (var s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            data.Forms[s] = new string[words.Length];
            data.Gold[s] = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var key = (words[i].Upos, words[i].Xpos);
                if (!classOf.TryGetValue(key, out var c))
                {
                    c = upos.Count;
                    classOf[key] = c;
                    upos.Add(words[i].Upos);
                    xpos.Add(words[i].Xpos);
                }
                data.Forms[s][i] = Tokenizer.Normalize(words[i].Form);
                data.Gold[s][i] = c;
            }
        }
        var classCount = upos.Count;
        var lexicon = BuildLexicon(data, Enumerable.Range(0, originals));
        var xposNames = xpos.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var lemmatizer = Lemmatizer.Train(
            train.SelectMany(s => s.Words).Select(w => (Tokenizer.Normalize(w.Form), w.Xpos, Tokenizer.Normalize(w.Lemma))),
            xposNames, options.LemmaEpochs, options.Seed);
        log?.WriteLine($"tagger: {train.Count} sentences, {classCount} tags, lexicon {lexicon.Count}, lemma scripts {lemmatizer.ScriptCount}, exceptions {lemmatizer.ExceptionCount}");

        PosTagger Make(LinearModel first, LinearModel? second) => new(first, second, lexicon, [.. upos], [.. xpos], lemmatizer, ModelInfo.Empty, options.Clusters);
        PosTagger Make2(LinearModel first, LinearModel second, float margin) => new(first, second, lexicon, [.. upos], [.. xpos], lemmatizer, ModelInfo.Empty, options.Clusters, margin);

        var all = Enumerable.Range(0, train.Count).ToArray();
        var (firstModel, firstEpoch, firstDev) = TrainPass(data, all, lexicon, classCount, null, options, options.Epochs,
            m => dev is null ? null : TaggerEvaluation.Evaluate(Make(m, null), dev), "pass 1", log, clock);
        LinearModel? secondModel = null;
        var secondEpoch = 0;
        var secondMargin = float.PositiveInfinity;
        var secondShare = 1.0;
        var bestDev = firstDev;
        if (options.Folds > 1)
        {
            // Jackknife: each fold is tagged by a first pass trained without it.
            var firstTags = new int[train.Count][];
            for (var k = 0; k < options.Folds; k++)
            {
                var held = all.Where(s => s % options.Folds == k).ToArray();
                var rest = all.Where(s => s % options.Folds != k).ToArray();
                var foldLexicon = BuildLexicon(data, rest.Where(s => s < originals));
                var (foldModel, _, _) = TrainPass(data, rest, foldLexicon, classCount, null, options, firstEpoch, null, $"fold {k + 1}", null, clock);
                var foldTagger = new PosTagger(foldModel, null, foldLexicon, [.. upos], [.. xpos], lemmatizer, ModelInfo.Empty, options.Clusters);
                foreach (var s in held)
                {
                    firstTags[s] = new int[data.Forms[s].Length];
                    foldTagger.TagClasses(data.Forms[s], firstTags[s]);
                }
                log?.WriteLine($"jackknife fold {k + 1}/{options.Folds} done ({clock.Elapsed.TotalSeconds:F0}s)");
            }
            (secondModel, secondEpoch, var secondDev) = TrainPass(data, all, lexicon, classCount, firstTags, options, options.Epochs,
                m => dev is null ? null : TaggerEvaluation.Evaluate(Make(firstModel, m), dev), "pass 2", log, clock);
            if (dev is not null && secondDev is not null)
            {
                (secondMargin, secondShare, secondDev) = TuneMargin(Make(firstModel, null), firstModel, secondModel, dev, options, lexicon, classCount, log, Make2);
            }
            if (secondDev is null || firstDev is null || Rank(secondDev) > Rank(firstDev))
            {
                bestDev = secondDev;
            }
            else
            {
                log?.WriteLine("pass 2 does not beat pass 1 on dev: shipping one pass");
                secondModel = null;
            }
        }

        var result = Make(firstModel, secondModel);
        var trained = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["pass1_epoch"] = firstEpoch.ToString(CultureInfo.InvariantCulture),
            ["pass2_epoch"] = secondEpoch.ToString(CultureInfo.InvariantCulture),
            ["folds"] = options.Folds.ToString(CultureInfo.InvariantCulture),
            ["pass2_share"] = secondModel is null ? "0" : secondShare.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["prune"] = options.Prune.ToString(CultureInfo.InvariantCulture),
            ["pass2_prune"] = (options.SecondPrune ?? options.Prune).ToString(CultureInfo.InvariantCulture),
            ["news_augmentation"] = options.NewsAugmentation.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = options.Clusters is null ? "none" : options.Clusters.Count.ToString(CultureInfo.InvariantCulture) + " words",
            ["train_sentences"] = train.Count.ToString(CultureInfo.InvariantCulture),
            ["features"] = (firstModel.FeatureCount + (secondModel?.FeatureCount ?? 0)).ToString(CultureInfo.InvariantCulture),
            ["weights"] = (firstModel.WeightCount + (secondModel?.WeightCount ?? 0)).ToString(CultureInfo.InvariantCulture),
        });
        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (bestDev is not null)
        {
            scores["dev.upos"] = bestDev.Upos;
            scores["dev.xpos"] = bestDev.Xpos;
            scores["dev.lemma"] = bestDev.Lemma;
        }
        log?.WriteLine($"tagger done in {clock.Elapsed.TotalSeconds:F0}s");
        return new PosTagger(firstModel, secondModel, lexicon, [.. upos], [.. xpos], lemmatizer, new ModelInfo(trained, scores.ToImmutable()), options.Clusters, secondMargin);
    }

    // Chooses the second pass's margin gate on dev: the first pass's margins of the scored dev
    // words give thresholds that let the second pass re-tag a given share of them; the best dev
    // score among the shares up to SecondShare wins (the smaller share on a tie).
    private static (float Margin, double Share, TaggerScore Dev) TuneMargin(
        PosTagger firstOnly, LinearModel firstModel, LinearModel secondModel, IReadOnlyList<ConlluSentence> dev, TaggerTrainingOptions options,
        TagLexicon lexicon, int classCount, TextWriter? log, Func<LinearModel, LinearModel, float, PosTagger> make)
    {
        var margins = new List<float>();
        var workspace = new TaggerWorkspace();
        foreach (var sentence in dev)
        {
            var forms = sentence.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray();
            var classes = new int[forms.Length];
            workspace.Load(forms, lexicon, classCount, options.Clusters);
            firstOnly.DecodeFirst(workspace, classes);
            for (var i = 0; i < forms.Length; i++)
            {
                var m = workspace.Margin[i + TaggerWorkspace.Pad];
                if (!float.IsPositiveInfinity(m))
                {
                    margins.Add(m);
                }
            }
        }
        margins.Sort();
        (float Margin, double Share, TaggerScore Dev)? best = null;
        foreach (var share in new[] { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0 })
        {
            if (share > options.SecondShare + 1e-9 || margins.Count == 0)
            {
                continue;
            }
            var margin = share >= 1.0 ? float.PositiveInfinity : margins[(int)(share * margins.Count)];
            var score = TaggerEvaluation.Evaluate(make(firstModel, secondModel, margin), dev);
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass 2 on {share:P0} of the scored words (margin < {margin:G4}): dev upos {score.Upos:F2} xpos {score.Xpos:F2}"));
            if (best is null || Rank(score) > Rank(best.Value.Dev))
            {
                best = (margin, share, score);
            }
        }
        return best ?? (float.PositiveInfinity, 1.0, TaggerEvaluation.Evaluate(make(firstModel, secondModel, float.PositiveInfinity), dev));
    }

    /// <summary>
    /// Trains one tagger per fold for jackknifing: tagger k is trained (for <paramref name="epochs"/>
    /// passes, one pass only) on every sentence whose index modulo <paramref name="folds"/> is not k,
    /// so it tags fold k the way a downstream model will see tags at run time.
    /// </summary>
    public static PosTagger[] TrainFolds(IReadOnlyList<ConlluSentence> train, int folds, int epochs, TaggerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var taggers = new PosTagger[folds];
        for (var k = 0; k < folds; k++)
        {
            var rest = train.Where((_, i) => i % folds != k).ToList();
            taggers[k] = Train(rest, null, options with { Epochs = epochs, Folds = 0 }, null);
            log?.WriteLine($"jackknife: tagger {k + 1}/{folds} trained");
        }
        return taggers;
    }

    /// <summary>Tags every training sentence with the fold tagger that did not see it (see <see cref="TrainFolds"/>).</summary>
    public static List<(string[] Xpos, string[] Upos)> Jackknife(IReadOnlyList<ConlluSentence> train, int folds, int epochs, TaggerTrainingOptions options, TextWriter? log = null)
    {
        var taggers = TrainFolds(train, folds, epochs, options, log);
        var result = new List<(string[], string[])>(train.Count);
        for (var i = 0; i < train.Count; i++)
        {
            var tags = taggers[i % folds].Tag(train[i].Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray());
            result.Add((tags.Select(t => t.Xpos).ToArray(), tags.Select(t => t.Upos).ToArray()));
        }
        return result;
    }

    private static double Rank(TaggerScore score) => score.Upos + score.Xpos;

    private static TagLexicon BuildLexicon(Data data, IEnumerable<int> sentences) =>
        TagLexicon.Build(sentences.SelectMany(s => data.Forms[s].Zip(data.Gold[s])), minCount: 2, minShare: 0.05, closedCount: 40);

    // Trains one pass; returns the best epoch's compiled model (by dev score when evaluate gives one, else the last).
    private static (LinearModel Model, int Epoch, TaggerScore? Dev) TrainPass(
        Data data, int[] sentences, TagLexicon lexicon, int classCount, int[][]? firstTags, TaggerTrainingOptions options, int epochs,
        Func<LinearModel, TaggerScore?>? evaluate, string name, TextWriter? log, Stopwatch clock)
    {
        var perceptron = new SparsePerceptron(classCount);
        var workspace = new TaggerWorkspace();
        var order = (int[])sentences.Clone();
        var random = new SplitMix64(options.Seed);
        var rows = new int[TaggerWorkspace.MaxFeatures];
        LinearModel? best = null;
        var bestEpoch = 0;
        TaggerScore? bestDev = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var words = data.Forms[s];
                workspace.Load(words, lexicon, classCount, options.Clusters);
                if (firstTags is not null)
                {
                    Array.Copy(firstTags[s], 0, workspace.Tags, TaggerWorkspace.Pad, words.Length);
                    workspace.StartSecondPass();
                }
                var scores = workspace.Scores.AsSpan(0, classCount);
                for (var i = 0; i < words.Length; i++)
                {
                    if (workspace.Allowed[i + TaggerWorkspace.Pad] is [var only])
                    {
                        workspace.Tags[i + TaggerWorkspace.Pad] = only; // unambiguous: never scored
                        continue;
                    }
                    var n = firstTags is null ? workspace.Extract(i) : workspace.ExtractStacked(i);
                    var features = workspace.Features.AsSpan(0, n);
                    perceptron.Lookup(features, rows);
                    scores.Clear();
                    perceptron.Score(rows.AsSpan(0, n), scores);
                    var predicted = workspace.Best(i, classCount);
                    var g = data.Gold[s][i];
                    if (predicted != g)
                    {
                        perceptron.Update(features, g, predicted);
                    }
                    else
                    {
                        correct++;
                    }
                    total++;
                    perceptron.Tick();
                    // Continue from the model's own choice, as at run time.
                    workspace.Tags[i + TaggerWorkspace.Pad] = predicted;
                }
            }
            var line = $"{name} epoch {epoch}: train {100.0 * correct / Math.Max(1, total):F2}%, {perceptron.FeatureCount} features";
            if (evaluate is null)
            {
                if (epoch == epochs)
                {
                    best = perceptron.Compile(firstTags is null ? options.Prune : options.SecondPrune ?? options.Prune);
                    bestEpoch = epoch;
                }
            }
            else
            {
                var model = perceptron.Compile(firstTags is null ? options.Prune : options.SecondPrune ?? options.Prune);
                var score = evaluate(model);
                if (score is not null)
                {
                    line += $", dev upos {score.Upos:F2} xpos {score.Xpos:F2} lemma {score.Lemma:F2}";
                }
                if (best is null || score is null || bestDev is null || Rank(score) > Rank(bestDev))
                {
                    best = model;
                    bestEpoch = epoch;
                    bestDev = score;
                }
            }
            log?.WriteLine($"{line} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        return (best!, bestEpoch, bestDev);
    }
}
