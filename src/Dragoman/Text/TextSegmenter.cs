using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Text;

/// <summary>
/// The text stage: splits an article into paragraphs, sentences and tokens, and tells prose from
/// headings and photo captions so that only prose is coded for events.
/// </summary>
public sealed partial class TextSegmenter : IDocumentStage
{
    /// <summary>The shared instance; the segmenter holds no state.</summary>
    public static TextSegmenter Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Sentences | Layers.Tokens;

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var text = doc.Text;
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var raw = new List<RawToken>(256);

        foreach (var paragraph in SplitParagraphs(text))
        {
            var paragraphIndex = paragraphs.Count;
            paragraphs.Add(new Paragraph(paragraphIndex, paragraph));
          foreach (var (block, isDateline) in SplitDateline(text, paragraph))
          {
            raw.Clear();
            Tokenizer.Tokenize(text, block.Start, block.End, raw);
            if (raw.Count == 0)
            {
                continue;
            }
            var blockKind = isDateline ? SentenceKind.Heading : ClassifyBlock(text, block, raw);
            var first = 0;
            foreach (var boundary in SentenceBoundaries(text, raw, blockKind != SentenceKind.Sentence))
            {
                var sentenceIndex = sentences.Count;
                var tokenStart = tokens.Count;
                for (var t = first; t < boundary; t++)
                {
                    var r = raw[t];
                    var tokenText = text[r.Start..r.End];
                    tokens.Add(new Token
                    {
                        Index = tokens.Count,
                        Sentence = sentenceIndex,
                        Span = new CharSpan(r.Start, r.End),
                        Text = tokenText,
                        Norm = Tokenizer.Normalize(tokenText),
                        SpaceAfter = r.End < text.Length && char.IsWhiteSpace(text[r.End]),
                    });
                }
                var span = new CharSpan(raw[first].Start, raw[boundary - 1].End);
                sentences.Add(new Sentence(sentenceIndex, span, blockKind, paragraphIndex, new TokenRange(tokenStart, tokens.Count)));
                first = boundary;
            }
          }
        }

