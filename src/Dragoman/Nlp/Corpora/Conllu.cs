using System.Collections.Immutable;
using System.Globalization;

namespace Dragoman.Nlp.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence.</summary>
/// <param name="Form">The word form.</param>
/// <param name="Lemma">The lemma ("_" where the file has none).</param>
/// <param name="Upos">Universal part-of-speech tag.</param>
/// <param name="Xpos">Language-specific (Penn Treebank) tag.</param>
/// <param name="Head">Index of the head word within the sentence, from 0; -1 for the root.</param>
/// <param name="Relation">Dependency relation, with its subtype ("nsubj:pass").</param>
/// <param name="SpaceAfter">False when the MISC column says SpaceAfter=No.</param>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation, bool SpaceAfter);

/// <summary>A multiword token: one surface token ("don't") that covers several syntactic words ("do", "n't").</summary>
/// <param name="First">Index of the first word covered, from 0.</param>
/// <param name="Last">Index of the last word covered, from 0.</param>
/// <param name="Form">The surface form.</param>
public readonly record struct MultiwordToken(int First, int Last, string Form);

/// <summary>One sentence of a CoNLL-U file. Empty nodes (enhanced dependencies) are skipped.</summary>
/// <param name="Id">The <c># sent_id</c> comment, when present.</param>
/// <param name="Text">The <c># text</c> comment, when present.</param>
/// <param name="StartsDocument">True when a <c># newdoc</c> comment precedes the sentence.</param>
/// <param name="Words">The syntactic words in order.</param>
/// <param name="Multiwords">Multiword tokens, in order.</param>
public sealed record ConlluSentence(string? Id, string? Text, bool StartsDocument, ImmutableArray<ConlluWord> Words, ImmutableArray<MultiwordToken> Multiwords);

/// <summary>Reads CoNLL-U files (Universal Dependencies' format).</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FormatException">A line is not valid CoNLL-U; the message names the file and line.</exception>
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return [.. Read(reader, path)];
    }

    /// <summary>Reads sentences from a text reader; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="FormatException">A line is not valid CoNLL-U.</exception>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "input")
    {
        string? id = null, text = null;
        var newDoc = false;
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var multiwords = ImmutableArray.CreateBuilder<MultiwordToken>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, text, newDoc, words.ToImmutable(), multiwords.ToImmutable());
                }
                words.Clear();
                multiwords.Clear();
                id = null;
                text = null;
                newDoc = false;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = true;
                }
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }
            var idColumn = columns[0];
            if (idColumn.Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node of the enhanced graph
            }
            var dash = idColumn.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                multiwords.Add(new MultiwordToken(
                    ParseIndex(idColumn[..dash], source, lineNumber) - 1,
                    ParseIndex(idColumn[(dash + 1)..], source, lineNumber) - 1,
                    columns[1]));
                continue;
            }
            var index = ParseIndex(idColumn, source, lineNumber);
            if (index != words.Count + 1)
            {
                throw new FormatException($"{source}:{lineNumber}: word id {index} out of sequence");
            }
            var head = columns[6] == "_" ? -1 : ParseIndex(columns[6], source, lineNumber) - 1;
            words.Add(new ConlluWord(
                columns[1], columns[2], columns[3], columns[4], head, columns[7],
                !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal)));
        }
        if (words.Count > 0)
        {
            yield return new ConlluSentence(id, text, newDoc, words.ToImmutable(), multiwords.ToImmutable());
        }
    }

    private static int ParseIndex(string value, string source, int line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"{source}:{line}: '{value}' is not a word index");
}
