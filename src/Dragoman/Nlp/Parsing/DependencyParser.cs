using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Parsing;

/// <summary>A word's syntactic head and relation.</summary>
/// <param name="Head">Index of the head word in the sentence, from 0; -1 for the root.</param>
/// <param name="Relation">Universal Dependencies relation with subtype ("nsubj:pass", "root").</param>
public readonly record struct ParsedWord(int Head, string Relation);

/// <summary>
/// A labelled dependency parser for English (UD relations with subtypes), trained on UD English
/// EWT: greedy arc-hybrid transitions scored by an averaged perceptron, trained with a dynamic
/// oracle and exploration. Immutable and thread-safe: scratch space is per thread.
/// </summary>
public sealed class DependencyParser
{
    /// <summary>The kind name in the model file header.</summary>
    internal const string Kind = "parser";

    /// <summary>The model file name under data/models.</summary>
    public const string FileName = "parser.bin";

    [ThreadStatic]
    private static ParserWorkspace? t_workspace;

    private static readonly Lazy<DependencyParser> Shipped = new(() => ModelFile.ReadEmbedded(FileName, Kind, Read));

    private readonly string[] _labels;

    internal DependencyParser(LinearModel model, string[] labels, ModelInfo info, WordClusters? clusters = null)
    {
        Clusters = clusters;
        Model = model;
        _labels = labels;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0)
        {
            throw new InvalidDataException("the label set has no 'root'");
        }
        Info = info;
    }

    /// <summary>The parser shipped in the library (loaded on first use).</summary>
    public static DependencyParser Default => Shipped.Value;

    /// <summary>Loads a parser from a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a parser model.</exception>
    public static DependencyParser Load(string path) => ModelFile.Read(path, Kind, Read);

    /// <summary>How the model was trained.</summary>
    public ModelInfo Info { get; }

    /// <summary>The relation labels.</summary>
    public IReadOnlyList<string> Labels => _labels;

    internal LinearModel Model { get; }

    /// <summary>The word clusters the model was trained with; null for a model without cluster features.</summary>
    internal WordClusters? Clusters { get; }

    internal int RootLabel { get; }

    /// <summary>Parses one sentence given its word forms and predicted XPOS and UPOS tags.</summary>
    public ParsedWord[] Parse(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(upos);
        if (xpos.Count != forms.Count || upos.Count != forms.Count)
        {
            throw new ArgumentException("forms and tags differ in length");
        }
        var heads = new int[forms.Count];
        var labels = new int[forms.Count];
        Parse([.. forms], [.. xpos], [.. upos], heads, labels);
        var result = new ParsedWord[forms.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ParsedWord(heads[i], _labels[labels[i]]);
        }
        return result;
    }

    /// <summary>
    /// Parses one sentence into caller-supplied spans, without allocating once warm: heads are word
    /// indexes in the sentence (-1 for the root) and relations are shared label strings.
    /// </summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, Span<int> heads, Span<string> relations)
    {
        if (xpos.Length != forms.Length || upos.Length != forms.Length || heads.Length < forms.Length || relations.Length < forms.Length)
        {
            throw new ArgumentException("forms, tags and outputs differ in length");
        }
        Span<int> labels = forms.Length <= 256 ? stackalloc int[forms.Length] : new int[forms.Length];
        Parse(forms, xpos, upos, heads, labels);
        for (var i = 0; i < forms.Length; i++)
        {
            relations[i] = _labels[labels[i]];
        }
    }

    /// <summary>The name of label <paramref name="label"/>.</summary>
    internal string LabelName(int label) => _labels[label];

    /// <summary>Parses into head indexes (-1 = root) and label indexes; allocates nothing once warm.</summary>
    internal void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, Span<int> heads, Span<int> labels)
    {
        if (forms.Length == 0)
        {
            return;
        }
        var w = t_workspace ??= new ParserWorkspace();
        w.Load(forms, xpos, upos, _labels.Length, RootLabel, Clusters);
        var state = w.State;
        var transitions = state.TransitionCount;
        var scores = w.Scores.AsSpan(0, transitions);
        while (!state.IsTerminal)
        {
            var n = w.Extract();
            scores.Clear();
            Model.Score(w.Features.AsSpan(0, n), scores);
            state.Apply(BestLegal(state, scores));
        }
        for (var i = 0; i < forms.Length; i++)
        {
            heads[i] = state.Head[i] == state.Root ? -1 : state.Head[i];
            labels[i] = state.Label[i];
        }
    }

    /// <summary>The highest-scoring legal transition.</summary>
    internal static int BestLegal(ArcHybrid state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        // Checking legality per group is cheaper than per transition: the groups share their conditions.
        var labels = state.Labels;
        if (state.IsLegal(0))
        {
            best = 0;
            bestScore = scores[0];
        }
        if (state.Depth > 0)
        {
            if (state.Buffer == state.Length)
            {
                if (state.Depth == 1)
                {
                    return 1 + state.RootLabel;
                }
            }
            else
            {
                for (var t = 1; t <= labels; t++)
                {
                    if (scores[t] > bestScore && t - 1 != state.RootLabel)
                    {
                        bestScore = scores[t];
                        best = t;
                    }
                }
            }
        }
        if (state.Depth >= 2)
        {
            for (var t = 1 + labels; t <= 2 * labels; t++)
            {
                if (scores[t] > bestScore && t - 1 - labels != state.RootLabel)
                {
                    bestScore = scores[t];
                    best = t;
                }
            }
        }
        return best;
    }

    /// <summary>Writes the parser to a model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    private void Write(ModelWriter writer)
    {
        Info.Write(writer);
        writer.WriteStrings(_labels);
        Model.Write(writer);
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
    }

    private static DependencyParser Read(ModelReader reader)
    {
        var info = ModelInfo.Read(reader);
        var labels = reader.ReadStrings();
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = string.Intern(labels[i]);
        }
        var model = LinearModel.Read(reader);
        if (model.ClassCount != 1 + (2 * labels.Length))
        {
            throw new InvalidDataException("parser model and label set disagree");
        }
        // Models written before word clusters end here.
        var clusters = reader.BaseStream.Position < reader.BaseStream.Length && reader.ReadBoolean() ? WordClusters.Read(reader) : null;
        return new DependencyParser(model, labels, info, clusters);
    }
}
