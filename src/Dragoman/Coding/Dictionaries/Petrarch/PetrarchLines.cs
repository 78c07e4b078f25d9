using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>One meaningful line of a PETRARCH dictionary file, comments removed, with its 1-based number.</summary>
/// <param name="Number">The line number in the file.</param>
/// <param name="Text">The line without comments and trailing white space; leading tabs are kept (actor files use them).</param>
internal readonly record struct PetrarchLine(int Number, string Text);

/// <summary>
/// Splits a PETRARCH (TABARI-style) dictionary file into meaningful lines, as PETRARCH's own
/// reader does: lines starting with <c>#</c> or <c>&lt;!</c> and blank lines are skipped,
/// <c>&lt;!-- … --&gt;</c> comments are removed (also across lines), text after a <c>#</c> that follows white space
/// (or a closing <c>]</c>) is a comment, and in actor files so is text after <c>;</c> (the older KEDS convention).
/// </summary>
internal static class PetrarchLines
{
    public static List<PetrarchLine> Read(DataFile file, bool semicolonComments)
    {
        var result = new List<PetrarchLine>();
        var lines = file.Content.Split('\n');
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (inComment)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }
                line = line[(close + 3)..];
                inComment = false;
            }
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("<!", StringComparison.Ordinal) && !line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue; // a malformed one-line comment such as "<! -- text -->"
            }
            line = StripXmlComments(line, ref inComment);
            // '#' starts a comment after white space only, so codes such as [###] survive (as in PETRARCH-1).
            var hash = CommentStart(line);
            if (hash >= 0)
            {
                line = line[..hash];
            }
            if (semicolonComments)
            {
                var semicolon = line.IndexOf(';');
                if (semicolon >= 0)
                {
                    line = line[..semicolon];
                }
            }
            line = line.TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }
            result.Add(new PetrarchLine(i + 1, line));
        }
        return result;
    }

    private static int CommentStart(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] == ']'))
            {
                return i;
            }
        }
        return -1;
    }

    private static string StripXmlComments(string line, ref bool inComment)
    {
        while (true)
        {
            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open < 0)
            {
                return line;
            }
            var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                inComment = true;
                return line[..open];
            }
            line = line[..open] + line[(close + 3)..];
        }
    }

    /// <summary>Splits a phrase written with blanks and underscores into words with the connector that follows each word ('_' = the next word must follow at once, ' ' = other words may come between).</summary>
    public static List<(string Word, char Connector)> Phrase(string phrase)
    {
        var result = new List<(string, char)>();
        var start = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i == phrase.Length || phrase[i] is ' ' or '_' or '\t')
            {
                if (i > start)
                {
                    result.Add((phrase[start..i], i < phrase.Length && phrase[i] == '_' ? '_' : ' '));
                }
                else if (i < phrase.Length && phrase[i] == '_' && result.Count > 0)
                {
                    // "A _B" or "A__B": an underscore after a gap still ties the words together.
                    result[^1] = (result[^1].Item1, '_');
                }
                start = i + 1;
            }
        }
        return result;
    }
}
