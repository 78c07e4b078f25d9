using System.Collections.Concurrent;
using System.Collections.Immutable;
using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Ingest.Treebank;
using Dragoman.Pipeline;

namespace Dragoman.Evaluation.Petrarch;

/// <summary>The outcome of coding one record.</summary>
/// <param name="Record">The record.</param>
/// <param name="Predicted">The distinct triples coded.</param>
/// <param name="Exact">True when <paramref name="Predicted"/> equals the expected set.</param>
/// <param name="Problem">Why the record could not be coded (a malformed parse), or null.</param>
public sealed record PetrarchRecordResult(PetrarchRecord Record, ImmutableArray<EventTriple> Predicted, bool Exact, string? Problem);

/// <summary>
/// Scores over a set of records: sentences coded exactly, and precision, recall and F1 over the
/// (source, target, event) triples, counted per sentence as sets.
/// </summary>
/// <param name="Sentences">Records scored.</param>
/// <param name="Exact">Records whose triple set equals the expected set ("noevents" is the empty set).</param>
/// <param name="TruePositives">Triples coded and expected.</param>
/// <param name="FalsePositives">Triples coded but not expected.</param>
/// <param name="FalseNegatives">Triples expected but not coded.</param>
public sealed record PetrarchScore(int Sentences, int Exact, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>No records.</summary>
    public static PetrarchScore Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Percentage of records coded exactly (0–100).</summary>
    public double ExactPercent => Sentences == 0 ? 0 : 100.0 * Exact / Sentences;

    /// <summary>Share of coded triples that were expected (1 when nothing was coded).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of expected triples that were coded (1 when nothing was expected).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one record's outcome.</summary>
    public PetrarchScore Add(PetrarchRecordResult r)
    {
        var expected = r.Record.Expected.ToHashSet();
        var tp = r.Predicted.Count(expected.Contains);
        return new PetrarchScore(Sentences + 1, Exact + (r.Exact ? 1 : 0), TruePositives + tp, FalsePositives + r.Predicted.Length - tp, FalseNegatives + expected.Count - tp);
    }
}

/// <summary>The scores of a validation run: valid records in total and per category, invalid records apart.</summary>
/// <param name="Results">Every record's outcome, in file order.</param>
/// <param name="Total">All valid records.</param>
/// <param name="Categories">Valid records by category, in order of first appearance.</param>
/// <param name="Invalid">Records marked valid="false".</param>
/// <param name="InvalidCategories">Invalid records by category.</param>
public sealed record PetrarchEvaluation(
    ImmutableArray<PetrarchRecordResult> Results,
    PetrarchScore Total,
    ImmutableArray<(string Category, PetrarchScore Score)> Categories,
    PetrarchScore Invalid,
    ImmutableArray<(string Category, PetrarchScore Score)> InvalidCategories);

/// <summary>
/// Codes PETRARCH validation records and scores them against their expected events. Records are
/// coded from their given parse (a Penn tree converted to dependencies, or CoNLL-U upgraded to UD
/// v2), or from their text with an analysis pipeline (Dragoman's own tokeniser, tagger and parser),
/// always with the same coding stages Dragoman uses for articles. Thread-safe.
/// </summary>
public sealed class PetrarchEvaluator
{
    private readonly CodingDictionaries dictionaries;
    private readonly DocumentPipeline? analysis;
    private readonly ConcurrentDictionary<SequenceCodingOptions, DocumentPipeline> pipelines = new();

    /// <summary>Creates an evaluator.</summary>
    /// <param name="dictionaries">The dictionaries to code with.</param>
    /// <param name="analysis">
    /// When given, records are coded from their text with this pipeline (which must tokenise, tag and
    /// parse), ignoring their parses; when null, from their parses.
    /// </param>
    /// <exception cref="ArgumentException">The analysis pipeline does not produce a dependency parse.</exception>
    public PetrarchEvaluator(CodingDictionaries dictionaries, DocumentPipeline? analysis = null)
    {
        this.dictionaries = dictionaries ?? throw new ArgumentNullException(nameof(dictionaries));
        if (analysis is not null && (analysis.Produces & (Layers.Sentences | Layers.Tokens | Layers.Parse)) != (Layers.Sentences | Layers.Tokens | Layers.Parse))
        {
            throw new ArgumentException("the analysis pipeline must produce sentences, tokens and a dependency parse", nameof(analysis));
        }
        // A validation record is one sentence, with or without final punctuation: every segment the
        // segmenter finds is prose to be parsed and coded, never a heading.
        this.analysis = analysis is null ? null : new DocumentPipeline(WithProse(analysis.Stages));
    }

    private static IEnumerable<IDocumentStage> WithProse(IEnumerable<IDocumentStage> stages)
    {
        var inserted = false;
        foreach (var stage in stages)
        {
            yield return stage;
            if (!inserted && (stage.Produces & Layers.Sentences) != 0)
            {
                inserted = true;
                yield return new AllProse();
            }
        }
    }

