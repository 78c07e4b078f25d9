using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Entities;

/// <summary>
/// Per-sentence scratch space of the entity recogniser: word-level feature values (padded by two
/// positions each side), the tagger's tags, gazetteer matches, the labels chosen so far and the
/// feature and score buffers. One per thread.
/// </summary>
internal sealed class EntityWorkspace
{
    public const int Pad = 2;
    public const int MaxFeatures = 80;

    private static readonly GazetteerKinds[] Kinds =
    [
        GazetteerKinds.Person, GazetteerKinds.Organization, GazetteerKinds.Country,
        GazetteerKinds.City, GazetteerKinds.Location, GazetteerKinds.Nationality,
    ];

    public int Length;
    public ulong[] Form = [], Lower = [], Shape = [], Flags = [], Tag = [], Gazetteer = [], Lexical = [], Reference = [], Parts = [];
    public ulong[][] Prefix = new ulong[3][];
    public ulong[][] Cluster = new ulong[3][];
    public ulong[] Case = [];
    public ulong[] Memory = [];
    public bool HasClusters, HasMemory, HasLexicon;

    public ulong[][] Suffix = new ulong[4][];
    public int[] Labels = [];
    public float[] Emission = [], Transition = [], Best = [];
    public int[] Back = [];
    public ulong SentenceShape;
    public readonly ulong[] Features = new ulong[MaxFeatures];
    public float[] Scores = [];

