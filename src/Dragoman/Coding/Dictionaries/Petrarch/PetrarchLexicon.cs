using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>
/// A phrase of a PETRARCH actor or agent entry: upper-case words, each with whether the next word
/// must follow at once (<c>_</c> in the file) or may have other words in between (a blank).
/// </summary>
/// <param name="Words">The words, upper case.</param>
/// <param name="Tied">For each word, true when the next word must follow it at once.</param>
public sealed record PetrarchPhrase(ImmutableArray<string> Words, ImmutableArray<bool> Tied)
{
    /// <summary>Builds a phrase from "WORD_WORD WORD" notation (a final '_' is ignored).</summary>
    public static PetrarchPhrase Parse(string text)
    {
        var parts = PetrarchLines.Phrase(text.Trim().TrimEnd('_').ToUpperInvariant());
        return new PetrarchPhrase([.. parts.Select(p => p.Word)], [.. parts.Select(p => p.Connector == '_')]);
    }

    /// <summary>
    /// The number of words matched when this phrase starts at <paramref name="start"/> of
    /// <paramref name="words"/> (within <paramref name="end"/>), or 0. Between untied words other
    /// words may intervene; tied words must follow at once.
    /// </summary>
    public int MatchAt(IReadOnlyList<string> words, int start, int end)
    {
        if (start >= end || !string.Equals(words[start], Words[0], StringComparison.Ordinal))
        {
            return 0;
        }
        var k = start + 1;
        for (var p = 1; p < Words.Length; p++)
        {
            var tied = Tied[p - 1];
            while (true)
            {
                if (k >= end)
                {
                    return 0;
                }
                if (string.Equals(words[k], Words[p], StringComparison.Ordinal))
                {
                    k++;
                    break;
                }
                if (tied)
                {
                    return 0;
                }
                k++;
            }
        }
        return k - start;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        for (var i = 0; i < Words.Length; i++)
        {
            parts.Add(Words[i]);
            if (i + 1 < Words.Length)
            {
                parts.Add(Tied[i] ? "_" : " ");
            }
        }
        return string.Concat(parts);
    }
}

/// <summary>One code of a PETRARCH actor, for a period (<c>[HOBGOV 19950601-19990815]</c>) or unrestricted.</summary>
/// <param name="Code">The actor code ("HOBGOV"); may list several codes joined by '/' ("FRO/BIL/SAM").</param>
/// <param name="Period">When the code applies; null for the default code.</param>
/// <param name="Line">Source line.</param>
public sealed record PetrarchActorCode(string Code, DateRange? Period, int Line);

/// <summary>
/// A PETRARCH actor: its primary phrase and synonyms (<c>+SMEAGOL</c>) and its codes, dated or not.
/// On a date, the first dated code whose period covers it applies; otherwise the default code.
/// </summary>
/// <param name="Phrases">The primary phrase first, then the synonyms.</param>
/// <param name="Codes">The codes in file order.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line of the primary phrase.</param>
public sealed record PetrarchActor(ImmutableArray<PetrarchPhrase> Phrases, ImmutableArray<PetrarchActorCode> Codes, string File, int Line)
{
    /// <summary>The primary phrase as written.</summary>
    public string Name => Phrases[0].ToString();

    /// <summary>
    /// The code on <paramref name="date"/>, or null for an actor that codes nothing then. Without a
    /// date (an article that gives none) an actor known only by dated codes takes its latest one.
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (date is not null)
        {
            foreach (var c in Codes)
            {
                if (c.Period is { } period && period.Contains(date))
                {
                    return c.Code;
                }
            }
        }
        // The default is the last unrestricted code (a later one replaces an earlier one, as in PETRARCH).
        for (var i = Codes.Length - 1; i >= 0; i--)
        {
            if (Codes[i].Period is null)
            {
                return Codes[i].Code;
            }
        }
        if (date is null)
        {
            PetrarchActorCode? latest = null;
            foreach (var c in Codes)
            {
                if (latest is null || (c.Period!.Value.To ?? DateOnly.MaxValue) >= (latest.Period!.Value.To ?? DateOnly.MaxValue))
                {
                    latest = c;
                }
            }
            return latest?.Code;
        }
        return null;
    }
}

/// <summary>A PETRARCH agent: a phrase and a code that goes after (<c>~GOV</c>) or before (<c>NGO~</c>) the actor code.</summary>
/// <param name="Phrase">The phrase (a plural is a separate agent entry).</param>
/// <param name="Code">The code without the '~'.</param>
/// <param name="Prefix">True when the code goes before the actor code (<c>NGO~</c>).</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Source line.</param>
public sealed record PetrarchAgent(PetrarchPhrase Phrase, string Code, bool Prefix, string File, int Line);