    /// <summary>Codes every record and scores the valid and the invalid ones apart.</summary>
    public PetrarchEvaluation Evaluate(IReadOnlyList<PetrarchRecord> records)
    {
        var results = records.AsParallel().AsOrdered().Select(CodeRecord).ToImmutableArray();
        var total = PetrarchScore.Empty;
        var invalid = PetrarchScore.Empty;
        var categories = new List<(string, PetrarchScore)>();
        var invalidCategories = new List<(string, PetrarchScore)>();
        foreach (var r in results)
        {
            var list = r.Record.Valid ? categories : invalidCategories;
            if (r.Record.Valid)
            {
                total = total.Add(r);
            }
            else
            {
                invalid = invalid.Add(r);
            }
            var k = list.FindIndex(c => c.Item1 == r.Record.Category);
            if (k < 0)
            {
                list.Add((r.Record.Category, PetrarchScore.Empty.Add(r)));
            }
            else
            {
                list[k] = (list[k].Item1, list[k].Item2.Add(r));
            }
        }
        return new PetrarchEvaluation(results, total, [.. categories], invalid, [.. invalidCategories]);
    }

    /// <summary>Codes one record.</summary>
    public PetrarchRecordResult CodeRecord(PetrarchRecord record)
    {
        Doc doc;
        try
        {
            doc = Analyse(record);
        }
        catch (FormatException e)
        {
            // A parse PETRARCH could not read either (unbalanced brackets): nothing is coded.
            return Result(record, [], e.Message);
        }
        var coded = Pipeline(record.Options).Run(doc);
        var triples = coded.Events
            .Select(e => new EventTriple(e.Source.Code, e.Target?.Code ?? "---", e.Cameo))
            .Distinct()
            .ToImmutableArray();
        return Result(record, triples, null);
    }

    private static PetrarchRecordResult Result(PetrarchRecord record, ImmutableArray<EventTriple> predicted, string? problem) =>
        new(record, predicted, predicted.ToHashSet().SetEquals(record.Expected), problem);

    private DocumentPipeline Pipeline(SequenceCodingOptions options) => pipelines.GetOrAdd(options, o => CodingPipeline(dictionaries, o));

    /// <summary>The coding stages for documents built from given parses (<see cref="FromParse"/>).</summary>
    public static DocumentPipeline CodingPipeline(CodingDictionaries dictionaries, SequenceCodingOptions options) =>
        new(new IDocumentStage[] { new Given() }.Concat(Engine.CodingStages(dictionaries, options)));

    /// <summary>The record as a parsed document: from its parse, or from its text with the analysis pipeline.</summary>
    /// <exception cref="FormatException">The parse is malformed or missing.</exception>
    public Doc Analyse(PetrarchRecord record)
    {
        var article = new Article { Id = record.Id, Text = record.Text, Date = record.Date };
        if (analysis is not null)
        {
            return analysis.Run(article);
        }
        return FromParse(article, record);
    }

    /// <summary>A document built from a record's given parse.</summary>
    /// <exception cref="FormatException">The parse is malformed or missing.</exception>
    public static Doc FromParse(Article article, PetrarchRecord record)
    {
        switch (record.ParseFormat)
        {
            case RecordParseFormat.Penn:
                {
                    var text = record.Parse!;
                    if (text.Count(c => c == '(') != text.Count(c => c == ')'))
                    {
                        throw new FormatException($"record {record.Id}: unbalanced brackets in the Penn tree");
                    }
                    var tree = PennTree.Parse(text);
                    return DocBuilder.FromSentences(article, [PennToUniversal.Convert(tree)]);
                }
            case RecordParseFormat.Conllu:
                {
                    var sentences = Conllu.Parse(record.Parse!, record.Id).Select(s => Conllu.UpgradeToV2(s.Tokens)).ToList();
                    if (sentences.Count == 0)
                    {
                        throw new FormatException($"record {record.Id}: empty CoNLL-U parse");
                    }
                    return DocBuilder.FromSentences(article, sentences);
                }
            default:
                throw new FormatException($"record {record.Id}: no parse to code from (use the own parser)");
        }
    }

    /// <summary>Marks every segment as a sentence (records hold single sentences).</summary>
    private sealed class AllProse : IDocumentStage
    {
        public string Name => "record-sentences";
        public Layers Requires => Layers.Sentences;
        public Layers Produces => Layers.None;
        public Doc Process(Doc doc) => doc with { Sentences = [.. doc.Sentences.Select(s => s with { Kind = SentenceKind.Sentence })] };
    }

    /// <summary>Declares the layers a pre-built document already has.</summary>
    private sealed class Given : IDocumentStage
    {
        public string Name => "given";
        public Layers Requires => Layers.None;
        public Layers Produces => Layers.Sentences | Layers.Tokens | Layers.Tags | Layers.Parse;
        public Doc Process(Doc doc) => doc;
    }
}
