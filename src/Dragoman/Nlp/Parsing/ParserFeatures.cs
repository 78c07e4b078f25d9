using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Parsing;

/// <summary>
/// The parser's per-sentence scratch space: word and tag values of every word (the virtual root
/// and "no word" have values of their own), the transition system's state and the feature buffer.
/// The feature templates follow Zhang and Nivre (2011), adapted to arc-hybrid: the stack top s0,
/// its possible head s1 and s2; the buffer b0..b2; the leftmost and rightmost children of s0, s1
/// and b0 with their labels; distance and valency.
/// </summary>
internal sealed class ParserWorkspace
{
    /// <summary>Largest number of features one configuration produces.</summary>
    public const int MaxFeatures = 112;

    private const ulong NoneValue = 0x4E4F4E45UL;
    private const ulong RootValue = 0x524F4F54UL;

    public readonly ArcHybrid State = new();
    public ulong[] Word = [], Tag = [], Upos = [], Cluster = [], Coarse = [];
    public bool HasClusters;
    public readonly ulong[] Features = new ulong[MaxFeatures];
    public float[] Scores = [];

    /// <summary>Loads a sentence: lower-cased forms, XPOS and UPOS tags.</summary>
    public void Load(ReadOnlySpan<string> forms, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, int labels, int rootLabel, WordClusters? clusters = null)
    {
        var n = forms.Length;
        if (Word.Length < n + 2)
        {
            var capacity = Math.Max(n + 2, Word.Length * 2);
            Word = new ulong[capacity];
            Tag = new ulong[capacity];
            Upos = new ulong[capacity];
            Cluster = new ulong[capacity];
            Coarse = new ulong[capacity];
        }
        if (Scores.Length < 1 + (2 * labels))
        {
            Scores = new float[1 + (2 * labels)];
        }
        HasClusters = clusters is not null;
        Span<ulong> levels = stackalloc ulong[3];
        for (var i = 0; i < n; i++)
        {
            if (clusters is not null)
            {
                clusters.Values(forms[i], levels);
                Cluster[i] = levels[1];
                Coarse[i] = levels[2];
            }
            Word[i] = FeatureHash.OfLower(forms[i]);
            Tag[i] = FeatureHash.Of(xpos[i]);
            Upos[i] = FeatureHash.Of(upos[i]);
        }
        Word[n] = Tag[n] = Upos[n] = Cluster[n] = Coarse[n] = RootValue;
        State.Start(n, labels, rootLabel);
    }

    private ulong W(int i) => i < 0 ? NoneValue : Word[i];

    private ulong P(int i) => i < 0 ? NoneValue : Tag[i];

    private ulong C(int i) => i < 0 ? NoneValue : Cluster[i];

    private ulong L(int i) => i < 0 ? NoneValue : (ulong)(State.Label[i] + 2);

