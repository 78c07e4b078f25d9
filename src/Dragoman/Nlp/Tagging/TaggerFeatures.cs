using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Tagging;

/// <summary>
/// Per-sentence scratch space of the tagger: the word-level feature values of every token (padded
/// by two positions on each side), the tags chosen so far and the feature and score buffers. One
/// per thread; reused from sentence to sentence so tagging allocates nothing once warm.
/// </summary>
internal sealed class TaggerWorkspace
{
    /// <summary>Positions of padding on each side.</summary>
    public const int Pad = 2;

    /// <summary>Largest number of features one position produces.</summary>
    public const int MaxFeatures = 64;

    public int Length;
    public ulong[] Form = [], Lower = [], Shape = [], Ambiguity = [], Flags = [];
    public ulong[][] Cluster = new ulong[3][];
    public ulong[] Case = [];
    public bool HasClusters;
    public ulong[][] Prefix = new ulong[WordFeatures.Prefixes][];
    public ulong[][] Suffix = new ulong[WordFeatures.Suffixes][];
    public ushort[]?[] Allowed = [];
    public int[] Tags = [];
    public int[] First = [];
    public float[] Margin = [];
    public readonly ulong[] Features = new ulong[MaxFeatures];
    public float[] Scores = [];

    /// <summary>Words cached at most (per thread and tagger).</summary>
    public const int CacheCapacity = 8192;

    /// <summary>
    /// What a word alone contributes, cached by its form for the tagger that last used this
    /// workspace: its word-level feature values and, once scored, the summed weights of its
    /// word-internal features in each pass (<see cref="ExtractLocal"/>).
    /// </summary>
    public sealed class CachedWord
    {
        public ulong Form, Lower, Shape, Ambiguity, Flags, FirstFlags, Case;
        public readonly ulong[] Prefix = new ulong[WordFeatures.Prefixes];
        public readonly ulong[] Suffix = new ulong[WordFeatures.Suffixes];
        public readonly ulong[] Cluster = new ulong[3];
        public ushort[]? Allowed;
        public float[]? Local, SecondLocal;
    }

    private readonly Dictionary<string, CachedWord> _cache = new(StringComparer.Ordinal);
    private object? _cacheOwner;

    /// <summary>The cached word at each position (null: not cached), when loaded with a cache owner.</summary>
    public CachedWord?[] Cached = [];

