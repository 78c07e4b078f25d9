using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Text;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// A token-sequence trie: finds the longest dictionary phrase starting at a token. Phrases are
/// tokenised with the same <see cref="Tokenizer"/> as the text, so "Iran's" and "U.S." align, and
/// are matched case-insensitively, except that a capitalised phrase word needs a capitalised text
/// word and a short all-capitals word ("US", "UN", "AP") needs exactly that case.
/// Built once, then immutable and thread-safe.
/// </summary>
/// <typeparam name="T">The payload stored with each phrase.</typeparam>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<(string[] Words, T Value)>? Values;
    }

    private readonly Node root = new();
    private FrozenDictionary<string, Node>? frozenRoot;

    /// <summary>The number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase. Must not be called after the first match.</summary>
    public void Add(string phrase, T value)
    {
        if (frozenRoot is not null)
        {
            throw new InvalidOperationException("the matcher is frozen once matching starts");
        }
        var words = Words(phrase);
        if (words.Length == 0)
        {
            return;
        }
        var node = root;
        foreach (var w in words)
        {
            var key = w.ToLowerInvariant();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }
            node = child;
        }
        node.Values ??= [];
        node.Values.Add((words, value));
        Count++;
    }

    /// <summary>Freezes the matcher (done automatically by the first match).</summary>
    public PhraseMatcher<T> Freeze()
    {
        frozenRoot ??= (root.Children ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        return this;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>. <paramref name="words"/> are the
    /// normalised token texts (original case); <paramref name="lowered"/> the same, lower-cased.
    /// Returns the number of tokens matched (0 when none) and the phrase payloads.
    /// </summary>
    public (int Length, IReadOnlyList<T> Values) MatchLongest(IReadOnlyList<string> words, IReadOnlyList<string> lowered, int start, int end)
    {
        var top = frozenRoot ?? Freeze().frozenRoot!;
        if (start >= end || !top.TryGetValue(lowered[start], out var node))
        {
            return (0, []);
        }
        var bestLength = 0;
        IReadOnlyList<T> best = [];
        var i = start;
        while (true)
        {
            if (node.Values is not null)
            {
                var accepted = Accepted(node.Values, words, start);
                if (accepted.Count > 0)
                {
                    bestLength = i - start + 1;
                    best = accepted;
                }
            }
            i++;
            if (i >= end || node.Children is null || !node.Children.TryGetValue(lowered[i], out var next))
            {
                break;
            }
            node = next;
        }
        return (bestLength, best);
    }

    private static List<T> Accepted(List<(string[] Words, T Value)> values, IReadOnlyList<string> text, int start)
    {
        var result = new List<T>(values.Count);
        foreach (var (phraseWords, value) in values)
        {
            var ok = true;
            for (var k = 0; k < phraseWords.Length && ok; k++)
            {
                ok = CaseCompatible(phraseWords[k], text[start + k]);
            }
            if (ok)
            {
                result.Add(value);
            }
        }
        return result;
    }

    /// <summary>True when a text word may match a phrase word of the same letters, given their cases.</summary>
    internal static bool CaseCompatible(string phraseWord, string textWord)
    {
        if (phraseWord.Length == 0 || !char.IsUpper(phraseWord[0]))
        {
            return true;
        }
        if (phraseWord.Length <= 4 && IsAllUpper(phraseWord))
        {
            return string.Equals(phraseWord, textWord, StringComparison.Ordinal) || (IsAllUpper(textWord) && textWord.Length == phraseWord.Length);
        }
        return char.IsUpper(textWord[0]);
    }

    private static bool IsAllUpper(string w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }
        return letters > 0;
    }

    /// <summary>Splits a phrase into normalised words with the text tokeniser.</summary>
    public static string[] Words(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = Tokenizer.Normalize(phrase[tokens[i].Start..tokens[i].End]);
        }
        return words;
    }

    /// <summary>Every phrase stored, with its payload (for lint).</summary>
    public IEnumerable<(string Phrase, T Value)> All()
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Values is not null)
            {
                foreach (var (w, v) in node.Values)
                {
                    yield return (string.Join(' ', w), v);
                }
            }
            if (node.Children is not null)
            {
                foreach (var child in node.Children.Values)
                {
                    stack.Push(child);
                }
            }
        }
    }
}

/// <summary>What a dictionary phrase names.</summary>
public enum PhraseKind
{
    /// <summary>A name of an actor ("Russia", "Hamas", "Vladimir Putin").</summary>
    ActorName,
    /// <summary>An adjective or demonym of an actor ("Russian").</summary>
    ActorAdjective,
    /// <summary>A capital city: a place, and a metonym for the government ("Moscow said").</summary>
    Capital,
    /// <summary>A place (city, region, territory).</summary>
    Place,
    /// <summary>An agent noun ("government", "troops").</summary>
    Agent,
}

/// <summary>A dictionary phrase's meaning: which entry it points to and how.</summary>
/// <param name="Kind">What the phrase names.</param>
/// <param name="Actor">The actor entry, for names, adjectives and capitals.</param>
/// <param name="Agent">The agent entry, for agent nouns.</param>
/// <param name="Place">The place, for capitals and places.</param>
public sealed record PhraseMeaning(PhraseKind Kind, ActorEntry? Actor, AgentEntry? Agent, Place? Place);
