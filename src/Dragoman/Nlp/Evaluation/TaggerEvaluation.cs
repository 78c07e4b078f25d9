using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Nlp.Evaluation;

/// <summary>Tagging accuracy, in percent of words.</summary>
/// <param name="Words">Words scored.</param>
/// <param name="Upos">UPOS accuracy.</param>
/// <param name="Xpos">XPOS accuracy.</param>
/// <param name="Lemma">Lemma accuracy (exact match), over words with a gold lemma.</param>
public sealed record TaggerScore(int Words, double Upos, double Xpos, double Lemma);

/// <summary>Scores a tagger against gold CoNLL-U (gold tokenisation).</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags every sentence and compares with the gold tags and lemmas.</summary>
    public static TaggerScore Evaluate(PosTagger tagger, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        int words = 0, upos = 0, xpos = 0, lemmaWords = 0, lemma = 0;
        foreach (var sentence in sentences)
        {
            var forms = new string[sentence.Words.Length];
            for (var i = 0; i < forms.Length; i++)
            {
                forms[i] = Tokenizer.Normalize(sentence.Words[i].Form);
            }
            var tagged = tagger.Tag(forms);
            for (var i = 0; i < forms.Length; i++)
            {
                var gold = sentence.Words[i];
                words++;
                upos += tagged[i].Upos == gold.Upos ? 1 : 0;
                xpos += tagged[i].Xpos == gold.Xpos ? 1 : 0;
                if (gold.Lemma != "_" || gold.Form == "_")
                {
                    lemmaWords++;
                    lemma += tagged[i].Lemma == Tokenizer.Normalize(gold.Lemma) ? 1 : 0;
                }
            }
        }
        return new TaggerScore(words, Percent(upos, words), Percent(xpos, words), Percent(lemma, lemmaWords));
    }

    internal static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
