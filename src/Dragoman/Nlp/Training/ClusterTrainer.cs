using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Training;

/// <summary>Settings of word clustering. The defaults reproduce the shipped clusters.</summary>
public sealed record ClusterTrainingOptions
{
    /// <summary>Number of fine clusters.</summary>
    public int Clusters { get; init; } = 1024;

    /// <summary>Sizes of the coarser levels, each grouping the level before it.</summary>
    public ImmutableArray<int> Coarser { get; init; } = [256, 64, 16];

    /// <summary>Words (normalised) seen fewer times than this get no cluster.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Passes of the exchange algorithm over the words.</summary>
    public int Iterations { get; init; } = 20;
}

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences with the exchange algorithm for the
/// predictive class bigram model (Uszkoreit and Brants 2008: P(w_i | w_{i-1}) ≈ P(w_i | c_i)
/// P(c_i | w_{i-1})): each pass moves every word, most frequent first, to the cluster that most
/// raises the likelihood of the corpus. Coarser levels cluster the clusters the same way, on their
/// bigram counts, so every level nests in the next. Deterministic and single-threaded.
/// </summary>
public static class ClusterTrainer
{
    /// <summary>Clusters the words of <paramref name="sentences"/> (token forms as the tokeniser writes them).</summary>
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, ClusterTrainingOptions options, IReadOnlyDictionary<string, string>? sources = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();

