using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Tagging;

/// <summary>A word's tags and lemma.</summary>
/// <param name="Upos">Universal part-of-speech tag.</param>
/// <param name="Xpos">Penn Treebank tag.</param>
/// <param name="Lemma">Dictionary form.</param>
public readonly record struct TaggedWord(string Upos, string Xpos, string Lemma);

/// <summary>
/// A part-of-speech tagger and lemmatiser for English, trained on UD English EWT: greedy
/// left-to-right averaged perceptrons over hashed features (word, affixes, shape, neighbouring words,
/// their ambiguity classes and the two previous tags) that choose a joint (UPOS, XPOS) tag. An
/// optional second pass also sees the first pass's tags to the right of each word; it re-tags only
/// the words where the first pass's best score leads the runner-up by less than a threshold.
/// Immutable and thread-safe: one instance serves every thread; scratch space is per thread.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The kind name in the model file header.</summary>
    internal const string Kind = "tagger";

    /// <summary>The model file name under data/models.</summary>
    public const string FileName = "tagger.bin";

    [ThreadStatic]
    private static TaggerWorkspace? t_workspace;

    private static readonly Lazy<PosTagger> Shipped = new(() => ModelFile.ReadEmbedded(FileName, Kind, Read));

    private readonly string[] _upos;
    private readonly string[] _xpos;

    // One single-class "allowed" set per class, for words whose class is fixed in advance.
    private readonly ushort[][] _single;

    internal PosTagger(LinearModel model, LinearModel? second, TagLexicon lexicon, string[] upos, string[] xpos, Lemmatizer lemmatizer, ModelInfo info, WordClusters? clusters = null, float secondMargin = float.PositiveInfinity)
    {
        Clusters = clusters;
        SecondMargin = secondMargin;
        Model = model;
        Second = second;
        Lexicon = lexicon;
        _upos = upos;
        _xpos = xpos;
        _single = [.. Enumerable.Range(0, upos.Length).Select(c => new[] { (ushort)c })];
        Lemmatizer = lemmatizer;
        Info = info;
    }

    /// <summary>The tagger shipped in the library (loaded on first use).</summary>
    public static PosTagger Default => Shipped.Value;

    /// <summary>Loads a tagger from a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a tagger model.</exception>
    public static PosTagger Load(string path) => ModelFile.Read(path, Kind, Read);

    /// <summary>How the model was trained.</summary>
    public ModelInfo Info { get; }

    /// <summary>Number of joint (UPOS, XPOS) classes.</summary>
    public int ClassCount => _upos.Length;

    internal LinearModel Model { get; }

    /// <summary>The second pass, which also sees the first pass's tags to the right; null for a one-pass tagger.</summary>
    internal LinearModel? Second { get; }

    /// <summary>
    /// The second pass re-tags a word only when the first pass's best score leads the runner-up by
    /// less than this (infinity: every scored word).
    /// </summary>
    internal float SecondMargin { get; }

    internal TagLexicon Lexicon { get; }

    /// <summary>The word clusters the model was trained with; null for a model without cluster features.</summary>
    internal WordClusters? Clusters { get; }

    internal Lemmatizer Lemmatizer { get; }

    /// <summary>The UPOS of a class.</summary>
    internal string UposOf(int cls) => _upos[cls];

    /// <summary>The XPOS of a class.</summary>
    internal string XposOf(int cls) => _xpos[cls];

    /// <summary>Tags and lemmatises one sentence of (normalised) word forms.</summary>
    public TaggedWord[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        var classes = new int[array.Length];
        TagClasses(array, classes);
        var result = new TaggedWord[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            var xpos = _xpos[classes[i]];
            result[i] = new TaggedWord(_upos[classes[i]], xpos, Lemmatizer.Lemmatize(array[i], xpos));
        }
        return result;
    }

    /// <summary>
    /// Tags one sentence into caller-supplied spans, without allocating once warm: the hot path.
    /// The tag strings are shared (interned) instances.
    /// </summary>
    public void Tag(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        if (upos.Length < words.Length || xpos.Length < words.Length)
        {
            throw new ArgumentException("the tag spans are shorter than the sentence");
        }
        Span<int> classes = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        TagClasses(words, classes);
        for (var i = 0; i < words.Length; i++)
        {
            upos[i] = _upos[classes[i]];
            xpos[i] = _xpos[classes[i]];
        }
    }

    /// <summary>The lemma of a form with its Penn tag.</summary>
    public string Lemmatize(string form, string xpos) => Lemmatizer.Lemmatize(form, xpos);

    /// <summary>Tags a sentence into class indexes (the hot path: allocates nothing once warm).</summary>
    internal void TagClasses(ReadOnlySpan<string> words, Span<int> classes)
    {
        var w = t_workspace ??= new TaggerWorkspace();
        w.Load(words, Lexicon, ClassCount, Clusters, this);
        Decode(w, Model, stacked: false, classes);
        if (Second is not null)
        {
            w.StartSecondPass();
            Decode(w, Second, stacked: true, classes);
        }
    }

    /// <summary>
    /// Tags a sentence into class indexes with some classes fixed in advance: where
    /// <paramref name="forced"/> holds a class (not -1), the word takes it and the words after it are
    /// tagged in its context.
    /// </summary>
    internal void TagClasses(ReadOnlySpan<string> words, Span<int> classes, ReadOnlySpan<int> forced)
    {
        var w = t_workspace ??= new TaggerWorkspace();
        w.Load(words, Lexicon, ClassCount, Clusters, this);
        for (var i = 0; i < words.Length; i++)
        {
            if (forced[i] >= 0)
            {
                w.Allowed[i + TaggerWorkspace.Pad] = _single[forced[i]];
            }
        }
        Decode(w, Model, stacked: false, classes);
        if (Second is not null)
        {
            w.StartSecondPass();
            Decode(w, Second, stacked: true, classes);
        }
    }

    /// <summary>The class of a (UPOS, XPOS) pair, or -1 when the model has no such class.</summary>
    internal int ClassOf(string upos, string xpos)
    {
        for (var c = 0; c < _upos.Length; c++)
        {
            if (_upos[c] == upos && _xpos[c] == xpos)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>Tags the loaded sentence with the first pass only, keeping each word's margin (best minus runner-up score).</summary>
    internal void DecodeFirst(TaggerWorkspace w, Span<int> classes) => Decode(w, Model, stacked: false, classes);

    /// <summary>Tags the loaded sentence with one pass (the first, or with <paramref name="stacked"/> the second).</summary>
    internal void Decode(TaggerWorkspace w, LinearModel model, bool stacked, Span<int> classes)
    {
        var classCount = ClassCount;
        var scores = w.Scores.AsSpan(0, classCount);
        for (var i = 0; i < w.Length; i++)
        {
            if (w.Allowed[i + TaggerWorkspace.Pad] is [var only])
            {
                // A frequent word that only ever had one tag ("the", ",") needs no scoring.
                w.Tags[i + TaggerWorkspace.Pad] = only;
                classes[i] = only;
                continue;
            }
            if (stacked && w.Margin[i + TaggerWorkspace.Pad] >= SecondMargin)
            {
                // The first pass was sure: keep its tag.
                var first = w.First[i + TaggerWorkspace.Pad];
                w.Tags[i + TaggerWorkspace.Pad] = first;
                classes[i] = first;
                continue;
            }
            // The word's own features first (their sum cached per word), then its context.
            var cached = w.Cached[i + TaggerWorkspace.Pad];
            var local = cached is null ? null : stacked ? cached.SecondLocal : cached.Local;
            if (local is not null)
            {
                local.AsSpan().CopyTo(scores);
            }
            else
            {
                scores.Clear();
                model.Score(w.Features.AsSpan(0, w.ExtractLocal(i)), scores);
                if (cached is not null)
                {
                    if (stacked)
                    {
                        cached.SecondLocal = scores.ToArray();
                    }
                    else
                    {
                        cached.Local = scores.ToArray();
                    }
                }
            }
            model.Score(w.Features.AsSpan(0, w.ExtractContext(i, stacked)), scores);
            var best = w.Best(i, classCount, out var margin);
            w.Margin[i + TaggerWorkspace.Pad] = margin;
            w.Tags[i + TaggerWorkspace.Pad] = best;
            classes[i] = best;
        }
    }

    /// <summary>Writes the tagger to a model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    private void Write(ModelWriter writer)
    {
        Info.Write(writer);
        writer.WriteStrings(_upos);
        writer.WriteStrings(_xpos);
        Model.Write(writer);
        writer.Write(Second is not null);
        Second?.Write(writer);
        Lexicon.Write(writer);
        Lemmatizer.Write(writer);
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
        if (Second is not null)
        {
            writer.Write(SecondMargin);
        }
    }

    private static PosTagger Read(ModelReader reader)
    {
        var info = ModelInfo.Read(reader);
        var upos = Intern(reader.ReadStrings());
        var xpos = Intern(reader.ReadStrings());
        var model = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        var lexicon = TagLexicon.Read(reader, upos.Length);
        var lemmatizer = Lemmatizer.Read(reader);
        // Models written before word clusters end here.
        var clusters = reader.BaseStream.Position < reader.BaseStream.Length && reader.ReadBoolean() ? WordClusters.Read(reader) : null;
        // Two-pass models written before the margin gate re-tag every word.
        var margin = second is not null && reader.BaseStream.Position < reader.BaseStream.Length ? reader.ReadSingle() : float.PositiveInfinity;
        return new PosTagger(model, second, lexicon, upos, xpos, lemmatizer, info, clusters, margin);
    }

    private static string[] Intern(string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = string.Intern(values[i]);
        }
        return values;
    }
}