    /// <summary>Computes the word features of a sentence.</summary>
    public void Load(ReadOnlySpan<string> words, TagLexicon lexicon, int classCount, WordClusters? clusters = null, object? cacheOwner = null)
    {
        if (!ReferenceEquals(cacheOwner, _cacheOwner))
        {
            _cache.Clear();
            _cacheOwner = cacheOwner;
        }
        var n = words.Length;
        Length = n;
        var size = n + (2 * Pad);
        if (Form.Length < size)
        {
            var capacity = Math.Max(size, Form.Length * 2);
            Form = new ulong[capacity];
            Lower = new ulong[capacity];
            Shape = new ulong[capacity];
            Ambiguity = new ulong[capacity];
            Flags = new ulong[capacity];
            for (var k = 0; k < Prefix.Length; k++)
            {
                Prefix[k] = new ulong[capacity];
            }
            for (var k = 0; k < Cluster.Length; k++)
            {
                Cluster[k] = new ulong[capacity];
            }
            Case = new ulong[capacity];
            for (var k = 0; k < Suffix.Length; k++)
            {
                Suffix[k] = new ulong[capacity];
            }
            Allowed = new ushort[]?[capacity];
            Tags = new int[capacity];
            First = new int[capacity];
            Margin = new float[capacity];
            Cached = new CachedWord?[capacity];
        }
        if (Scores.Length < classCount)
        {
            Scores = new float[classCount];
        }
        Span<ulong> affixes = stackalloc ulong[WordFeatures.Prefixes + WordFeatures.Suffixes];
        Span<ulong> levels = stackalloc ulong[Cluster.Length];
        HasClusters = clusters is not null;
        for (var p = 0; p < size; p++)
        {
            var i = p - Pad;
            if (i < 0 || i >= n)
            {
                var pad = i < 0 ? WordFeatures.Start : WordFeatures.End;
                Form[p] = Lower[p] = Shape[p] = Ambiguity[p] = Flags[p] = pad;
                foreach (var a in Prefix)
                {
                    a[p] = pad;
                }
                foreach (var a in Cluster)
                {
                    a[p] = pad;
                }
                Case[p] = pad;
                foreach (var a in Suffix)
                {
                    a[p] = pad;
                }
                Allowed[p] = null;
                Tags[p] = -1;
                First[p] = -1;
                Margin[p] = float.PositiveInfinity;
                Cached[p] = null;
                continue;
            }
            if (cacheOwner is not null && _cache.TryGetValue(words[i], out var cached))
            {
                Form[p] = cached.Form;
                Lower[p] = cached.Lower;
                Shape[p] = cached.Shape;
                Flags[p] = i == 0 ? cached.FirstFlags : cached.Flags;
                for (var k = 0; k < Prefix.Length; k++)
                {
                    Prefix[k][p] = cached.Prefix[k];
                }
                for (var k = 0; k < Suffix.Length; k++)
                {
                    Suffix[k][p] = cached.Suffix[k];
                }
                for (var k = 0; k < Cluster.Length; k++)
                {
                    Cluster[k][p] = cached.Cluster[k];
                }
                Case[p] = cached.Case;
                Ambiguity[p] = cached.Ambiguity;
                Allowed[p] = cached.Allowed;
                Tags[p] = -1;
                First[p] = -1;
                Margin[p] = float.PositiveInfinity;
                Cached[p] = cached;
                continue;
            }
            var word = words[i].AsSpan();
            Form[p] = FeatureHash.Of(word);
            Lower[p] = FeatureHash.OfLower(word);
            Shape[p] = WordFeatures.Shape(word);
            Flags[p] = (ulong)WordFeatures.Flags(word, i == 0);
            WordFeatures.Affixes(word, affixes[..WordFeatures.Prefixes], affixes[WordFeatures.Prefixes..]);
            for (var k = 0; k < Prefix.Length; k++)
            {
                Prefix[k][p] = affixes[k];
            }
            for (var k = 0; k < Suffix.Length; k++)
            {
                Suffix[k][p] = affixes[WordFeatures.Prefixes + k];
            }
            if (clusters is not null)
            {
                clusters.Values(word, levels, out var profile);
                for (var k = 0; k < Cluster.Length; k++)
                {
                    Cluster[k][p] = levels[k];
                }
                Case[p] = (ulong)profile + 1;
            }
            if (lexicon.TryGet(word, out var entry))
            {
                Ambiguity[p] = entry.Ambiguity;
                Allowed[p] = entry.Allowed;
            }
            else
            {
                Ambiguity[p] = 0x554E4B;
                Allowed[p] = null;
            }
            Tags[p] = -1;
            First[p] = -1;
            Margin[p] = float.PositiveInfinity;
            Cached[p] = null;
            if (cacheOwner is not null && _cache.Count < CacheCapacity)
            {
                var fresh = new CachedWord
                {
                    Form = Form[p], Lower = Lower[p], Shape = Shape[p], Ambiguity = Ambiguity[p], Case = Case[p], Allowed = Allowed[p],
                    Flags = i == 0 ? (ulong)WordFeatures.Flags(word, false) : Flags[p],
                    FirstFlags = i == 0 ? Flags[p] : (ulong)WordFeatures.Flags(word, true),
                };
                for (var k = 0; k < Prefix.Length; k++)
                {
                    fresh.Prefix[k] = Prefix[k][p];
                }
                for (var k = 0; k < Suffix.Length; k++)
                {
                    fresh.Suffix[k] = Suffix[k][p];
                }
                for (var k = 0; k < Cluster.Length; k++)
                {
                    fresh.Cluster[k] = Cluster[k][p];
                }
                _cache[words[i]] = fresh;
                Cached[p] = fresh;
            }
        }
    }