        // Normalised forms and their counts.
        var corpus = new List<string[]>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Occurrences away from the start of a sentence: all, capitalised, in capitals.
        var casing = new Dictionary<string, (int All, int Capitalised, int Capitals)>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Count == 0)
            {
                continue;
            }
            var normalised = new string[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var w = WordClusters.Normalize(sentence[i]);
                normalised[i] = w;
                counts[w] = counts.GetValueOrDefault(w) + 1;
                var raw = sentence[i];
                if (i > 0 && raw.Length > 0 && char.IsLetter(raw[0]) && !StartsSentence(sentence[i - 1]))
                {
                    var (all, capitalised, capitals) = casing.GetValueOrDefault(w);
                    var upper = char.IsUpper(raw[0]);
                    var allCaps = upper && raw.Length >= 2 && !raw.Any(char.IsLower);
                    casing[w] = (all + 1, capitalised + (upper ? 1 : 0), capitals + (allCaps ? 1 : 0));
                }
            }
            tokens += normalised.Length;
            corpus.Add(normalised);
        }

        // Vocabulary: frequent words by count, then rare words folded into a few pseudo-words by shape.
        var vocabulary = counts.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var known = vocabulary.Count;
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            idOf[vocabulary[i]] = i;
        }
        string[] pseudo = ["<rare-alpha>", "<rare-digit>", "<rare-hyphen>", "<rare-other>"];
        foreach (var p in pseudo)
        {
            idOf[p] = vocabulary.Count;
            vocabulary.Add(p);
        }
        var n = vocabulary.Count;
        var boundary = n;
        int Id(string w)
        {
            if (idOf.TryGetValue(w, out var id))
            {
                return id;
            }
            var kind = w.Contains('-', StringComparison.Ordinal) ? 2 : w.Any(char.IsDigit) ? 1 : w.Any(char.IsLetter) ? 0 : 3;
            return known + kind;
        }

        var bigrams = new Dictionary<long, int>();
        void Count(int a, int b)
        {
            var key = ((long)a << 32) | (uint)b;
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }
        foreach (var s in corpus)
        {
            var previous = boundary;
            foreach (var w in s)
            {
                var id = Id(w);
                Count(previous, id);
                previous = id;
            }
            Count(previous, boundary);
        }
        var pairs = bigrams.OrderBy(p => p.Key).Select(p => ((int)(p.Key >> 32), (int)(p.Key & 0xFFFFFFFF), p.Value)).ToArray();
        log?.WriteLine($"clusters: {corpus.Count:N0} sentences, {tokens:N0} tokens, {counts.Count:N0} types, {known:N0} clustered (count >= {options.MinCount}), {pairs.Length:N0} bigram types ({clock.Elapsed.TotalSeconds:F0}s)");

        var initial = new int[n];
        for (var i = 0; i < n; i++)
        {
            initial[i] = i % options.Clusters;
        }
        var fine = Exchange(n, options.Clusters, pairs, initial, options.Iterations, "words", log, clock);

        // Coarser levels: the clusters of the level before are the items, with their bigram counts.
        var parents = new List<int[]>();
        var previousSize = options.Clusters;
        var itemOf = fine;
        foreach (var size in options.Coarser)
        {
            var grouped = new Dictionary<long, int>();
            foreach (var (a, b, c) in pairs)
            {
                var ka = a == boundary ? previousSize : Lift(a);
                var kb = b == boundary ? previousSize : Lift(b);
                var key = ((long)ka << 32) | (uint)kb;
                grouped[key] = grouped.GetValueOrDefault(key) + c;
            }
            var levelPairs = grouped.OrderBy(p => p.Key).Select(p => ((int)(p.Key >> 32), (int)(p.Key & 0xFFFFFFFF), p.Value)).ToArray();
            // Most frequent clusters first: order the items by their count.
            var itemCounts = new long[previousSize];
            foreach (var (_, b, c) in levelPairs)
            {
                if (b < previousSize)
                {
                    itemCounts[b] += c;
                }
            }
            var start = new int[previousSize];
            var rank = Enumerable.Range(0, previousSize).OrderByDescending(i => itemCounts[i]).ThenBy(i => i).ToArray();
            for (var r = 0; r < rank.Length; r++)
            {
                start[rank[r]] = r % size;
            }
            var parent = Exchange(previousSize, size, levelPairs, start, options.Iterations * 2, $"level {size}", log, clock);
            parents.Add(parent);
            previousSize = size;
            continue;

            int Lift(int word)
            {
                var c = itemOf[word];
                foreach (var p in parents.Take(parents.Count))
                {
                    c = p[c];
                }
                return c;
            }
        }

        var words = vocabulary.Take(known).ToArray();
        var fineOfWord = fine.Take(known).ToArray();
        var caseProfile = words.Select(w => Profile(casing.GetValueOrDefault(w))).ToArray();
        var trained = new Dictionary<string, string>
        {
            ["clusters"] = options.Clusters.ToString(CultureInfo.InvariantCulture),
            ["coarser"] = string.Join(",", options.Coarser),
            ["min_count"] = options.MinCount.ToString(CultureInfo.InvariantCulture),
            ["iterations"] = options.Iterations.ToString(CultureInfo.InvariantCulture),
            ["sentences"] = corpus.Count.ToString(CultureInfo.InvariantCulture),
            ["tokens"] = tokens.ToString(CultureInfo.InvariantCulture),
            ["words"] = known.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in sources ?? new Dictionary<string, string>())
        {
            trained["source." + k] = v;
        }
        log?.WriteLine($"clusters done in {clock.Elapsed.TotalSeconds:F0}s");
        return new WordClusters(words, fineOfWord, caseProfile, [.. parents],
            new ModelInfo(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, trained), ImmutableSortedDictionary<string, double>.Empty));
    }

    // After these a word may start a sentence, where capitals say nothing.
    private static bool StartsSentence(string previous) => previous is "." or "!" or "?" or ":" or "\"" or "'" or "``" or "-" or "--" or "(";

    // See WordClusters.CaseProfile.
    private static byte Profile((int All, int Capitalised, int Capitals) c)
    {
        if (c.All < 2)
        {
            return 0;
        }
        if (c.Capitals * 2 > c.All)
        {
            return 5;
        }
        var share = (double)c.Capitalised / c.All;
        return share switch { < 0.1 => 1, < 0.5 => 2, < 0.9 => 3, _ => 4 };
    }

    /// <summary>
    /// The exchange algorithm: items 0..<paramref name="n"/>-1 are moved between
    /// <paramref name="k"/> clusters; item <paramref name="n"/> is the sentence boundary, fixed in a
    /// cluster of its own. <paramref name="pairs"/> are (previous, next, count) bigrams.
    /// </summary>
    private static int[] Exchange(int n, int k, (int Previous, int Next, int Count)[] pairs, int[] initial, int iterations, string name, TextWriter? log, Stopwatch clock)
    {
        var width = k + 1;
        var cluster = new int[n + 1];
        Array.Copy(initial, cluster, n);
        cluster[n] = k;

        // Predecessors of each item (CSR), and each item's count as a successor.
        var predStart = new int[n + 2];
        foreach (var (_, b, _) in pairs)
        {
            predStart[b + 1]++;
        }
        for (var i = 0; i <= n; i++)
        {
            predStart[i + 1] += predStart[i];
        }
        var fill = (int[])predStart.Clone();
        var predItem = new int[pairs.Length];
        var predCount = new int[pairs.Length];
        var itemCount = new long[n + 1];
        long total = 0;
        foreach (var (a, b, c) in pairs)
        {
            predItem[fill[b]] = a;
            predCount[fill[b]] = c;
            fill[b]++;
            itemCount[b] += c;
            total += c;
        }

        // N[v, c]: how often item v is followed by an item of cluster c; Nc[c]: the cluster's count.
        var matrix = new int[(long)(n + 1) * width];
        var clusterCount = new long[width];
        foreach (var (a, b, c) in pairs)
        {
            matrix[((long)a * width) + cluster[b]] += c;
        }
        for (var i = 0; i <= n; i++)
        {
            clusterCount[cluster[i]] += itemCount[i];
        }

        // x log x for every count that can occur.
        var f = new double[total + 2];
        for (long x = 1; x < f.Length; x++)
        {
            f[x] = x * Math.Log(x);
        }
        double Objective()
        {
            var sum = 0.0;
            foreach (var v in matrix)
            {
                sum += f[v];
            }
            foreach (var c in clusterCount)
            {
                sum -= f[c];
            }
            return sum / total;
        }

        var delta = new double[k];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < n; w++)
            {
                var count = itemCount[w];
                if (count == 0)
                {
                    continue;
                }
                var from = cluster[w];
                var begin = predStart[w];
                var end = predStart[w + 1];
                for (var j = begin; j < end; j++)
                {
                    matrix[((long)predItem[j] * width) + from] -= predCount[j];
                }
                clusterCount[from] -= count;

                Array.Clear(delta);
                for (var j = begin; j < end; j++)
                {
                    var m = predCount[j];
                    var row = matrix.AsSpan((int)((long)predItem[j] * width), k);
                    for (var c = 0; c < row.Length; c++)
                    {
                        var x = row[c];
                        delta[c] += f[x + m] - f[x];
                    }
                }
                var best = from;
                var bestDelta = double.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var d = delta[c] - (f[clusterCount[c] + count] - f[clusterCount[c]]);
                    delta[c] = d;
                }
                bestDelta = delta[from];
                for (var c = 0; c < k; c++)
                {
                    if (delta[c] > bestDelta + 1e-9)
                    {
                        bestDelta = delta[c];
                        best = c;
                    }
                }
                if (best != from)
                {
                    moved++;
                }
                cluster[w] = best;
                for (var j = begin; j < end; j++)
                {
                    matrix[((long)predItem[j] * width) + best] += predCount[j];
                }
                clusterCount[best] += count;
            }
            log?.WriteLine($"{name} pass {iteration}: {moved:N0} moved, objective {Objective():F4} ({clock.Elapsed.TotalSeconds:F0}s)");
            if (moved == 0)
            {
                break;
            }
        }
        return cluster[..n];
    }
}
