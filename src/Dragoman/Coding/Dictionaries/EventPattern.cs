using System.Collections.Immutable;

namespace Dragoman.Coding.Dictionaries;

/// <summary>Whether a pattern's head is a verb ("attacked") or an event noun ("an attack on").</summary>
public enum PredicateKind
{
    /// <summary>A verbal predicate.</summary>
    Verb,
    /// <summary>A nominal predicate (an event noun).</summary>
    Noun,
}

/// <summary>Which event participant a slot fills.</summary>
public enum SlotRole
{
    /// <summary>The actor who acts.</summary>
    Source,
    /// <summary>The actor acted upon.</summary>
    Target,
}

/// <summary>One element of an event pattern after its head.</summary>
public abstract record PatternElement;

/// <summary>A word that must appear among the head's dependents, given as lemma alternatives.</summary>
/// <param name="Words">Lower-case lemmas, any of which matches.</param>
public sealed record WordElement(ImmutableArray<string> Words) : PatternElement
{
    /// <inheritdoc />
    public override string ToString() => Words.Length == 1 ? Words[0] : "{" + string.Join(' ', Words) + "}";
}

/// <summary>
/// An actor slot. With prepositions, the actor is the object of one of them ("with $T"); without,
/// it is the direct object for verbs, or a possessor/modifier for nouns.
/// </summary>
/// <param name="Role">Source or target.</param>
/// <param name="Prepositions">Prepositions that introduce the actor; empty for a direct object.</param>
public sealed record SlotElement(SlotRole Role, ImmutableArray<string> Prepositions) : PatternElement
{
    /// <inheritdoc />
    public override string ToString()
    {
        var slot = Role == SlotRole.Source ? "$S" : "$T";
        return Prepositions.IsEmpty ? slot : (Prepositions.Length == 1 ? Prepositions[0] : "{" + string.Join(' ', Prepositions) + "}") + " " + slot;
    }
}

/// <summary>
/// An event pattern: a predicate head (verb or noun lemma alternatives) with the words and actor
/// slots that must go with it, and the CAMEO code it gives. Written one per line in data/verbs/*.txt
/// as <c>CODE KIND PATTERN</c>, for example <c>191 verb impose {siege blockade} on $T</c>.
/// </summary>
public sealed record EventPattern
{
    /// <summary>The code of a pattern that codes nothing: it wins like any other and keeps its wording uncoded.</summary>
    public const string NoEvent = "---";

    /// <summary>CAMEO event code, or <see cref="NoEvent"/>.</summary>
    public required string Code { get; init; }

    /// <summary>True for a pattern that codes nothing (<see cref="NoEvent"/>): "met the target" is no meeting.</summary>
    public bool CodesNothing => Code == NoEvent;

    /// <summary>Verb or noun predicate.</summary>
    public required PredicateKind Kind { get; init; }

    /// <summary>Lemma alternatives for the head.</summary>
    public required ImmutableArray<string> Heads { get; init; }

    /// <summary>Words and slots that go with the head, in written order (the head itself excluded).</summary>
    public required ImmutableArray<PatternElement> Elements { get; init; }

    /// <summary>The pattern as written.</summary>
    public required string Text { get; init; }

    /// <summary>Source file.</summary>
    public required string File { get; init; }

    /// <summary>Source line (1-based).</summary>
    public required int Line { get; init; }

    /// <summary>
    /// For word-sequence patterns (TABARI and PETRARCH dictionaries): the words and actor markers
    /// around the verb, matched in text order; null for Dragoman's dependency patterns.
    /// </summary>
    public WordSequence? Sequence { get; init; }

    /// <summary>
    /// For a paired code ("032:033" in PETRARCH dictionaries): the code of the reciprocal event,
    /// coded with source and target swapped (a visit, and the visit received). Null otherwise.
    /// </summary>
    public string? ReciprocalCode { get; init; }

    /// <summary>How specific the pattern is: the more required words and slots, the higher; the most specific match wins.</summary>
    public int Specificity => Sequence is { } sequence
        ? sequence.WordCount * 2 + sequence.Before.Length + sequence.After.Length - sequence.WordCount
        : Elements.Sum(e => e is WordElement ? 2 : 1);

    /// <summary>"file:line", for tracing a coded event to its pattern.</summary>
    public string Location => $"{Path.GetFileName(File)}:{Line}";

    /// <summary>The pattern in canonical written form (synsets expanded).</summary>
    public string Canonical => Sequence is { } sequence ? sequence.ToString() :
        (Heads.Length == 1 ? Heads[0] : "{" + string.Join(' ', Heads) + "}") + (Elements.IsEmpty ? "" : " " + string.Join(' ', Elements));
}
