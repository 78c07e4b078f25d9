using Dragoman.Nlp.Corpora;
using Dragoman.Text;

namespace Dragoman.Nlp.Evaluation;

/// <summary>Token-level precision, recall and F1 of the tokeniser against a treebank's words.</summary>
/// <param name="Gold">Gold words whose characters could be located in the sentence text.</param>
/// <param name="Predicted">Tokens the tokeniser produced.</param>
/// <param name="Correct">Predicted tokens with exactly a gold word's start and end.</param>
/// <param name="Sentences">Sentences compared.</param>
/// <param name="Errors">A sample of sentences with disagreements: the gold and predicted segmentations.</param>
public sealed record TokenizerScore(int Gold, int Predicted, int Correct, int Sentences, IReadOnlyList<(string Gold, string Predicted)> Errors)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Compares <see cref="Tokenizer"/> with the syntactic words of a CoNLL-U treebank: each sentence's
/// <c># text</c> is tokenised and the token spans are matched against the gold words' spans (words
/// of a multiword token such as "do|n't" have their own spans, since they spell the surface form).
/// </summary>
public static class TokenizerEvaluation
{
    /// <summary>Scores the tokeniser; keeps up to <paramref name="maxErrors"/> disagreeing sentences.</summary>
    public static TokenizerScore Evaluate(IEnumerable<ConlluSentence> sentences, int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int gold = 0, predicted = 0, correct = 0, count = 0;
        var errors = new List<(string, string)>();
        var raw = new List<RawToken>();
        var goldSpans = new HashSet<(int, int)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Text is not { } text)
            {
                continue;
            }
            count++;
            goldSpans.Clear();
            var position = 0;
            foreach (var word in sentence.Words)
            {
                var at = text.IndexOf(word.Form, position, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue; // a form that differs from the text (rare typo fixes): not counted
                }
                goldSpans.Add((at, at + word.Form.Length));
                position = at + word.Form.Length;
            }
            raw.Clear();
            Tokenizer.Tokenize(text, 0, text.Length, raw);
            var sentenceCorrect = 0;
            foreach (var token in raw)
            {
                if (goldSpans.Contains((token.Start, token.End)))
                {
                    sentenceCorrect++;
                }
            }
            gold += goldSpans.Count;
            predicted += raw.Count;
            correct += sentenceCorrect;
            if ((sentenceCorrect != raw.Count || sentenceCorrect != goldSpans.Count) && errors.Count < maxErrors)
            {
                errors.Add((
                    string.Join('|', sentence.Words.Select(w => w.Form)),
                    string.Join('|', raw.Select(t => text[t.Start..t.End]))));
            }
        }
        return new TokenizerScore(gold, predicted, correct, count, errors);
    }
}
