using Dragoman.Documents;
using Dragoman.Evaluation;
using Dragoman.Pipeline;

namespace Dragoman.Tests.Support;

/// <summary>Runs the coding stages on hand-parsed CoNLL-U sentences with the fixture dictionaries.</summary>
public static class CodingHarness
{
    private static readonly Lazy<CodingDictionaries> FixtureDictionaries = new(() => CodingDictionaries.LoadDirectory(TestPaths.FixtureDictionaries));

    public static CodingDictionaries Dictionaries => FixtureDictionaries.Value;

    public static Doc Code(string conllu, DateOnly? date = null, CodingDictionaries? dictionaries = null)
    {
        var sentences = Conllu.Parse(conllu).Select(s => s.Tokens).ToList();
        var doc = DocBuilder.FromSentences(new Article { Id = "test", Text = "", Date = date ?? new DateOnly(2023, 10, 26) }, sentences);
        var pipeline = new DocumentPipeline(new IDocumentStage[] { new PassThrough(doc.Layers) }.Concat(Engine.CodingStages(dictionaries ?? Dictionaries)));
        return pipeline.Run(doc);
    }

    /// <summary>One CoNLL-U word line of a hand-parsed sentence (features and enhanced columns empty).</summary>
    public static string Row(int id, string form, string lemma, string upos, string xpos, int head, string rel) =>
        $"{id}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_";

    /// <summary>A CoNLL-U sentence of <see cref="Row"/> lines.</summary>
    public static string Sentence(params string[] rows) => string.Join('\n', rows) + "\n\n";

    /// <summary>"SRC CAMEO TGT" for each event, "-" for a missing target.</summary>
    public static string[] Triples(Doc doc) =>
        doc.Events.Select(e => $"{e.Source.Code} {e.Cameo} {e.Target?.Code ?? "-"}").ToArray();

    private sealed class PassThrough(Layers layers) : IDocumentStage
    {
        public string Name => "given";
        public Layers Requires => Layers.None;
        public Layers Produces => layers;
        public Doc Process(Doc doc) => doc;
    }
}
