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

    [Theory]
    [InlineData("163", "SANCTION")]  // the 2021 table: COERCE
    [InlineData("175", "COERCE")]    // 2021: ASSAULT
    [InlineData("192", "ASSAULT")]   // 2021: COERCE (FIGHT in 0.5, mapped to ASSAULT)
    [InlineData("0814", "CONCEDE")]  // 2021: RETREAT
    [InlineData("0841", "RETREAT")]
    [InlineData("1056", "REQUEST")]
    [InlineData("112", "ACCUSE")]
    [InlineData("010", null)]
    public void Legacy_records_are_typed_by_the_cameo_root(string cameo, string? type) =>
        Assert.Equal(type, PloverEvaluation.LegacyType(cameo));

    [Theory]
    [InlineData("0.5b1", true)]
    [InlineData("0.4", true)]
    [InlineData("0.6b1", false)]
    [InlineData("0.8", false)]
    [InlineData("1.0", false)]
    [InlineData(null, false)]
    public void Versions_before_0_6_are_legacy(string? version, bool legacy) =>
        Assert.Equal(legacy, PloverEvaluation.IsLegacyVersion(version));

    [Fact]
    public void The_version_field_is_read()
    {
        var records = PloverEvaluation.Read("""[{"id": "a", "event": "SANCTION", "text": "X.", "version": "0.5b1"}, {"id": "b", "event": "AGREE", "text": "Y."}]""", "t.json");
        Assert.Equal("0.5b1", records[0].Version);
        Assert.Null(records[1].Version);
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
    /// Guards the score recorded in BENCHMARKS.md on the PLOVER dev records (event accuracy 81.2 %,
    /// source country 85.0 %, target country 52.9 % when recorded): it may rise, it must not silently fall.
    /// </summary>
    [SkippableFact]
    public void Plover_dev_scores_do_not_drop()
    {
        var path = SharedData.Require("eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json");
        var engine = new Engine();
        var records = PloverEvaluation.Read(File.ReadAllText(path), path);
        var scores = PloverEvaluation.Score(records, r => engine.Process(new Article { Id = r.Id, Text = r.Text, Date = r.Date }));
        Assert.Equal(213, scores.Records);
        Assert.True(scores.EventAccuracy >= 81.0, $"event_accuracy {scores.EventAccuracy}");
        Assert.True(scores.SourceCountryAccuracy >= 84.5, $"source_country_accuracy {scores.SourceCountryAccuracy}");
        Assert.True(scores.TargetCountryAccuracy >= 52.5, $"target_country_accuracy {scores.TargetCountryAccuracy}");
    }

    /// <summary>
    /// The project's own held-out check (Fixtures/gold/news-heldout.json: 162 news-style sentences
    /// written and coded by hand before the PLOVER dev errors were studied, never tuned to):
    /// guards the figures recorded in BENCHMARKS.md.
    /// </summary>
    [Fact]
    public void Held_out_news_scores_do_not_drop()
    {
        var path = Path.Combine(TestPaths.Fixtures, "gold", "news-heldout.json");
        var engine = new Engine();
        var records = PloverEvaluation.Read(File.ReadAllText(path), path);
        var scores = PloverEvaluation.Score(records, r => engine.Process(new Article { Id = r.Id, Text = r.Text, Date = r.Date }));
        Assert.Equal(162, scores.Records);
        Assert.True(scores.EventAccuracy >= 88.5, $"event_accuracy {scores.EventAccuracy}");
        Assert.True(scores.SourceCountryAccuracy >= 93.0, $"source_country_accuracy {scores.SourceCountryAccuracy}");
        Assert.True(scores.TargetCountryAccuracy >= 73.0, $"target_country_accuracy {scores.TargetCountryAccuracy}");
    }
}
