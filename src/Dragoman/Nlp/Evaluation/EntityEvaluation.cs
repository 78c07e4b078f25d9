using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Nlp.Evaluation;

/// <summary>Entity scores: exact span and type match, micro-averaged, in percent.</summary>
/// <param name="Gold">Gold entities scored (PER, ORG, LOC).</param>
/// <param name="Predicted">Entities predicted.</param>
/// <param name="Correct">Predicted entities with a gold entity's exact tokens and type.</param>
/// <param name="ByType">Per type: gold, predicted and correct counts.</param>
public sealed record EntityScore(int Gold, int Predicted, int Correct, IReadOnlyDictionary<string, (int Gold, int Predicted, int Correct)> ByType)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => TaggerEvaluation.Percent(Correct, Predicted);

    /// <summary>Recall in percent.</summary>
    public double Recall => TaggerEvaluation.Percent(Correct, Gold);

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : Math.Round(2 * Precision * Recall / (Precision + Recall), 2);
}

/// <summary>
/// Scores an entity recogniser against gold IOB files. Only PER, ORG and LOC are scored: predicted
/// GPE counts as LOC (the gold data has no GPE), and gold types the model does not produce (MISC in
/// CoNLL-2003) are left out.
/// </summary>
public static class EntityEvaluation
{
    private static readonly string[] Scored = ["PER", "ORG", "LOC"];

    /// <summary>Tags each sentence with <paramref name="tagger"/>, recognises entities and compares spans.</summary>
    public static EntityScore Evaluate(PosTagger tagger, EntityRecognizer recognizer, IEnumerable<IobSentence> sentences, IEntityGazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(sentences);
        // One memory per document (a file without document marks: one per sentence).
        var list = sentences as IReadOnlyList<IobSentence> ?? [.. sentences];
        var documents = HasDocuments(list);
        var memory = new EntityMemory();
        return Evaluate(list.Select(s =>
        {
            var forms = s.Tokens.Select(Tokenizer.Normalize).ToArray();
            var xpos = tagger.Tag(forms).Select(t => t.Xpos).ToArray();
            return (s, Recognize(recognizer, documents ? memory : null, s, forms, xpos, gazetteer));
        }));
    }

    /// <summary>
    /// Recognises the entities of <paramref name="sentence"/> with a document memory that is
    /// cleared where a document starts; sentences must come in file order.
    /// </summary>
    public static List<TokenSpan> Recognize(EntityRecognizer recognizer, EntityMemory? memory, IobSentence sentence, string[] forms, string[] xpos, IEntityGazetteer? gazetteer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.StartsDocument)
        {
            memory?.Clear();
        }
        return recognizer.Recognize(forms, xpos, gazetteer, memory);
    }

    /// <summary>True when the sentences are marked into documents (more than one starts one).</summary>
    public static bool HasDocuments(IReadOnlyList<IobSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Skip(1).Any(s => s.StartsDocument);
    }

    /// <summary>Compares predicted spans with the gold spans of each sentence.</summary>
    public static EntityScore Evaluate(IEnumerable<(IobSentence Gold, List<TokenSpan> Predicted)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var counts = Scored.ToDictionary(t => t, _ => (Gold: 0, Predicted: 0, Correct: 0), StringComparer.Ordinal);
        foreach (var (gold, predicted) in results)
        {
            var goldSet = new HashSet<TokenSpan>();
            foreach (var g in gold.Entities)
            {
                if (counts.TryGetValue(g.Label, out var c))
                {
                    goldSet.Add(g);
                    counts[g.Label] = c with { Gold = c.Gold + 1 };
                }
            }
            foreach (var p in predicted)
            {
                var span = p.Label == "GPE" ? p with { Label = "LOC" } : p;
                if (!counts.TryGetValue(span.Label, out var c))
                {
                    continue;
                }
                counts[span.Label] = c with { Predicted = c.Predicted + 1, Correct = c.Correct + (goldSet.Contains(span) ? 1 : 0) };
            }
        }
        return new EntityScore(
            counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Correct), counts);
    }
}
