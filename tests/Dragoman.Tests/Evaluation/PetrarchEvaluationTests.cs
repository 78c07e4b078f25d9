using Dragoman.Evaluation.Petrarch;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Evaluation;

/// <summary>PETRARCH validation records: reading them with their settings, and scoring the coder on them.</summary>
public class PetrarchEvaluationTests
{
    private static string RecordsPath => Path.Combine(PetrarchHarness.Directory, "records.xml");

    [Fact]
    public void Records_carry_expectations_validity_and_the_settings_in_force()
    {
        var records = PetrarchRecordReader.Read(RecordsPath);
        Assert.Equal(["BASIC-01", "BASIC-02", "NEW_01", "NEW-02", "WRONG-01", "BROKEN-01", "FUTURE-01"], records.Select(r => r.Id));
        Assert.Equal(new DateOnly(1995, 1, 1), records[0].Date);
        Assert.Equal(RecordParseFormat.Penn, records[0].ParseFormat);
        Assert.Equal([new EventTriple("FRE", "SYL", "042"), new EventTriple("SYL", "FRE", "043")], records[1].Expected.ToArray());
        // <Config> applies from where it stands: the environment's does not, the later ones do in turn.
        Assert.Equal(0, records[1].Options.NewActorLength);
        Assert.Equal(2, records[2].Options.NewActorLength);
        Assert.Equal(0, records[3].Options.NewActorLength);
        Assert.Equal("\"ATLANTIS\"", records[2].Expected[0].Source);
        Assert.Empty(records[3].Expected);
        Assert.Equal("bad_input_parse", records[5].ExpectedError);
        Assert.False(records[6].Valid);
        Assert.Equal("NEW-01", PetrarchRecordReader.NormalizeId(records[2].Id));
    }

    [Fact]
    public void Scores_count_exact_sentences_and_triples_with_invalid_records_apart()
    {
        var evaluation = new PetrarchEvaluator(PetrarchHarness.Dictionaries).Evaluate(PetrarchRecordReader.Read(RecordsPath));
        Assert.Equal(6, evaluation.Total.Sentences);
        Assert.Equal(5, evaluation.Total.Exact);
        // Coded: 051, 042+043, "ATLANTIS" 111, FRE SYL 111 (wrong); expected GEN SYL 111 instead of the last.
        Assert.Equal(4, evaluation.Total.TruePositives);
        Assert.Equal(1, evaluation.Total.FalsePositives);
        Assert.Equal(1, evaluation.Total.FalseNegatives);
        Assert.Equal(0.8, evaluation.Total.Precision, 6);
        Assert.Equal(0.8, evaluation.Total.Recall, 6);
        Assert.Equal(100.0 * 5 / 6, evaluation.Total.ExactPercent, 6);
        Assert.Equal(["BASIC", "NEW", "ERROR"], evaluation.Categories.Select(c => c.Category));
        Assert.Equal(1, evaluation.Invalid.Sentences);
        Assert.Equal(0, evaluation.Invalid.Exact);
        var broken = evaluation.Results.Single(r => r.Record.Id == "BROKEN-01");
        Assert.True(broken.Exact);
        Assert.NotNull(broken.Problem);
    }

    [Fact]
    public void An_analysis_pipeline_must_parse()
    {
        var noParse = new Dragoman.Pipeline.DocumentPipeline([Dragoman.Text.TextSegmenter.Instance]);
        Assert.Throws<ArgumentException>(() => new PetrarchEvaluator(PetrarchHarness.Dictionaries, noParse));
    }

    [Fact]
    public void Malformed_record_files_name_the_line()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dragoman-records-").FullName, "bad.xml");
        File.WriteAllText(path, "<Validation><Sentences>\n<Sentence id=\"A\" date=\"19950101\"><Text>x</Text>\n</Validation>");
        var e = Assert.Throws<FormatException>(() => PetrarchRecordReader.Read(path));
        Assert.Contains("bad.xml:", e.Message);
        File.WriteAllText(path, "<Validation><Sentences>\n<Sentence id=\"A\" date=\"1995-01-01\"><Text>x</Text></Sentence></Sentences></Validation>");
        Assert.Contains("bad.xml:2", Assert.Throws<FormatException>(() => PetrarchRecordReader.Read(path)).Message);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
