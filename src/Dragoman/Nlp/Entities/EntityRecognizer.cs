using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Entities;

/// <summary>
/// A named-entity recogniser for PER, ORG and LOC (and GPE, for places a gazetteer knows as a
/// country or city), trained on Universal NER English EWT: a first-order structured perceptron
/// (Viterbi decoding of BILOU labels), with word, affix, shape, context, part-of-speech and
/// (optional) gazetteer features. Immutable and thread-safe: scratch space is per thread.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>The kind name in the model file header.</summary>
    internal const string Kind = "ner";

    /// <summary>The model file name under data/models.</summary>
    public const string FileName = "ner.bin";

    /// <summary>The entity types the model labels, in class order.</summary>
    internal static readonly string[] Types = ["PER", "ORG", "LOC"];

    /// <summary>Number of BILOU classes: O, then B, I, L, U for each type.</summary>
    internal static readonly int ClassCount = 1 + (4 * Types.Length);

    [ThreadStatic]
    private static EntityWorkspace? t_workspace;

    private static readonly Lazy<EntityRecognizer> Shipped = new(() => ModelFile.ReadEmbedded(FileName, Kind, Read));

    internal EntityRecognizer(LinearModel model, CommonWords common, bool usesGazetteer, ModelInfo info, float outsidePenalty = 0, WordClusters? clusters = null, bool usesMemory = false, NameLexicon? lexicon = null)
    {
        Lexicon = lexicon;
        UsesMemory = usesMemory;
        Clusters = clusters;
        OutsidePenalty = outsidePenalty;
        Model = model;
        Common = common;
        UsesGazetteer = usesGazetteer;
        Info = info;
    }

    /// <summary>The recogniser shipped in the library (loaded on first use).</summary>
    public static EntityRecognizer Default => Shipped.Value;

    /// <summary>Loads a recogniser from a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not an entity model.</exception>
    public static EntityRecognizer Load(string path) => ModelFile.Read(path, Kind, Read);

    /// <summary>How the model was trained.</summary>
    public ModelInfo Info { get; }

    /// <summary>True when the model was trained with gazetteer features (and works best given one).</summary>
    public bool UsesGazetteer { get; }

    /// <summary>
    /// True when the model was trained with document memory (<see cref="EntityMemory"/>): give
    /// <see cref="Recognize(ReadOnlySpan{string}, ReadOnlySpan{string}, IEntityGazetteer?, EntityMemory?)"/>
    /// one memory per document, sentence after sentence in order.
    /// </summary>
    public bool UsesMemory { get; }

    internal LinearModel Model { get; }

    internal CommonWords Common { get; }

    /// <summary>The name lexicon the model was trained with (stored in the model); null for a model without lexicon features.</summary>
    internal NameLexicon? Lexicon { get; }

    /// <summary>The word clusters the model was trained with; null for a model without cluster features.</summary>
    internal WordClusters? Clusters { get; }

    /// <summary>
    /// Subtracted from the score of O (outside) at every token: the model's perceptron scores favour
    /// precision, and this trades a little of it for recall, tuned on dev data at training time.
    /// </summary>
    internal float OutsidePenalty { get; }

    /// <summary>The same model with another outside penalty.</summary>
    internal EntityRecognizer WithOutsidePenalty(float penalty) => new(Model, Common, UsesGazetteer, Info, penalty, Clusters, UsesMemory, Lexicon);

    /// <summary>The same model with other training information.</summary>
    internal EntityRecognizer WithInfo(ModelInfo info) => new(Model, Common, UsesGazetteer, info, OutsidePenalty, Clusters, UsesMemory, Lexicon);

    /// <summary>
    /// Finds the entities of one sentence: normalised token forms and their Penn tags. Spans the
    /// model labels LOC become GPE where <paramref name="gazetteer"/> or the model's name lexicon
    /// knows them as a country or city.
    /// </summary>
    public List<TokenSpan> Recognize(ReadOnlySpan<string> tokens, ReadOnlySpan<string> xpos, IEntityGazetteer? gazetteer = null) => Recognize(tokens, xpos, gazetteer, null);

    /// <summary>
    /// Finds the entities of one sentence of a document: with <paramref name="memory"/> (one per
    /// document, given the document's sentences in order) a model trained with document memory
    /// sees what it labelled earlier in the document, and the memory learns this sentence's labels.
    /// </summary>
    public List<TokenSpan> Recognize(ReadOnlySpan<string> tokens, ReadOnlySpan<string> xpos, IEntityGazetteer? gazetteer, EntityMemory? memory)
    {
        if (tokens.Length != xpos.Length)
        {
            throw new ArgumentException("tokens and tags differ in length");
        }
        var result = new List<TokenSpan>();
        if (tokens.Length == 0)
        {
            return result;
        }
        var w = t_workspace ??= new EntityWorkspace();
        memory = UsesMemory ? memory : null;
        w.Load(tokens, xpos, gazetteer, Common, ClassCount, Clusters, memory, Lexicon);
        Decode(w, Model, OutsidePenalty);
        memory?.Remember(w);
        CollectSpans(w, tokens, gazetteer, Lexicon, result);
        return result;
    }

    /// <summary>
    /// Labels the loaded sentence with the highest-scoring valid BILOU sequence (Viterbi): emission
    /// scores per token and label, plus transition scores that depend on the previous label.
    /// </summary>
    internal static void Decode(EntityWorkspace w, IFeatureScorer scorer, float outsidePenalty = 0)
    {
        var n = w.Length;
        var c = ClassCount;
        Span<ulong> transition = stackalloc ulong[EntityWorkspace.TransitionFeatures];
        var emission = w.Emission;
        var trans = w.Transition;
        var best = w.Best;
        var back = w.Back;
        for (var i = 0; i < n; i++)
        {
            var features = w.Extract(i);
            var e = emission.AsSpan(i * c, c);
            e.Clear();
            scorer.Score(w.Features.AsSpan(0, features), e);
            e[0] -= outsidePenalty;
            var last = i == n - 1;
            for (var y = 0; y < c; y++)
            {
                best[(i * c) + y] = float.NegativeInfinity;
            }
            for (var previous = 0; previous < (i == 0 ? 1 : c); previous++)
            {
                var before = i == 0 ? 0f : best[((i - 1) * c) + previous];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }
                w.ExtractTransition(i, previous, transition);
                var t = trans.AsSpan(((i * c) + previous) * c, c);
                t.Clear();
                scorer.Score(transition, t);
                for (var y = 0; y < c; y++)
                {
                    if (!IsAllowed(previous, y, last))
                    {
                        continue;
                    }
                    var score = before + t[y] + e[y];
                    if (score > best[(i * c) + y])
                    {
                        best[(i * c) + y] = score;
                        back[(i * c) + y] = previous;
                    }
                }
            }
        }
        var label = 0;
        var top = float.NegativeInfinity;
        for (var y = 0; y < c; y++)
        {
            if (best[((n - 1) * c) + y] > top)
            {
                top = best[((n - 1) * c) + y];
                label = y;
            }
        }
        for (var i = n - 1; i >= 0; i--)
        {
            w.Labels[i + EntityWorkspace.Pad] = label;
            label = back[(i * c) + label];
        }
    }

    // A place the actor dictionary or the name lexicon (GeoNames' cities and countries) knows as a
    // country or city is a GPE.
    private static bool IsCountryOrCity(ReadOnlySpan<string> name, IEntityGazetteer? gazetteer, NameLexicon? lexicon)
    {
        const GazetteerKinds kinds = GazetteerKinds.Country | GazetteerKinds.City;
        return (gazetteer is not null && (gazetteer.Lookup(name) & kinds) != 0)
            || (lexicon is not null && (lexicon.Lookup(name) & kinds) != 0);
    }

    /// <summary>BILOU: inside a span only I or L of its type may follow; elsewhere O, B or U.</summary>
    internal static bool IsAllowed(int previous, int current, bool last)
    {
        var open = previous > 0 && ((previous - 1) % 4) is 0 or 1; // B or I
        var position = current == 0 ? -1 : (current - 1) % 4;
        if (last && position is 0 or 1)
        {
            return false;
        }
        if (open)
        {
            return position is 1 or 2 && (current - 1) / 4 == (previous - 1) / 4;
        }
        return position is -1 or 0 or 3;
    }

    /// <summary>The class of a span's token: position 0 B, 1 I, 2 L, 3 U.</summary>
    internal static int ClassOf(int type, int position) => 1 + (4 * type) + position;

    private static void CollectSpans(EntityWorkspace w, ReadOnlySpan<string> tokens, IEntityGazetteer? gazetteer, NameLexicon? lexicon, List<TokenSpan> result)
    {
        var start = -1;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w.Labels[i + EntityWorkspace.Pad];
            if (c == 0)
            {
                continue;
            }
            var position = (c - 1) % 4;
            if (position is 0 or 3)
            {
                start = i;
            }
            if (position is 2 or 3 && start >= 0)
            {
                var type = Types[(c - 1) / 4];
                // UNER leaves titles out of names ("Ms [Pugh]"); the training data writes them
                // mostly with a period, so a bare "Mr" or "Ms" may still be labelled inside.
                if (type == "PER" && i > start && IsHonorific(tokens[start]))
                {
                    start++;
                }
                if (type == "LOC" && IsCountryOrCity(tokens[start..(i + 1)], gazetteer, lexicon))
                {
                    type = "GPE";
                }
                result.Add(new TokenSpan(start, i + 1, type));
                start = -1;
            }
        }
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Mx", "Mx.",
    };

    private static bool IsHonorific(string token) => Honorifics.Contains(token);

    /// <summary>Writes the recogniser to a model file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    private void Write(ModelWriter writer)
    {
        Info.Write(writer);
        writer.WriteStrings(Types);
        writer.Write(UsesGazetteer);
        writer.Write(OutsidePenalty);
        Common.Write(writer);
        Model.Write(writer);
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
        // Models written before the name lexicon end after the memory flag, written only when set.
        if (UsesMemory || Lexicon is not null)
        {
            writer.Write(UsesMemory);
        }
        if (Lexicon is not null)
        {
            writer.Write(true);
            Lexicon.Write(writer);
        }
    }

    private static EntityRecognizer Read(ModelReader reader)
    {
        var info = ModelInfo.Read(reader);
        var types = reader.ReadStrings();
        if (!types.SequenceEqual(Types))
        {
            throw new InvalidDataException("entity model with an unexpected type set");
        }
        var usesGazetteer = reader.ReadBoolean();
        var outsidePenalty = reader.ReadSingle();
        var common = CommonWords.Read(reader);
        var model = LinearModel.Read(reader);
        if (model.ClassCount != ClassCount)
        {
            throw new InvalidDataException("entity model with an unexpected class count");
        }
        // Models written before word clusters end here.
        var clusters = reader.BaseStream.Position < reader.BaseStream.Length && reader.ReadBoolean() ? WordClusters.Read(reader) : null;
        // Models written before document memory end here.
        var usesMemory = reader.BaseStream.Position < reader.BaseStream.Length && reader.ReadBoolean();
        // Models written before the name lexicon end here.
        var lexicon = reader.BaseStream.Position < reader.BaseStream.Length && reader.ReadBoolean() ? NameLexicon.Read(reader) : null;
        return new EntityRecognizer(model, common, usesGazetteer, info, outsidePenalty, clusters, usesMemory, lexicon);
    }
}
