using System.Collections.Immutable;
using System.Globalization;

namespace Dragoman.Nlp.Corpora;

/// <summary>A named-entity span over the tokens of one sentence.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index just past the last token.</param>
/// <param name="Label">The entity type (PER, ORG, LOC, GPE, MISC…).</param>
public readonly record struct TokenSpan(int Start, int End, string Label);

/// <summary>One sentence of an entity-annotated file: tokens and gold spans.</summary>
/// <param name="Id">The <c># sent_id</c> comment, when present.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="Entities">The gold entity spans, in order.</param>
/// <param name="StartsDocument">True at the first sentence of a document.</param>
public sealed record IobSentence(string? Id, ImmutableArray<string> Tokens, ImmutableArray<TokenSpan> Entities, bool StartsDocument);

/// <summary>
/// Reads entity-annotated column files in either of two layouts, detected per file:
/// <list type="bullet">
/// <item>Universal NER: tab-separated, word index, token, IOB2 tag (further columns ignored), <c>#</c> comments;</item>
/// <item>CoNLL-2003: space- or tab-separated, token first and tag last (IOB1 or IOB2), <c>-DOCSTART-</c> lines.</item>
/// </list>
/// Tags of type OTH and the stray "B-O" of early UNER releases are read as O (outside).
/// </summary>
public static class IobReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FormatException">A line has no tag; the message names the file and line.</exception>
    public static List<IobSentence> ReadFile(string path)
    {
        var lines = File.ReadAllLines(path);
        return Read(lines, path);
    }

    /// <summary>Reads sentences from lines; <paramref name="source"/> names the input in error messages.</summary>
    public static List<IobSentence> Read(IReadOnlyList<string> lines, string source = "input")
    {
        var uner = DetectUner(lines);
        var result = new List<IobSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        string? id = null;
        var newDoc = false;
        var nextStartsDocument = true;
        for (var n = 0; n <= lines.Count; n++)
        {
            var line = n < lines.Count ? lines[n] : "";
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    result.Add(new IobSentence(id, [.. tokens], Spans(tags), newDoc || nextStartsDocument));
                    nextStartsDocument = false;
                }
                tokens.Clear();
                tags.Clear();
                id = null;
                newDoc = false;
                continue;
            }
            if (uner && line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = true;
                }
                continue;
            }
            if (!uner && line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                nextStartsDocument = true;
                continue;
            }
            string token, tag;
            if (uner)
            {
                var columns = line.Split('\t');
                if (columns.Length < 3)
                {
                    throw new FormatException($"{source}:{n + 1}: expected index, token and tag separated by tabs");
                }
                token = columns[1];
                tag = columns[2];
            }
            else
            {
                var columns = line.Split(line.Contains('\t', StringComparison.Ordinal) ? ['\t'] : [' '], StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length < 2)
                {
                    throw new FormatException($"{source}:{n + 1}: expected a token and a tag");
                }
                token = columns[0];
                tag = columns[^1];
            }
            if (!IsTag(tag))
            {
                throw new FormatException($"{source}:{n + 1}: '{tag}' is not an IOB tag");
            }
            tokens.Add(token);
            tags.Add(tag);
        }
        return result;
    }

    private static bool IsTag(string tag) => tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U');

    // UNER files start with comments or a line whose first tab-separated column is a word index.
    private static bool DetectUner(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (line[0] == '#')
            {
                return true;
            }
            var columns = line.Split('\t');
            return columns.Length >= 3 && int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out _) && IsTag(columns[2]);
        }
        return false;
    }

    /// <summary>The spans of a tag sequence in IOB1, IOB2 or BILOU/IOBES; an I- after another type starts a new span.</summary>
    public static ImmutableArray<TokenSpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = ImmutableArray.CreateBuilder<TokenSpan>();
        var start = -1;
        string? label = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag[0];
            var type = tag.Length > 2 ? tag[2..] : null;
            if (type is "OTH" or "O")
            {
                prefix = 'O'; // early UNER: other-type and stray "B-O" tags are outside
                type = null;
            }
            var continues = prefix is 'I' or 'E' or 'L' && label is not null && type == label;
            if (!continues && label is not null)
            {
                spans.Add(new TokenSpan(start, i, label));
                label = null;
            }
            if (prefix != 'O' && !continues)
            {
                start = i;
                label = type;
            }
            if (prefix is 'E' or 'L' or 'S' or 'U' && label is not null)
            {
                spans.Add(new TokenSpan(start, i + 1, label));
                label = null;
            }
        }
        return spans.ToImmutable();
    }
}
