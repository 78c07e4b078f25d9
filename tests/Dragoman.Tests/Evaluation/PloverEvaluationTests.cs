using Dragoman.Documents;
using Dragoman.Evaluation;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Evaluation;

public class PloverEvaluationTests
{
    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("assault", "ASSAULT")]
    public void Older_category_names_map_to_current_types(string old, string current) =>
        Assert.Equal(current, PloverEvaluation.CurrentType(old));

    [Fact]
    public void Records_are_read_and_documentation_records_skipped()
    {
        const string json = """
            [ {"id": "doc", "event": "DOCUMENT", "eventText": "notes"},
              {"id": "a", "date": "2000-01-01", "event": "DEMAND", "text": "X demanded Y.",
               "source": [{"actorText": "X", "code": "usa"}], "target": [{"actorText": "Y", "code": "IRQ", "sector": "GOV"}]},
              {"id": "b", "event": "AGREE", "text": "Z agreed.", "source": [{"actorText": "Z", "code": "FRA"}], "target": ""} ]
            """;
        var records = PloverEvaluation.Read(json, "test.json");
        Assert.Equal(2, records.Count);
        Assert.Equal("REQUEST", records[0].Event);
        Assert.Equal(["USA"], records[0].SourceCodes);
        Assert.Equal(["IRQ"], records[0].TargetCodes);
        Assert.Empty(records[1].TargetCodes);
        Assert.Equal(new DateOnly(2000, 1, 1), records[0].Date);
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        var e = Assert.Throws<FormatException>(() => PloverEvaluation.Read("{not json", "gold.json"));
        Assert.StartsWith("gold.json:", e.Message);
        Assert.Throws<FormatException>(() => PloverEvaluation.Read("{\"a\": 1}", "gold.json"));
    }

    [Fact]
    public void Country_comparison_uses_the_first_three_letters()
    {
        Assert.True(PloverEvaluation.SameCountry("RUSGOV", ["RUS"]));
        Assert.True(PloverEvaluation.SameCountry("IGOUNO", ["IGO"]));
        Assert.False(PloverEvaluation.SameCountry("ISR", ["PSE"]));
        Assert.False(PloverEvaluation.SameCountry(null, ["PSE"]));
    }

    /// <summary>
    /// Guards the score recorded in BENCHMARKS.md on the PLOVER dev records (event accuracy 60.6 %,
    /// source country 66.2 % when recorded): it may rise, it must not silently fall.
    /// </summary>
    [SkippableFact]
    public void Plover_dev_scores_do_not_drop()
    {
        var path = SharedData.Require("eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json");
        var engine = new Engine();
        var records = PloverEvaluation.Read(File.ReadAllText(path), path);
        var scores = PloverEvaluation.Score(records, r => engine.Process(new Article { Id = r.Id, Text = r.Text, Date = r.Date }));
        Assert.Equal(213, scores.Records);
        Assert.True(scores.EventAccuracy >= 60.0, $"event_accuracy {scores.EventAccuracy}");
        Assert.True(scores.SourceCountryAccuracy >= 65.5, $"source_country_accuracy {scores.SourceCountryAccuracy}");
    }
}