        return doc with
        {
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Tokens = tokens.ToImmutable(),
            Layers = doc.Layers | Produces,
        };
    }

    // "NEW DELHI, June 17 (Reuters) - ", "MOSCOW (AP) — ", "GENEVA, Oct 3 - ", "AMMAN/BEIRUT (Reuters) - ":
    // capitals (one place or several joined by slashes), then a date
    // and/or an agency, then a dash.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:\s*/\s*[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?){0,3})\s*(?:,\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?\s*(?<agency>\([^()
]{1,60}\))?\s*(?:-{1,2}|–|—)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>A wire-story dateline opening a paragraph is its own unit (kept as a heading, not coded); the rest is prose.</summary>
    internal static IEnumerable<(CharSpan Block, bool IsDateline)> SplitDateline(string text, CharSpan paragraph)
    {
        var m = Dateline().Match(text, paragraph.Start, paragraph.Length);
        if (m.Success && (m.Groups["date"].Success || m.Groups["agency"].Success) && m.Length < paragraph.Length)
        {
            var end = m.Index + m.Length;
            var datelineEnd = end;
            while (datelineEnd > m.Index && char.IsWhiteSpace(text[datelineEnd - 1]))
            {
                datelineEnd--;
            }
            yield return (new CharSpan(paragraph.Start, datelineEnd), true);
            yield return (new CharSpan(end, paragraph.End), false);
            yield break;
        }
        yield return (paragraph, false);
    }

    /// <summary>
    /// Paragraphs are separated by blank lines, or by single line breaks where the break does not
    /// look like a soft wrap (a soft wrap continues a sentence in lower case).
    /// </summary>
    internal static IEnumerable<CharSpan> SplitParagraphs(string text)
    {
        var start = -1;
        var lastContentEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var (ls, le) = Trim(text, i, lineEnd);
            if (le <= ls)
            {
                if (start >= 0)
                {
                    yield return new CharSpan(start, lastContentEnd);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = ls;
                lastContentEnd = le;
            }
            else if (IsSoftWrap(text, lastContentEnd, ls))
            {
                lastContentEnd = le;
            }
            else
            {
                yield return new CharSpan(start, lastContentEnd);
                start = ls;
                lastContentEnd = le;
            }
            i = lineEnd + 1;
        }
        if (start >= 0)
        {
            yield return new CharSpan(start, lastContentEnd);
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static bool IsSoftWrap(string text, int previousEnd, int nextStart)
    {
        var last = text[previousEnd - 1];
        var next = text[nextStart];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or '-' or ')')
        {
            return false;
        }
        return char.IsLower(next) || (last == ',' && !char.IsUpper(next));
    }

    [GeneratedRegex(@"^\s*(picture|pictures|photo|photos|photograph|image|images|pic|caption|credit|credits|illustration|video|file photo|top image|main image|graphic)\s*[:|\-\u2013\u2014/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLead();

    [GeneratedRegex(@"(\(\s*(photo|picture|image|file|reuters|ap|afp|getty)[^)]*\)|getty images|/\s*(reuters|afp|ap|epa|getty)|\b(photo|picture|image)\s*(credit|courtesy)\b)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    /// <summary>Decides whether a paragraph is prose, a heading or a caption.</summary>
    internal static SentenceKind ClassifyBlock(string text, CharSpan block, List<RawToken> tokens)
    {
        var content = text.AsSpan(block.Start, block.Length);
        if (CaptionLead().IsMatch(content) || CaptionCredit().IsMatch(content))
        {
            return SentenceKind.Caption;
        }
        var first = content[0];
        var last = content[^1];
        // Set off by dashes, asterisks, hashes or equals signs: a section heading.
        if ((IsRule(first) && IsRule(last) && content.Length > 2) || (first == '#' && content.Length > 1))
        {
            return SentenceKind.Heading;
        }
        var wordCount = 0;
        var letters = 0;
        var upper = 0;
        foreach (var t in tokens)
        {
            if (char.IsLetterOrDigit(text[t.Start]))
            {
                wordCount++;
            }
        }
        foreach (var c in content)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }
        var endsLikeProse = last is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':' or ';' or '\u2026';
        if (!endsLikeProse && wordCount <= 20)
        {
            return SentenceKind.Heading;
        }
        if (letters >= 8 && upper * 10 >= letters * 9 && wordCount <= 20)
        {
            return SentenceKind.Heading; // ALL CAPS line
        }
        return SentenceKind.Sentence;
    }

    private static bool IsRule(char c) => c is '-' or '\u2013' or '\u2014' or '*' or '=' or '#' or '_' or '~';

    /// <summary>
    /// Yields the exclusive end index (in <paramref name="tokens"/>) of each sentence in a paragraph.
    /// A sentence ends at . ! ? or an ellipsis, or a run of them ("?!", "!!!"), with any closing quotes or brackets, when the next
    /// token can start a sentence; abbreviations and initials do not end sentences, except for forms
    /// like "U.S." followed by a capitalised function word.
    /// </summary>
    internal static IEnumerable<int> SentenceBoundaries(string text, List<RawToken> tokens, bool singleUnit)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = singleUnit ? tokens.Count : FindEnd(text, tokens, i);
            // No real sentence runs to hundreds of tokens: a longer run (a table, a list, text
            // without punctuation) is cut, preferably after a semicolon, colon or comma, so that
            // parsing and coding stay linear in the size of the article.
            while (end - i > MaxSentenceTokens)
            {
                var cut = BestCut(text, tokens, i, i + MaxSentenceTokens);
                yield return cut;
                i = cut;
            }
            yield return end;
            i = end;
        }
    }

    /// <summary>The longest unit, in tokens, that the segmenter produces.</summary>
    public const int MaxSentenceTokens = 300;

    private static int BestCut(string text, List<RawToken> tokens, int from, int limit)
    {
        foreach (var marks in (string[])[";", ":", ","])
        {
            for (var k = limit - 1; k > from + MaxSentenceTokens / 2; k--)
            {
                var t = tokens[k];
                if (t.End - t.Start == 1 && marks.Contains(text[t.Start]))
                {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    private static int FindEnd(string text, List<RawToken> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var word = text.AsSpan(t.Start, t.End - t.Start);
            bool terminal;
            if (word.Length > 0 && word.IndexOfAnyExcept(".!?\u2026") < 0)
            {
                terminal = true;
            }
            else if (word.Length > 1 && word[^1] == '.' && Abbreviations.CanEndSentence(word))
            {
                // "in the U.S. The talks…": ends only before a capitalised function word.
                terminal = i + 1 < tokens.Count && IsSentenceStarterWord(text, tokens[i + 1]);
            }
            else
            {
                continue;
            }
            if (!terminal)
            {
                continue;
            }
            var end = i + 1;
            // Absorb closing quotes and brackets and further terminal marks.
            while (end < tokens.Count && IsClosingAfterTerminal(text, tokens, end))
            {
                end++;
            }
            if (end >= tokens.Count)
            {
                return tokens.Count;
            }
            if (CanStartSentence(text, tokens, end))
            {
                return end;
            }
        }
        return tokens.Count;
    }

    private static bool IsClosingAfterTerminal(string text, List<RawToken> tokens, int index)
    {
        var t = tokens[index];
        var c = text[t.Start];
        if (t.End - t.Start != 1)
        {
            return false;
        }
        if (c is ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '.' or '!' or '?')
        {
            return true;
        }
        if (c is '"' or '\'')
        {
            // A straight quote closes when it touches the previous token and not the next.
            var touchesPrevious = t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]);
            var touchesNext = t.End < text.Length && !char.IsWhiteSpace(text[t.End]);
            return touchesPrevious && !touchesNext;
        }
        return false;
    }

    private static bool CanStartSentence(string text, List<RawToken> tokens, int index)
    {
        var t = tokens[index];
        var c = text[t.Start];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }
        if (c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '-' or '\u2014' or '\u2013' or '*')
        {
            return index + 1 >= tokens.Count || !char.IsLower(text[tokens[index + 1].Start]);
        }
        return false;
    }

    private static bool IsSentenceStarterWord(string text, RawToken token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (var starter in SentenceStarters)
        {
            if (word.Equals(starter, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] SentenceStarters =
    [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "In", "On", "At",
        "But", "And", "However", "Meanwhile", "There", "His", "Her", "Their", "Its", "Our", "When", "While", "After",
        "Before", "As", "If", "Some", "Many", "Most", "Officials", "Earlier", "Later", "According", "Last", "Next",
    ];
}
