using System.Text.Json;
using Dragoman.Cli;

namespace Dragoman.Tests.Nlp;

/// <summary>The <c>dragoman eval</c> and <c>dragoman train</c> commands: output keys, errors, exit codes.</summary>
public class NlpCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dragoman-nlp-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(""));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Treebank = """
        # sent_id = t-1
        # text = Russia condemned the attack.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
        2	condemned	condemn	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	attack	attack	NOUN	NN	_	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t-2
        # text = Officials were killed in Gaza.
        1	Officials	official	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	killed	kill	VERB	VBN	_	0	root	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Gaza	Gaza	PROPN	NNP	_	3	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static JsonElement Json(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData("tagger", "upos", "xpos", "lemma")]
    [InlineData("parser", "uas", "las", "las_full")]
    [InlineData("tokenizer", "precision", "recall", "f1")]
    public void Eval_prints_percentages_as_json(string component, string first, string second, string third)
    {
        var path = Write("gold.conllu", Treebank.ReplaceLineEndings("\n"));
        var (code, output, error) = Run("eval", component, "--data", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var root = Json(output);
        foreach (var key in new[] { first, second, third })
        {
            var value = root.GetProperty(key).GetDouble();
            Assert.InRange(value, 0, 100);
        }
    }

    [Fact]
    public void Eval_ner_reads_universal_ner_files()
    {
        var path = Write("gold.iob2", "# sent_id = x\n1\tPutin\tB-PER\n2\tvisited\tO\n3\tParis\tB-LOC\n4\t.\tO\n\n");
        var (code, output, _) = Run("eval", "ner", "--data", path, "--format", "json");
        Assert.Equal(0, code);
        var root = Json(output);
        Assert.Equal(2, root.GetProperty("gold").GetInt32());
        Assert.InRange(root.GetProperty("f1").GetDouble(), 0, 100);
        Assert.True(root.TryGetProperty("precision", out _) && root.TryGetProperty("recall", out _));
    }

    [Fact]
    public void Eval_text_output_has_one_line_per_score()
    {
        var path = Write("gold.conllu", Treebank.ReplaceLineEndings("\n"));
        var (code, output, _) = Run("eval", "tagger", "--data", path);
        Assert.Equal(0, code);
        Assert.StartsWith("upos ", output);
        Assert.Equal(4, output.Trim().Split('\n').Length);
    }

    [Theory]
    [InlineData("eval", "tagger")]
    [InlineData("eval", "parser")]
    [InlineData("eval", "ner")]
    public void A_missing_data_file_is_a_one_line_usage_error(string command, string component)
    {
        var missing = Path.Combine(dir, "nope.txt");
        var (code, output, error) = Run(command, component, "--data", missing);
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(missing, error);
    }

    [Fact]
    public void A_malformed_data_file_names_the_file_and_line()
    {
        var path = Write("bad.conllu", "1\tonly\tthree\n");
        var (code, _, error) = Run("eval", "tagger", "--data", path);
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("bad.conllu:1", error);
    }

    [Fact]
    public void Train_refuses_a_missing_data_directory_and_bad_epochs()
    {
        var (code, _, error) = Run("train", "tagger", "--data", Path.Combine(dir, "none"));
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--data", error);
        (code, _, error) = Run("train", "parser", "--data", dir, "--epochs", "0");
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--epochs 0", error);
    }

    [Fact]
    public void Train_clusters_refuses_a_missing_corpus_and_bad_sizes()
    {
        Directory.CreateDirectory(Path.Combine(dir, "ud-ewt"));
        var (code, _, error) = Run("train", "clusters", "--data", dir, "--corpus", Path.Combine(dir, "none"));
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--corpus", error);
        (code, _, error) = Run("train", "clusters", "--data", dir, "--corpus", dir, "--clusters", "3");
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--clusters 3", error);
        (code, _, error) = Run("train", "tagger", "--data", dir, "--clusters", Path.Combine(dir, "none.bin"));
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--clusters", error);
        (code, _, error) = Run("train", "parser", "--data", dir, "--ensemble", "9");
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--ensemble 9", error);
    }

    [Fact]
    public void Train_ner_refuses_a_bad_word_dropout_and_a_missing_lexicon_directory()
    {
        var (code, _, error) = Run("train", "ner", "--data", dir, "--word-dropout", "1");
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--word-dropout 1", error);
        (code, _, error) = Run("train", "ner", "--data", dir, "--lexicon", Path.Combine(dir, "none"));
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--lexicon", error);
    }

    [Fact]
    public void Train_ner_refuses_a_missing_self_training_directory_and_a_bad_share()
    {
        var (code, _, error) = Run("train", "ner", "--data", dir, "--self-train", Path.Combine(dir, "none"));
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--self-train", error);
        (code, _, error) = Run("train", "ner", "--data", dir, "--self-train", dir, "--self-train-every", "0");
        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("--self-train-every 0", error);
    }
}