    /// <summary>Writes the features of the current configuration; returns how many.</summary>
    public int Extract()
    {
        var st = State;
        var f = Features;
        var n = 0;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        int s0l = s0 < 0 ? -1 : st.Left1[s0], s0l2 = s0 < 0 ? -1 : st.Left2[s0];
        int s0r = s0 < 0 ? -1 : st.Right1[s0], s0r2 = s0 < 0 ? -1 : st.Right2[s0];
        int s1l = s1 < 0 ? -1 : st.Left1[s1], s1r = s1 < 0 ? -1 : st.Right1[s1];
        int b0l = b0 < 0 ? -1 : st.Left1[b0], b0l2 = b0 < 0 ? -1 : st.Left2[b0];

        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
        ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
        var dist = (ulong)(s0 < 0 || b0 < 0 ? 0 : Math.Min(b0 - s0, 6));
        var dist01 = (ulong)(s0 < 0 || s1 < 0 ? 0 : Math.Min(s0 - s1, 6));
        var s0vl = (ulong)(s0 < 0 ? 0 : st.LeftCount[s0]);
        var s0vr = (ulong)(s0 < 0 ? 0 : st.RightCount[s0]);
        var b0vl = (ulong)(b0 < 0 ? 0 : st.LeftCount[b0]);
        var s1vr = (ulong)(s1 < 0 ? 0 : st.RightCount[s1]);
        var b0IsRoot = (ulong)(b0 == st.Root ? 1 : 0);

        f[n++] = FeatureHash.Feature(0, 1 + b0IsRoot);
        // Single words.
        f[n++] = FeatureHash.Feature(1, s0w, s0p);
        f[n++] = FeatureHash.Feature(2, s0w);
        f[n++] = FeatureHash.Feature(3, s0p);
        f[n++] = FeatureHash.Feature(4, b0w, b0p);
        f[n++] = FeatureHash.Feature(5, b0w);
        f[n++] = FeatureHash.Feature(6, b0p);
        f[n++] = FeatureHash.Feature(7, b1w, b1p);
        f[n++] = FeatureHash.Feature(8, b1w);
        f[n++] = FeatureHash.Feature(9, b1p);
        f[n++] = FeatureHash.Feature(10, b2w, b2p);
        f[n++] = FeatureHash.Feature(11, b2w);
        f[n++] = FeatureHash.Feature(12, b2p);
        f[n++] = FeatureHash.Feature(13, s1w, s1p);
        f[n++] = FeatureHash.Feature(14, s1w);
        f[n++] = FeatureHash.Feature(15, s1p);
        // Pairs.
        f[n++] = FeatureHash.Feature(16, s0w, s0p, b0w, b0p);
        f[n++] = FeatureHash.Feature(17, s0w, s0p, b0w);
        f[n++] = FeatureHash.Feature(18, s0w, b0w, b0p);
        f[n++] = FeatureHash.Feature(19, s0w, s0p, b0p);
        f[n++] = FeatureHash.Feature(20, s0p, b0w, b0p);
        f[n++] = FeatureHash.Feature(21, s0w, b0w);
        f[n++] = FeatureHash.Feature(22, s0p, b0p);
        f[n++] = FeatureHash.Feature(23, b0p, b1p);
        f[n++] = FeatureHash.Feature(24, s1w, s1p, s0w, s0p);
        f[n++] = FeatureHash.Feature(25, s1w, s0w);
        f[n++] = FeatureHash.Feature(26, s1p, s0p);
        f[n++] = FeatureHash.Feature(27, s1w, s0p);
        f[n++] = FeatureHash.Feature(28, s1p, s0w);
        // Triples.
        f[n++] = FeatureHash.Feature(29, b0p, b1p, b2p);
        f[n++] = FeatureHash.Feature(30, s0p, b0p, b1p);
        f[n++] = FeatureHash.Feature(31, s1p, s0p, b0p);
        f[n++] = FeatureHash.Feature(32, s0p, P(s0l), b0p);
        f[n++] = FeatureHash.Feature(33, s0p, P(s0r), b0p);
        f[n++] = FeatureHash.Feature(34, s0p, b0p, P(b0l));
        f[n++] = FeatureHash.Feature(35, s2p, s1p, s0p);
        f[n++] = FeatureHash.Feature(36, s1p, s0p, P(s0l));
        f[n++] = FeatureHash.Feature(37, s1p, P(s1r), s0p);
        f[n++] = FeatureHash.Feature(38, s1p, s0p, b0w);
        // Distance.
        f[n++] = FeatureHash.Feature(39, s0w, dist);
        f[n++] = FeatureHash.Feature(40, s0p, dist);
        f[n++] = FeatureHash.Feature(41, b0w, dist);
        f[n++] = FeatureHash.Feature(42, b0p, dist);
        f[n++] = FeatureHash.Feature(43, s0w, b0w, dist);
        f[n++] = FeatureHash.Feature(44, s0p, b0p, dist);
        f[n++] = FeatureHash.Feature(45, s1p, s0p, dist01);
        f[n++] = FeatureHash.Feature(46, s1w, s0w, dist01);
        // Valency.
        f[n++] = FeatureHash.Feature(47, s0w, s0vr);
        f[n++] = FeatureHash.Feature(48, s0p, s0vr);
        f[n++] = FeatureHash.Feature(49, s0w, s0vl);
        f[n++] = FeatureHash.Feature(50, s0p, s0vl);
        f[n++] = FeatureHash.Feature(51, b0w, b0vl);
        f[n++] = FeatureHash.Feature(52, b0p, b0vl);
        f[n++] = FeatureHash.Feature(53, s1p, s1vr);
        // Children.
        f[n++] = FeatureHash.Feature(54, W(s0l));
        f[n++] = FeatureHash.Feature(55, P(s0l));
        f[n++] = FeatureHash.Feature(56, L(s0l));
        f[n++] = FeatureHash.Feature(57, W(s0r));
        f[n++] = FeatureHash.Feature(58, P(s0r));
        f[n++] = FeatureHash.Feature(59, L(s0r));
        f[n++] = FeatureHash.Feature(60, W(b0l));
        f[n++] = FeatureHash.Feature(61, P(b0l));
        f[n++] = FeatureHash.Feature(62, L(b0l));
        f[n++] = FeatureHash.Feature(63, W(s1r));
        f[n++] = FeatureHash.Feature(64, P(s1r));
        f[n++] = FeatureHash.Feature(65, L(s1r));
        f[n++] = FeatureHash.Feature(66, W(s0l2));
        f[n++] = FeatureHash.Feature(67, P(s0l2));
        f[n++] = FeatureHash.Feature(68, L(s0l2));
        f[n++] = FeatureHash.Feature(69, W(s0r2));
        f[n++] = FeatureHash.Feature(70, P(s0r2));
        f[n++] = FeatureHash.Feature(71, L(s0r2));
        f[n++] = FeatureHash.Feature(72, W(b0l2));
        f[n++] = FeatureHash.Feature(73, P(b0l2));
        f[n++] = FeatureHash.Feature(74, L(b0l2));
        f[n++] = FeatureHash.Feature(75, P(s1l), L(s1l));
        f[n++] = FeatureHash.Feature(76, s0p, P(s0l), P(s0l2));
        f[n++] = FeatureHash.Feature(77, s0p, P(s0r), P(s0r2));
        f[n++] = FeatureHash.Feature(78, b0p, P(b0l), P(b0l2));
        // Label sets (as the pair of the two outermost labels).
        f[n++] = FeatureHash.Feature(79, s0w, L(s0l), L(s0r));
        f[n++] = FeatureHash.Feature(80, s0p, L(s0l), L(s0r));
        f[n++] = FeatureHash.Feature(81, b0w, L(b0l), L(b0l2));
        f[n++] = FeatureHash.Feature(82, b0p, L(b0l), L(b0l2));
        // Universal tags for the main positions.
        f[n++] = FeatureHash.Feature(83, s0 < 0 ? NoneValue : Upos[s0], b0 < 0 ? NoneValue : Upos[b0]);
        f[n++] = FeatureHash.Feature(84, s1 < 0 ? NoneValue : Upos[s1], s0 < 0 ? NoneValue : Upos[s0], b0 < 0 ? NoneValue : Upos[b0]);
        f[n++] = FeatureHash.Feature(85, b0IsRoot, (ulong)Math.Min(st.Depth, 4), s0p);
        if (HasClusters)
        {
            // Word clusters (the 256-cluster level) in place of words: Koo, Carreras and Collins (2008).
            ulong s0c = C(s0), b0c = C(b0), s1c = C(s1), b1c = C(b1);
            f[n++] = FeatureHash.Feature(86, s0c, s0p);
            f[n++] = FeatureHash.Feature(87, b0c, b0p);
            f[n++] = FeatureHash.Feature(88, s1c, s1p);
            f[n++] = FeatureHash.Feature(89, b1c);
            f[n++] = FeatureHash.Feature(90, s0c, b0c);
            f[n++] = FeatureHash.Feature(91, s0c, b0p);
            f[n++] = FeatureHash.Feature(92, s0p, b0c);
            f[n++] = FeatureHash.Feature(93, s1c, s0c);
            f[n++] = FeatureHash.Feature(94, s0c, b0c, dist);
            f[n++] = FeatureHash.Feature(95, C(s0l), C(s0r), s0p);
        }
        return n;
    }
}
