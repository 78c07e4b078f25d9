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

    /// <summary>
    /// Rewrites UD v1 relations as UD v2 (the CONJ tag → CCONJ, dobj → obj, nsubjpass → nsubj:pass, auxpass → aux:pass,
    /// neg → advmod, name → flat, mwe → fixed, and nmod on a verb → obl), so older parses (such as
    /// UDPipe 1 output) can be coded. Sentences already in v2 are returned unchanged.
    /// </summary>
    public static IReadOnlyList<AnalysedToken> UpgradeToV2(IReadOnlyList<AnalysedToken> tokens)
    {
        var result = new List<AnalysedToken>(tokens.Count);
        foreach (var t in tokens)
        {
            var relation = t.Relation switch
            {
                "dobj" => "obj",
                "nsubjpass" => "nsubj:pass",
                "csubjpass" => "csubj:pass",
                "auxpass" => "aux:pass",
                "neg" => "advmod",
                "name" => "flat",
                "mwe" => "fixed",
                "foreign" => "flat:foreign",
                "nmod:agent" => "obl:agent",
                _ => t.Relation,
            };
            if (relation is "nmod" or "nmod:tmod" or "nmod:npmod" && t.Head > 0)
            {
                var head = tokens[t.Head - 1];
                if (head.Upos is "VERB" or "AUX" || (head.Upos is "ADJ" && head.Relation is "root" or "xcomp"))
                {
                    relation = relation == "nmod" ? (IsBy(tokens, t) ? "obl:agent" : "obl") : "obl" + relation[4..];
                }
            }
            // UD v1 tagged coordinating conjunctions CONJ; v2 calls them CCONJ.
            result.Add(t with { Relation = relation, Upos = t.Upos == "CONJ" ? "CCONJ" : t.Upos });
        }
        return result;
    }

    private static bool IsBy(IReadOnlyList<AnalysedToken> tokens, AnalysedToken t)
    {
        var index = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], t))
            {
                index = i + 1;
                break;
            }
        }
        return tokens.Any(c => c.Head == index && c.Relation == "case" && c.Form.Equals("by", StringComparison.OrdinalIgnoreCase));
    }
}