/// <summary>A discard phrase: sentences (or, with <c>+</c>, whole stories) containing it are not coded.</summary>
/// <param name="Words">The words, upper case.</param>
/// <param name="WholeStory">True for a story-level discard (<c>+</c>).</param>
/// <param name="WholeWord">True when the last word must end there (a final <c>_</c>); otherwise it is a stem.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Source line.</param>
public sealed record PetrarchDiscard(ImmutableArray<string> Words, bool WholeStory, bool WholeWord, string File, int Line);

/// <summary>
/// The noun-phrase side of PETRARCH dictionaries: actors with dated codes, agents, discards,
/// indexed by first word for matching. Immutable and thread-safe.
/// </summary>
public sealed class PetrarchLexicon
{
    private readonly FrozenDictionary<string, ImmutableArray<(PetrarchPhrase Phrase, int Actor)>> actorIndex;
    private readonly FrozenDictionary<string, ImmutableArray<PetrarchAgent>> agentIndex;
    private readonly FrozenDictionary<string, ImmutableArray<PetrarchDiscard>> discardIndex;

    internal PetrarchLexicon(ImmutableArray<PetrarchActor> actors, ImmutableArray<PetrarchAgent> agents, ImmutableArray<PetrarchDiscard> discards)
    {
        Actors = actors;
        Agents = agents;
        Discards = discards;
        actorIndex = actors
            .SelectMany((a, i) => a.Phrases.Select(p => (Phrase: p, Actor: i)))
            .GroupBy(x => x.Phrase.Words[0], StringComparer.Ordinal)
            // Longest phrase first ("NEW ZEALAND" before "ZEALAND"); file order breaks ties.
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Phrase.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
        agentIndex = agents
            .GroupBy(a => a.Phrase.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Phrase.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
        discardIndex = discards
            .GroupBy(d => d.Words[0].Length >= 3 ? d.Words[0][..3] : d.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The actors in file order.</summary>
    public ImmutableArray<PetrarchActor> Actors { get; }

    /// <summary>The agents in file order (plurals and substitutions expanded).</summary>
    public ImmutableArray<PetrarchAgent> Agents { get; }

    /// <summary>The discard phrases in file order.</summary>
    public ImmutableArray<PetrarchDiscard> Discards { get; }

    /// <summary>
    /// The first actor found scanning <paramref name="words"/> from the left: its position, the
    /// number of words it covers and the actor; null when the words name no actor.
    /// </summary>
    public (int Start, int Length, PetrarchActor Actor)? FirstActor(IReadOnlyList<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (!actorIndex.TryGetValue(words[k], out var candidates))
            {
                continue;
            }
            foreach (var (phrase, actor) in candidates)
            {
                var length = phrase.MatchAt(words, k, words.Count);
                if (length > 0)
                {
                    return (k, length, Actors[actor]);
                }
            }
        }
        return null;
    }

    /// <summary>The agent whose phrase starts at word <paramref name="start"/> (the longest), or null.</summary>
    public (PetrarchAgent Agent, int Length)? AgentAt(IReadOnlyList<string> words, int start)
    {
        if (!agentIndex.TryGetValue(words[start], out var candidates))
        {
            return null;
        }
        foreach (var agent in candidates)
        {
            var length = agent.Phrase.MatchAt(words, start, words.Count);
            if (length > 0)
            {
                return (agent, length);
            }
        }
        return null;
    }

    /// <summary>The first discard phrase found in the words of a sentence (case-insensitive), or null.</summary>
    public PetrarchDiscard? FindDiscard(IReadOnlyList<string> upperWords)
    {
        for (var k = 0; k < upperWords.Count; k++)
        {
            var w = upperWords[k];
            if (!discardIndex.TryGetValue(w.Length >= 3 ? w[..3] : w, out var candidates))
            {
                continue;
            }
            foreach (var d in candidates)
            {
                if (DiscardMatches(d, upperWords, k))
                {
                    return d;
                }
            }
        }
        return null;
    }

    private static bool DiscardMatches(PetrarchDiscard d, IReadOnlyList<string> words, int start)
    {
        if (start + d.Words.Length > words.Count)
        {
            return false;
        }
        for (var i = 0; i < d.Words.Length; i++)
        {
            var text = words[start + i];
            var last = i == d.Words.Length - 1;
            var ok = last && !d.WholeWord ? text.StartsWith(d.Words[i], StringComparison.Ordinal) : text == d.Words[i];
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
