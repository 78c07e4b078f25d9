using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Text;

namespace Dragoman.Nlp.Evaluation;

/// <summary>Attachment scores in percent of words (punctuation included, as in the CoNLL 2018 shared task).</summary>
/// <param name="Words">Words scored.</param>
/// <param name="Uas">Unlabelled attachment: the right head.</param>
/// <param name="Las">Labelled attachment: the right head and the right universal relation (subtypes ignored, as CoNLL 2018 scores).</param>
/// <param name="LasFull">Labelled attachment counting subtypes too ("nsubj:pass" ≠ "nsubj").</param>
/// <param name="Upos">UPOS accuracy of the tags the parser was given.</param>
public sealed record ParserScore(int Words, double Uas, double Las, double LasFull, double Upos);

/// <summary>Scores a parser against gold CoNLL-U, on tags predicted by a tagger (gold tokenisation).</summary>
public static class ParserEvaluation
{
    /// <summary>Tags and parses every sentence and compares heads and relations with the gold tree.</summary>
    public static ParserScore Evaluate(PosTagger tagger, DependencyParser parser, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        var tagged = new List<(ConlluSentence, string[], string[], string[])>();
        foreach (var sentence in sentences)
        {
            var forms = sentence.Words.Select(w => Tokenizer.Normalize(w.Form)).ToArray();
            var tags = tagger.Tag(forms);
            tagged.Add((sentence, forms, tags.Select(t => t.Xpos).ToArray(), tags.Select(t => t.Upos).ToArray()));
        }
        return Evaluate(parser, tagged);
    }

    /// <summary>Parses sentences whose tags are given and compares with the gold trees.</summary>
    internal static ParserScore Evaluate(DependencyParser parser, IEnumerable<(ConlluSentence Gold, string[] Forms, string[] Xpos, string[] Upos)> sentences)
    {
        int words = 0, uas = 0, las = 0, full = 0, upos = 0;
        var heads = new int[256];
        var labels = new int[256];
        foreach (var (gold, forms, xpos, uposTags) in sentences)
        {
            if (heads.Length < forms.Length)
            {
                heads = new int[forms.Length * 2];
                labels = new int[forms.Length * 2];
            }
            parser.Parse(forms, xpos, uposTags, heads, labels);
            for (var i = 0; i < forms.Length; i++)
            {
                var g = gold.Words[i];
                words++;
                upos += uposTags[i] == g.Upos ? 1 : 0;
                if (heads[i] != g.Head)
                {
                    continue;
                }
                uas++;
                var predicted = parser.LabelName(labels[i]);
                if (predicted == g.Relation)
                {
                    full++;
                    las++;
                }
                else if (Universal(predicted).SequenceEqual(Universal(g.Relation)))
                {
                    las++;
                }
            }
        }
        return new ParserScore(words, TaggerEvaluation.Percent(uas, words), TaggerEvaluation.Percent(las, words), TaggerEvaluation.Percent(full, words), TaggerEvaluation.Percent(upos, words));
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
