using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Evaluation.Petrarch;
using Dragoman.Ingest.Treebank;

namespace Dragoman.Tests.Support;

/// <summary>Codes hand-written Penn Treebank sentences with the fixture PETRARCH dictionaries (Fixtures/petrarch).</summary>
public static class PetrarchHarness
{
    private static readonly Lazy<CodingDictionaries> FixtureDictionaries = new(() => CodingDictionaries.LoadDirectory(Directory));

    /// <summary>The fixture directory of PETRARCH-format dictionaries.</summary>
    public static string Directory => Path.Combine(TestPaths.Fixtures, "petrarch");

    /// <summary>The loaded fixture dictionaries.</summary>
    public static CodingDictionaries Dictionaries => FixtureDictionaries.Value;

    /// <summary>A document of one or more sentences, each given as a Penn tree.</summary>
    public static Doc Document(DateOnly? date, params string[] trees) =>
        DocBuilder.FromSentences(new Article { Id = "test", Text = "", Date = date ?? new DateOnly(1995, 1, 1) },
            [.. trees.Select(t => PennToUniversal.Convert(PennTree.Parse(t)))]);

    /// <summary>Codes the sentences and returns "SOURCE TARGET CODE" per event, in order.</summary>
    public static string[] Code(string tree, DateOnly? date = null, SequenceCodingOptions? options = null) =>
        Triples(CodeDocument(Document(date, tree), options));

    /// <summary>Runs the PETRARCH coding stages on a document built from parses.</summary>
    public static Doc CodeDocument(Doc doc, SequenceCodingOptions? options = null, CodingDictionaries? dictionaries = null) =>
        PetrarchEvaluator.CodingPipeline(dictionaries ?? Dictionaries, options ?? SequenceCodingOptions.Default).Run(doc);

    /// <summary>"SOURCE TARGET CODE" for each event ("---" for an uncoded target).</summary>
    public static string[] Triples(Doc doc) =>
        [.. doc.Events.Select(e => $"{e.Source.Code} {e.Target?.Code ?? "---"} {e.Cameo}")];
}