    /// <summary>Keeps the tags of a first pass (for the second pass's right context) and clears the chosen tags.</summary>
    public void StartSecondPass()
    {
        var size = Length + (2 * Pad);
        Array.Copy(Tags, First, size);
        for (var p = Pad; p < Pad + Length; p++)
        {
            Tags[p] = -1;
        }
    }

    /// <summary>
    /// The features of token <paramref name="i"/> (0-based), given the tags already chosen for the
    /// two tokens before it: <see cref="ExtractLocal"/> then <see cref="ExtractContext"/>, in the
    /// order the tagger sums them. Returns how many were written to <see cref="Features"/>.
    /// </summary>
    public int Extract(int i) => ExtractContext(i, stacked: false, ExtractLocal(i));

    /// <summary>
    /// The features of token <paramref name="i"/> that depend on the word alone (its form, affixes,
    /// shape, ambiguity class and clusters): the same for every occurrence, so their summed weights
    /// can be cached. With <see cref="ExtractContext"/> they make up <see cref="Extract"/>.
    /// </summary>
    public int ExtractLocal(int i)
    {
        var p = i + Pad;
        var f = Features;
        var n = 0;
        f[n++] = FeatureHash.Feature(0, 1);
        f[n++] = FeatureHash.Feature(1, Form[p]);
        f[n++] = FeatureHash.Feature(2, Lower[p]);
        for (var k = 0; k < Prefix.Length; k++)
        {
            f[n++] = FeatureHash.Feature(3 + k, Prefix[k][p]);
        }
        for (var k = 0; k < Suffix.Length; k++)
        {
            f[n++] = FeatureHash.Feature(7 + k, Suffix[k][p]);
        }
        f[n++] = FeatureHash.Feature(12, Shape[p]);
        f[n++] = FeatureHash.Feature(27, Ambiguity[p]);
        if (HasClusters)
        {
            f[n++] = FeatureHash.Feature(40, Cluster[0][p]);
            f[n++] = FeatureHash.Feature(41, Cluster[1][p]);
            f[n++] = FeatureHash.Feature(42, Cluster[2][p]);
        }
        return n;
    }

