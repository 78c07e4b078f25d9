using System.Collections.Immutable;
using Dragoman.Documents;
using Dragoman.Nlp.Corpora;
using Dragoman.Text;

namespace Dragoman.Nlp.Training;

/// <summary>
/// Self-training data for the entity recogniser: unlabelled news articles read by the pipeline
/// (segmenter, tagger, recogniser) and turned into training sentences whose entities are the
/// recogniser's own. News prose is what Dragoman reads and what EWT's web text lacks.
/// </summary>
public static class SelfTraining
{
    /// <summary>
    /// The prose sentences of <paramref name="texts"/> with the entities <paramref name="annotator"/>
    /// finds in them (one document memory per article), tagged by its tagger. Sentences longer
    /// than <paramref name="maxTokens"/> tokens are left out.
    /// </summary>
    public static List<NerSentence> Label(IEnumerable<(string Id, string Text)> texts, NlpAnnotator annotator, int maxTokens = 80)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(annotator);
        var result = new List<NerSentence>();
        foreach (var (id, text) in texts)
        {
            var doc = annotator.Process(TextSegmenter.Instance.Process(new Doc(new Article { Id = id, Text = text })));
            var bySentence = doc.Entities.ToLookup(e => e.Sentence);
            var first = true;
            foreach (var sentence in doc.Sentences)
            {
                var range = sentence.Tokens;
                if (sentence.Kind != SentenceKind.Sentence || range.Length == 0 || range.Length > maxTokens)
                {
                    continue;
                }
                var tokens = ImmutableArray.CreateBuilder<string>(range.Length);
                var xpos = new string[range.Length];
                for (var t = 0; t < range.Length; t++)
                {
                    var token = doc.Tokens[range.Start + t];
                    tokens.Add(token.Text);
                    xpos[t] = token.Xpos ?? "NN";
                }
                var spans = bySentence[sentence.Index]
                    .Select(e => new TokenSpan(e.Tokens.Start - range.Start, e.Tokens.End - range.Start, e.Label == "GPE" ? "LOC" : e.Label))
                    .ToImmutableArray();
                result.Add(new NerSentence(new IobSentence($"{id}#{sentence.Index}", tokens.MoveToImmutable(), spans, first), xpos));
                first = false;
            }
        }
        return result;
    }
}
