using Dragoman.Evaluation.Petrarch;
using Dragoman.Pipeline;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Evaluation;

/// <summary>
/// PETRARCH conformance on the suites in ../shared/eval (skipped when absent). Thresholds sit just
/// under the figures recorded in BENCHMARKS.md, so a regression fails here.
/// </summary>
public class PetrarchConformanceTests
{
    private static PetrarchEvaluation Evaluate(string suite, string records, Func<List<PetrarchRecord>, List<PetrarchRecord>>? adapt = null, DocumentPipeline? analysis = null)
    {
        var dir = SharedData.Require($"eval/{suite}");
        var all = PetrarchRecordReader.Read(SharedData.Require($"eval/{suite}/{records}"));
        var dictionaries = CodingDictionaries.LoadDirectory(dir);
        return new PetrarchEvaluator(dictionaries, analysis).Evaluate(adapt is null ? all : adapt(all));
    }

    [SkippableFact]
    public void Petrarch1_suite_with_its_parses_is_coded_as_petrarch_1_codes_it()
    {
        var e = Evaluate("petrarch1-unit", "PETR.UnitTest.records.xml");
        Assert.Equal(276, e.Total.Sentences);
        Assert.True(e.Total.Exact >= 274, $"exact {e.Total.Exact}/276 (recorded 275)");
        Assert.True(e.Total.F1 >= 0.99, $"F1 {e.Total.F1:F4} (recorded 0.9971)");
    }

    [SkippableFact]
    public void Petrarch2_suite_with_its_penn_trees()
    {
        var e = Evaluate("petrarch2-unit", "PETR.UnitTest.records.xml");
        Assert.Equal(284, e.Total.Sentences);
        Assert.True(e.Total.Exact >= 266, $"exact {e.Total.Exact}/284 (recorded 268)");
        Assert.True(e.Total.F1 >= 0.94, $"F1 {e.Total.F1:F4} (recorded 0.9510)");
    }

    [SkippableFact]
    public void Petrarch2_suite_with_the_udpipe_parses_of_the_same_sentences()
    {
        var udpipe = PetrarchRecordReader.Read(SharedData.Require("eval/petrarch2-unit/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"));
        var e = Evaluate("petrarch2-unit", "PETR.UnitTest.records.xml", all => PetrarchRecordReader.WithParsesFrom(all, udpipe));
        Assert.Equal(244, e.Total.Sentences);
        Assert.True(e.Total.Exact >= 212, $"exact {e.Total.Exact}/244 (recorded 214)");
    }

    [SkippableFact]
    public void Petrarch1_suite_with_dragomans_own_parser()
    {
        var engine = new Engine();
        const Dragoman.Documents.Layers analysisLayers = Dragoman.Documents.Layers.Sentences | Dragoman.Documents.Layers.Tokens
            | Dragoman.Documents.Layers.Tags | Dragoman.Documents.Layers.Parse | Dragoman.Documents.Layers.Entities;
        var analysis = new DocumentPipeline(engine.Pipeline.Stages.TakeWhile(s => (s.Produces & ~analysisLayers) == 0));
        Skip.If((analysis.Produces & Dragoman.Documents.Layers.Parse) == 0, "this build has no trained parser");
        var e = Evaluate("petrarch1-unit", "PETR.UnitTest.records.xml", analysis: analysis);
        // Recorded 246 / 276 (89.13 %) with the two-pass cluster tagger (248 / 276 before it); the bound leaves room for the
        // parser's retraining (a few sentences either way) and stays above the 85 % target.
        Assert.True(e.Total.ExactPercent >= 88.0, $"exact {e.Total.ExactPercent:F2} % (recorded 89.13 %)");
    }
}