    /// <summary>
    /// The features of token <paramref name="i"/> that depend on its neighbours, the tags chosen so
    /// far or its position (with <paramref name="stacked"/> also the first pass's tags to the right),
    /// written from <paramref name="start"/> on; returns the end.
    /// </summary>
    public int ExtractContext(int i, bool stacked, int start = 0)
    {
        var p = i + Pad;
        var f = Features;
        var t1 = (ulong)(Tags[p - 1] + 2);
        var t2 = (ulong)(Tags[p - 2] + 2);
        var n = start;
        f[n++] = FeatureHash.Feature(13, Flags[p]);
        f[n++] = FeatureHash.Feature(14, Lower[p - 1]);
        f[n++] = FeatureHash.Feature(15, Lower[p - 2]);
        f[n++] = FeatureHash.Feature(16, Lower[p + 1]);
        f[n++] = FeatureHash.Feature(17, Lower[p + 2]);
        f[n++] = FeatureHash.Feature(18, Suffix[2][p - 1]);
        f[n++] = FeatureHash.Feature(19, Suffix[2][p + 1]);
        f[n++] = FeatureHash.Feature(20, Shape[p - 1]);
        f[n++] = FeatureHash.Feature(21, Shape[p + 1]);
        f[n++] = FeatureHash.Feature(22, t1);
        f[n++] = FeatureHash.Feature(23, t1, t2);
        f[n++] = FeatureHash.Feature(24, t1, Lower[p]);
        f[n++] = FeatureHash.Feature(25, Lower[p - 1], Lower[p]);
        f[n++] = FeatureHash.Feature(26, Lower[p], Lower[p + 1]);
        f[n++] = FeatureHash.Feature(28, Ambiguity[p + 1]);
        f[n++] = FeatureHash.Feature(29, Ambiguity[p + 2]);
        f[n++] = FeatureHash.Feature(30, t1, Ambiguity[p + 1]);
        f[n++] = FeatureHash.Feature(31, Ambiguity[p], Ambiguity[p + 1]);
        f[n++] = FeatureHash.Feature(32, Lower[p], Ambiguity[p + 1]);
        f[n++] = FeatureHash.Feature(33, t1, Suffix[2][p]);
        f[n++] = FeatureHash.Feature(34, t2);
        f[n++] = FeatureHash.Feature(35, t1, Ambiguity[p]);
        f[n++] = FeatureHash.Feature(36, Ambiguity[p - 1], Ambiguity[p], Ambiguity[p + 1]);
        f[n++] = FeatureHash.Feature(37, Flags[p], Suffix[2][p]);
        f[n++] = FeatureHash.Feature(38, Lower[p - 1], Lower[p + 1]);
        f[n++] = FeatureHash.Feature(39, Shape[p], Shape[p + 1]);
        if (HasClusters)
        {
            f[n++] = FeatureHash.Feature(43, Cluster[1][p + 1]);
            f[n++] = FeatureHash.Feature(44, Cluster[1][p - 1]);
            f[n++] = FeatureHash.Feature(45, t1, Cluster[1][p]);
            f[n++] = FeatureHash.Feature(46, Cluster[1][p], Cluster[1][p + 1]);
            f[n++] = FeatureHash.Feature(56, Case[p], Flags[p] & (ulong)(WordFeatures.Flag.InitialCapital | WordFeatures.Flag.First | WordFeatures.Flag.AllUpper));
            f[n++] = FeatureHash.Feature(57, Case[p + 1], Case[p]);
        }
        if (stacked)
        {
            var r0 = (ulong)(First[p] + 2);
            var r1 = (ulong)(First[p + 1] + 2);
            var r2 = (ulong)(First[p + 2] + 2);
            f[n++] = FeatureHash.Feature(60, r1);
            f[n++] = FeatureHash.Feature(61, r1, r2);
            f[n++] = FeatureHash.Feature(62, t1, r1);
            f[n++] = FeatureHash.Feature(63, Lower[p], r1);
            f[n++] = FeatureHash.Feature(64, r0);
            f[n++] = FeatureHash.Feature(65, Suffix[2][p], r1);
        }
        return n;
    }

    /// <summary>
    /// The features of the second pass: those of <see cref="Extract"/> plus the first pass's tags to
    /// the right, which a left-to-right pass cannot see.
    /// </summary>
    public int ExtractStacked(int i) => ExtractContext(i, stacked: true, ExtractLocal(i));

    /// <summary>The best class at token <paramref name="i"/> among those the lexicon allows, from <see cref="Scores"/>.</summary>
    public int Best(int i, int classCount) => Best(i, classCount, out _);

    /// <summary>
    /// The best class at token <paramref name="i"/> among those the lexicon allows, from
    /// <see cref="Scores"/>, and by how much its score leads the runner-up's.
    /// </summary>
    public int Best(int i, int classCount, out float margin)
    {
        var scores = Scores;
        var allowed = Allowed[i + Pad];
        var best = -1;
        var bestScore = float.NegativeInfinity;
        var second = float.NegativeInfinity;
        if (allowed is not null)
        {
            foreach (var c in allowed)
            {
                Consider(scores[c], c, ref best, ref bestScore, ref second);
            }
        }
        else
        {
            for (var c = 0; c < classCount; c++)
            {
                Consider(scores[c], c, ref best, ref bestScore, ref second);
            }
        }
        margin = bestScore - second;
        return best;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        static void Consider(float score, int c, ref int best, ref float bestScore, ref float second)
        {
            if (score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = c;
            }
            else if (score > second)
            {
                second = score;
            }
        }
    }
}
