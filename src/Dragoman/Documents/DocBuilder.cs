using System.Collections.Immutable;
using System.Text;

namespace Dragoman.Documents;

/// <summary>One token of a pre-analysed sentence (from CoNLL-U, a treebank or a test).</summary>
/// <param name="Form">The word as written.</param>
/// <param name="Lemma">Lemma, when given.</param>
/// <param name="Upos">Universal POS tag, when given.</param>
/// <param name="Xpos">Penn Treebank tag, when given.</param>
/// <param name="Head">1-based head within the sentence, 0 for the root, -1 when unparsed.</param>
/// <param name="Relation">Dependency relation, when given.</param>
public sealed record AnalysedToken(string Form, string? Lemma, string? Upos, string? Xpos, int Head, string? Relation);

/// <summary>
/// Builds a <see cref="Doc"/> from sentences that were tokenised (and perhaps tagged and parsed)
/// elsewhere: CoNLL-U files, Penn Treebank parses, tests. The text is the tokens joined by spaces,
/// one sentence per line, so offsets stay exact.
/// </summary>
public static class DocBuilder
{
    /// <summary>Builds the document; layers Tags and Parse are set when every token has them.</summary>
    public static Doc FromSentences(Article metadata, IReadOnlyList<IReadOnlyList<AnalysedToken>> sentences)
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var built = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var tagged = true;
        var parsed = true;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var sentenceStart = text.Length;
            var firstToken = tokens.Count;
            for (var i = 0; i < sentence.Count; i++)
            {
                var a = sentence[i];
                if (i > 0)
                {
                    text.Append(' ');
                }
                var start = text.Length;
                text.Append(a.Form);
                tagged &= a.Upos is not null;
                parsed &= a.Head >= 0 && a.Relation is not null;
                tokens.Add(new Token
                {
                    Index = tokens.Count,
                    Sentence = s,
                    Span = new CharSpan(start, text.Length),
                    Text = a.Form,
                    Norm = Text.Tokenizer.Normalize(a.Form),
                    SpaceAfter = i + 1 < sentence.Count,
                    Upos = a.Upos,
                    Xpos = a.Xpos,
                    Lemma = a.Lemma,
                    Head = a.Head > 0 ? firstToken + a.Head - 1 : -1,
                    Relation = a.Relation,
                });
            }
            var span = new CharSpan(sentenceStart, text.Length);
            paragraphs.Add(new Paragraph(s, span));
            built.Add(new Sentence(s, span, SentenceKind.Sentence, s, new TokenRange(firstToken, tokens.Count)));
            text.Append('\n');
        }
        var layers = Layers.Sentences | Layers.Tokens | (tagged ? Layers.Tags : Layers.None) | (parsed ? Layers.Parse : Layers.None);
        return new Doc(metadata with { Text = text.ToString() })
        {
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = built.ToImmutable(),
            Tokens = tokens.ToImmutable(),
            Layers = layers,
        };
    }
}