    /// <summary>Computes the word features of a sentence (<paramref name="xpos"/>: the tagger's Penn tags).</summary>
    public void Load(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, IEntityGazetteer? gazetteer, CommonWords common, int classCount, WordClusters? clusters = null, EntityMemory? memory = null, NameLexicon? lexicon = null)
    {
        var n = words.Length;
        Length = n;
        var size = n + (2 * Pad);
        if (Form.Length < size)
        {
            var capacity = Math.Max(size, Form.Length * 2);
            Form = new ulong[capacity];
            Lower = new ulong[capacity];
            Shape = new ulong[capacity];
            Flags = new ulong[capacity];
            Tag = new ulong[capacity];
            Gazetteer = new ulong[capacity];
            Lexical = new ulong[capacity];
            Reference = new ulong[capacity];
            Parts = new ulong[capacity];
            for (var k = 0; k < Prefix.Length; k++)
            {
                Prefix[k] = new ulong[capacity];
            }
            for (var k = 0; k < Cluster.Length; k++)
            {
                Cluster[k] = new ulong[capacity];
            }
            Case = new ulong[capacity];
            Memory = new ulong[capacity];
            for (var k = 0; k < Suffix.Length; k++)
            {
                Suffix[k] = new ulong[capacity];
            }
            Labels = new int[capacity];
        }
        if (Scores.Length < classCount)
        {
            Scores = new float[classCount];
        }
        if (Emission.Length < n * classCount)
        {
            var capacity = Math.Max(n, 64) * 2;
            Emission = new float[capacity * classCount];
            Transition = new float[capacity * classCount * classCount];
            Best = new float[capacity * classCount];
            Back = new int[capacity * classCount];
        }
        Span<ulong> affixes = stackalloc ulong[7];
        Span<ulong> levels = stackalloc ulong[Cluster.Length];
        HasClusters = clusters is not null;
        HasMemory = memory is not null;
        HasLexicon = lexicon is not null;
        int letters = 0, capitalised = 0, allUpper = 0;
        for (var p = 0; p < size; p++)
        {
            var i = p - Pad;
            Labels[p] = 0;
            Gazetteer[p] = 0;
            Reference[p] = 0;
            Parts[p] = 0;
            Memory[p] = 0;
            if (i < 0 || i >= n)
            {
                var pad = i < 0 ? WordFeatures.Start : WordFeatures.End;
                Form[p] = Lower[p] = Shape[p] = Flags[p] = Tag[p] = Lexical[p] = pad;
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
                continue;
            }
            var word = words[i].AsSpan();
            Form[p] = FeatureHash.Of(word);
            Lower[p] = FeatureHash.OfLower(word);
            Shape[p] = WordFeatures.Shape(word);
            var flags = WordFeatures.Flags(word, i == 0);
            Flags[p] = (ulong)flags;
            Tag[p] = FeatureHash.Of(xpos[i]);
            Lexical[p] = common.Describe(word, Lower[p]);
            if (memory is not null)
            {
                Memory[p] = memory.Describe(Lower[p]);
            }
            if (lexicon is not null)
            {
                Parts[p] = (ulong)lexicon.Parts(Lower[p]);
            }
            WordFeatures.Affixes(word, affixes[..3], affixes[3..]);
            if (clusters is not null)
            {
                clusters.Values(word, levels, out var profile);
                for (var k = 0; k < Cluster.Length; k++)
                {
                    Cluster[k][p] = levels[k];
                }
                Case[p] = (ulong)profile + 1;
            }
            for (var k = 0; k < 3; k++)
            {
                Prefix[k][p] = affixes[k];
            }
            for (var k = 0; k < 4; k++)
            {
                Suffix[k][p] = affixes[3 + k];
            }
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                letters++;
                if ((flags & (int)WordFeatures.Flag.InitialCapital) != 0)
                {
                    capitalised++;
                }
                if ((flags & (int)WordFeatures.Flag.AllUpper) != 0)
                {
                    allUpper++;
                }
            }
        }
        // Headlines write every word capitalised or in capitals, and capitals then say little.
        SentenceShape = letters == 0 ? 0UL : allUpper * 10 >= letters * 8 ? 3UL : capitalised * 10 >= letters * 7 && letters >= 3 ? 2UL : 1UL;
        if (gazetteer is not null)
        {
            MarkGazetteer(words, gazetteer, Gazetteer);
        }
        if (lexicon is not null)
        {
            MarkGazetteer(words, lexicon, Reference);
        }
    }

    /// <summary>Stands for a word's form where training hides it (<see cref="HideWords"/>).</summary>
    private const ulong HiddenWord = 0x48494444454EUL;

    /// <summary>
    /// Hides the form of each capitalised word with probability <paramref name="rate"/> (its exact
    /// and lower-case form features; affixes, shape, clusters and lexicons stay): most names at run
    /// time are words the training data never had, and a model that always sees the training names'
    /// forms learns to lean on them rather than on what tells a name it has never seen.
    /// </summary>
    public void HideWords(SplitMix64 random, double rate)
    {
        for (var i = 0; i < Length; i++)
        {
            var p = i + Pad;
            if ((Flags[p] & (ulong)(WordFeatures.Flag.InitialCapital | WordFeatures.Flag.AllUpper)) != 0 && random.NextDouble() < rate)
            {
                Form[p] = Lower[p] = HiddenWord;
            }
        }
    }

    // For each kind, marks the longest matches left to right with a 3-bit code per kind: 1 begin,
    // 2 inside, 3 last, 4 unit (a one-token name).
    private static void MarkGazetteer(ReadOnlySpan<string> words, IEntityGazetteer gazetteer, ulong[] codes)
    {
        var n = words.Length;
        var max = Math.Max(1, gazetteer.MaxTokens);
        Span<int> matchEnd = stackalloc int[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
        {
            matchEnd[k] = 0;
        }
        for (var i = 0; i < n; i++)
        {
            for (var length = Math.Min(max, n - i); length >= 1; length--)
            {
                var kinds = gazetteer.Lookup(words.Slice(i, length));
                if (kinds == GazetteerKinds.None)
                {
                    continue;
                }
                for (var k = 0; k < Kinds.Length; k++)
                {
                    if ((kinds & Kinds[k]) != 0 && matchEnd[k] <= i)
                    {
                        matchEnd[k] = i + length;
                        for (var t = i; t < i + length; t++)
                        {
                            var code = length == 1 ? 4UL : t == i ? 1UL : t == i + length - 1 ? 3UL : 2UL;
                            codes[t + Pad] |= code << (3 * k);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The label-independent (emission) features of token <paramref name="i"/>.</summary>
    public int Extract(int i)
    {
        var p = i + Pad;
        var f = Features;
        var n = 0;
        f[n++] = FeatureHash.Feature(0, 1);
        f[n++] = FeatureHash.Feature(1, Form[p]);
        f[n++] = FeatureHash.Feature(2, Lower[p]);
        f[n++] = FeatureHash.Feature(3, Shape[p]);
        f[n++] = FeatureHash.Feature(4, Flags[p]);
        for (var k = 0; k < 3; k++)
        {
            f[n++] = FeatureHash.Feature(5 + k, Prefix[k][p]);
        }
        for (var k = 0; k < 4; k++)
        {
            f[n++] = FeatureHash.Feature(8 + k, Suffix[k][p]);
        }
        f[n++] = FeatureHash.Feature(12, Lower[p - 1]);
        f[n++] = FeatureHash.Feature(13, Lower[p - 2]);
        f[n++] = FeatureHash.Feature(14, Lower[p + 1]);
        f[n++] = FeatureHash.Feature(15, Lower[p + 2]);
        f[n++] = FeatureHash.Feature(16, Form[p - 1]);
        f[n++] = FeatureHash.Feature(17, Form[p + 1]);
        f[n++] = FeatureHash.Feature(18, Shape[p - 1]);
        f[n++] = FeatureHash.Feature(19, Shape[p + 1]);
        f[n++] = FeatureHash.Feature(20, Shape[p - 1], Shape[p], Shape[p + 1]);
        f[n++] = FeatureHash.Feature(21, Tag[p]);
        f[n++] = FeatureHash.Feature(22, Tag[p - 1]);
        f[n++] = FeatureHash.Feature(23, Tag[p + 1]);
        f[n++] = FeatureHash.Feature(24, Tag[p], Tag[p + 1]);
        f[n++] = FeatureHash.Feature(25, Tag[p - 1], Tag[p]);
        f[n++] = FeatureHash.Feature(30, Lower[p - 1], Lower[p]);
        f[n++] = FeatureHash.Feature(31, Lower[p], Lower[p + 1]);
        f[n++] = FeatureHash.Feature(32, SentenceShape, Shape[p]);
        f[n++] = FeatureHash.Feature(33, SentenceShape, Flags[p], Tag[p]);
        f[n++] = FeatureHash.Feature(35, Suffix[2][p - 1]);
        f[n++] = FeatureHash.Feature(36, Suffix[2][p + 1]);
        f[n++] = FeatureHash.Feature(37, Tag[p], Shape[p]);
        f[n++] = FeatureHash.Feature(39, Lower[p - 2], Lower[p - 1]);
        f[n++] = FeatureHash.Feature(50, Lexical[p], Flags[p] & (ulong)(WordFeatures.Flag.InitialCapital | WordFeatures.Flag.First | WordFeatures.Flag.AllUpper));
        f[n++] = FeatureHash.Feature(51, Lexical[p - 1]);
        f[n++] = FeatureHash.Feature(52, Lexical[p + 1], Shape[p + 1]);
        f[n++] = FeatureHash.Feature(53, Lexical[p - 1], Shape[p]);
        if (HasClusters)
        {
            f[n++] = FeatureHash.Feature(54, Cluster[0][p]);
            f[n++] = FeatureHash.Feature(55, Cluster[1][p]);
            f[n++] = FeatureHash.Feature(56, Cluster[2][p]);
            f[n++] = FeatureHash.Feature(57, Cluster[1][p - 1]);
            f[n++] = FeatureHash.Feature(58, Cluster[1][p + 1]);
            f[n++] = FeatureHash.Feature(59, Cluster[0][p - 1]);
            f[n++] = FeatureHash.Feature(60, Cluster[0][p + 1]);
            f[n++] = FeatureHash.Feature(61, Cluster[1][p], Shape[p]);
            f[n++] = FeatureHash.Feature(62, Cluster[2][p - 2]);
            f[n++] = FeatureHash.Feature(63, Cluster[2][p + 2]);
            f[n++] = FeatureHash.Feature(64, Cluster[1][p], Tag[p]);
            f[n++] = FeatureHash.Feature(65, Case[p], Flags[p] & (ulong)(WordFeatures.Flag.InitialCapital | WordFeatures.Flag.First | WordFeatures.Flag.AllUpper));
            f[n++] = FeatureHash.Feature(66, Case[p + 1], Case[p]);
            f[n++] = FeatureHash.Feature(67, Case[p - 1], Case[p]);
            f[n++] = FeatureHash.Feature(68, Case[p], Shape[p], SentenceShape);
        }
        if (HasMemory && (Memory[p] != 0 || Memory[p - 1] != 0 || Memory[p + 1] != 0))
        {
            f[n++] = FeatureHash.Feature(70, Memory[p]);
            f[n++] = FeatureHash.Feature(71, Memory[p], Shape[p]);
            f[n++] = FeatureHash.Feature(72, Memory[p - 1], Memory[p], Memory[p + 1]);
        }
        if (HasLexicon)
        {
            var parts = Parts[p];
            if (parts != 0 || Parts[p - 1] != 0 || Parts[p + 1] != 0)
            {
                f[n++] = FeatureHash.Feature(73, parts);
                f[n++] = FeatureHash.Feature(74, parts, Flags[p] & (ulong)(WordFeatures.Flag.InitialCapital | WordFeatures.Flag.First | WordFeatures.Flag.AllUpper));
                f[n++] = FeatureHash.Feature(75, Parts[p - 1], parts);
                f[n++] = FeatureHash.Feature(76, parts, Parts[p + 1]);
            }
            var reference = Reference[p];
            if (reference != 0 || Reference[p - 1] != 0 || Reference[p + 1] != 0)
            {
                f[n++] = FeatureHash.Feature(77, reference);
                f[n++] = FeatureHash.Feature(78, Reference[p - 1], reference, Reference[p + 1]);
                f[n++] = FeatureHash.Feature(79, reference, Shape[p]);
            }
        }
        var gazetteer = Gazetteer[p];
        if (gazetteer != 0 || Gazetteer[p - 1] != 0 || Gazetteer[p + 1] != 0)
        {
            f[n++] = FeatureHash.Feature(40, gazetteer);
            f[n++] = FeatureHash.Feature(41, Gazetteer[p - 1], gazetteer, Gazetteer[p + 1]);
            f[n++] = FeatureHash.Feature(43, gazetteer, Shape[p]);
            for (var k = 0; k < Kinds.Length; k++)
            {
                var code = (gazetteer >> (3 * k)) & 7;
                if (code != 0)
                {
                    f[n++] = FeatureHash.Feature(44 + k, code);
                }
            }
        }
        return n;
    }

    /// <summary>Number of transition features per (position, previous label).</summary>
    public const int TransitionFeatures = 4;

    /// <summary>The features of token <paramref name="i"/> that depend on the previous label, into <paramref name="f"/>.</summary>
    public void ExtractTransition(int i, int previous, Span<ulong> f)
    {
        var p = i + Pad;
        var y = (ulong)previous + 1;
        f[0] = FeatureHash.Feature(26, y);
        f[1] = FeatureHash.Feature(29, y, Shape[p]);
        f[2] = FeatureHash.Feature(34, y, Tag[p]);
        f[3] = FeatureHash.Feature(28, y, Lower[p]);
    }
}
