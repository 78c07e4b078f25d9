using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Evaluation;

/// <summary>A sentence read from CoNLL-U: its comments and its (syntactic-word) tokens.</summary>
/// <param name="Comments">The "# key = value" comments, keys lower-cased.</param>
/// <param name="Tokens">The words, multiword-token lines and empty nodes skipped.</param>
public sealed record ConlluSentence(IReadOnlyDictionary<string, string> Comments, IReadOnlyList<AnalysedToken> Tokens);

/// <summary>Reads CoNLL-U (Universal Dependencies) text.</summary>
public static class Conllu
{
    /// <summary>Parses CoNLL-U text; malformed lines raise <see cref="FormatException"/> naming the line.</summary>
    public static List<ConlluSentence> Parse(string text, string name = "input")
    {
        var sentences = new List<ConlluSentence>();
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = new List<AnalysedToken>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new ConlluSentence(comments, tokens));
                }
                comments = new Dictionary<string, string>(StringComparer.Ordinal);
                tokens = [];
                continue;
            }
            if (line[0] == '#')
            {
                var eq = line.IndexOf('=');
                if (eq > 0)
                {
                    comments[line[1..eq].Trim().ToLowerInvariant()] = line[(eq + 1)..].Trim();
                }
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10)
            {
                throw new FormatException($"{name}:{i + 1}: expected 10 tab-separated CoNLL-U fields, found {f.Length}");
            }
            if (f[0].Contains('-') || f[0].Contains('.'))
            {
                continue; // multiword token range or empty node
            }
            var head = f[6] == "_" ? -1 : int.Parse(f[6], CultureInfo.InvariantCulture);
            tokens.Add(new AnalysedToken(f[1], Nullable(f[2]), Nullable(f[3]), Nullable(f[4]), head, Nullable(f[7])));
        }
        if (tokens.Count > 0)
        {
            sentences.Add(new ConlluSentence(comments, tokens));
        }
        return sentences;
    }

    private static string? Nullable(string field) => field == "_" ? null : field;
}
