using System.Collections.Immutable;
using Dragoman.Nlp.Corpora;

namespace Dragoman.Nlp.Training;

/// <summary>
/// Training sentences in the shape of news prose that web text rarely has: a temporal adjunct
/// between a subject and its finite verb ("Russia on Saturday hosted…", "Troops yesterday
/// clashed…"). EWT sentences whose subject ends right before its finite verb are copied with the
/// adjunct inserted and the tree adjusted ("Saturday" obl of the verb, "on" its case, as EWT
/// annotates "on Monday"), so the tagger keeps the verb's past tense and the parser keeps the
/// subject. Deterministic.
/// </summary>
public static class NewsAugmentation
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>
    /// Where an adjunct can go in a sentence: the index of the first finite verb (VBD, VBZ, VBP)
    /// whose subject's last word is the word just before it; -1 when there is none.
    /// </summary>
    public static int InsertionPoint(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        for (var v = 1; v < words.Length; v++)
        {
            if (words[v].Xpos is not ("VBD" or "VBZ" or "VBP") || words[v].Upos != "VERB")
            {
                continue;
            }
            for (var s = 0; s < v; s++)
            {
                if (words[s].Head == v && words[s].Relation is "nsubj" && SubtreeEnd(words, s) == v - 1 && words[v - 1].Upos != "PUNCT")
                {
                    return v;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The copies: every <paramref name="every"/>-th sentence that has an <see cref="InsertionPoint"/>,
    /// with "on &lt;day&gt;" (or, one time in eight, "yesterday") inserted before the verb. Returns
    /// each copy with the index of its original and the insertion point.
    /// </summary>
    public static List<(ConlluSentence Sentence, int Original, int At, int Inserted)> Augment(IReadOnlyList<ConlluSentence> train, int every = 2)
    {
        ArgumentNullException.ThrowIfNull(train);
        var result = new List<(ConlluSentence, int, int, int)>();
        var eligible = 0;
        for (var i = 0; i < train.Count; i++)
        {
            var at = InsertionPoint(train[i]);
            if (at < 0 || eligible++ % every != 0)
            {
                continue;
            }
            var variant = result.Count;
            ConlluWord[] inserted = variant % 8 == 7
                ? [new ConlluWord("yesterday", "yesterday", "NOUN", "NN", at, "obl:tmod", true)]
                : [new ConlluWord("on", "on", "ADP", "IN", -2, "case", true), new ConlluWord(Days[variant % Days.Length], Days[variant % Days.Length], "PROPN", "NNP", at, "obl", true)];
            var k = inserted.Length;
            var words = ImmutableArray.CreateBuilder<ConlluWord>(train[i].Words.Length + k);
            foreach (var (w, index) in train[i].Words.Select((w, index) => (w, index)))
            {
                if (index == at)
                {
                    for (var j = 0; j < k; j++)
                    {
                        var word = inserted[j];
                        // "on" depends on the day after it; the adjunct on the verb, which moves by k.
                        var head = word.Head == -2 ? at + j + 1 : at + k;
                        words.Add(word with { Head = head });
                    }
                }
                words.Add(w with { Head = w.Head < 0 ? -1 : w.Head >= at ? w.Head + k : w.Head });
            }
            var id = train[i].Id is { } original ? original + "-news" : null;
            result.Add((new ConlluSentence(id, null, false, words.MoveToImmutable(), []), i, at, k));
        }
        return result;
    }

    /// <summary>Copies a word array (tags of the original sentence) with the inserted words' values at <paramref name="at"/>.</summary>
    public static string[] Insert(string[] values, int at, ReadOnlySpan<string> inserted)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new string[values.Length + inserted.Length];
        Array.Copy(values, result, at);
        inserted.CopyTo(result.AsSpan(at));
        Array.Copy(values, at, result, at + inserted.Length, values.Length - at);
        return result;
    }

    // The last word of the subtree of word i.
    private static int SubtreeEnd(ImmutableArray<ConlluWord> words, int i)
    {
        var end = i;
        for (var j = i + 1; j < words.Length; j++)
        {
            if (IsDescendant(words, j, i))
            {
                end = j;
            }
        }
        return end;
    }

    private static bool IsDescendant(ImmutableArray<ConlluWord> words, int j, int ancestor)
    {
        for (var steps = 0; j >= 0 && steps < words.Length; steps++)
        {
            if (j == ancestor)
            {
                return true;
            }
            j = words[j].Head;
        }
        return false;
    }
}
