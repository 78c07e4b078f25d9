using System.Collections.Immutable;

namespace Dragoman.Coding.Dictionaries;

/// <summary>What an actor marker in a word-sequence pattern does with the noun phrase it meets.</summary>
public enum ActorMarkerKind
{
    /// <summary><c>$</c>: the noun phrase is the source.</summary>
    Source,
    /// <summary><c>+</c>: the noun phrase is the target.</summary>
    Target,
    /// <summary><c>^</c>: the noun phrase is passed over (neither source nor target).</summary>
    Skip,
    /// <summary><c>%</c>: a coordinated (compound) noun phrase fills the actor slot on this side of the verb.</summary>
    Compound,
}

/// <summary>
/// One step of a word-sequence pattern: a word (or set of alternative word sequences) or an actor
/// marker, and whether it must touch its neighbour on the verb's side (the <c>_</c> connector of
/// TABARI and PETRARCH patterns) or may have other words in between (a blank).
/// </summary>
/// <param name="Element">A <see cref="SequenceWords"/> or <see cref="ActorMarker"/>.</param>
/// <param name="Adjacent">
/// True when no word may come between this step and the previous one: for steps after the verb the
/// previous step is the one to its left (or the verb); for steps before the verb it is the one to its
/// right (or the verb).
/// </param>
public sealed record SequenceStep(PatternElement Element, bool Adjacent)
{
    /// <inheritdoc />
    public override string ToString() => Element.ToString()!;
}

/// <summary>
/// Words a step accepts: each alternative is a run of consecutive words (upper case surface forms);
/// one-word alternatives are the common case, multi-word ones come from synsets ("SWISS FRANCS").
/// </summary>
/// <param name="Alternatives">Word runs, any of which matches.</param>
/// <param name="SetName">The synset the alternatives come from ("&amp;CURRENCY"), or null for a plain word.</param>
public sealed record SequenceWords(ImmutableArray<ImmutableArray<string>> Alternatives, string? SetName) : PatternElement
{
    /// <summary>A step that accepts one word.</summary>
    public static SequenceWords Word(string word) => new([[word]], null);

    /// <inheritdoc />
    public override string ToString() => SetName ?? string.Join('|', Alternatives.Select(a => string.Join(' ', a)));
}

/// <summary>An actor marker (<c>$ + ^ %</c>) in a word-sequence pattern.</summary>
/// <param name="Kind">What the marker does.</param>
public sealed record ActorMarker(ActorMarkerKind Kind) : PatternElement
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ActorMarkerKind.Source => "$",
        ActorMarkerKind.Target => "+",
        ActorMarkerKind.Skip => "^",
        _ => "%",
    };
}

/// <summary>
/// A pattern over the words around a verb, in text order, as TABARI and PETRARCH write them
/// (<c>- SAID WOULD * + TALKS [102]</c>): steps before the verb and steps after it. Words match
/// surface forms in upper case; actor markers match the noun phrases (actor mentions or uncoded
/// noun phrases) of the clause. Before-verb steps are searched from the verb leftwards, after-verb
/// steps from the verb rightwards.
/// </summary>
/// <param name="Before">Steps before the verb, in text order (the last one is nearest the verb).</param>
/// <param name="After">Steps after the verb, in text order (the first one is nearest the verb).</param>
public sealed record WordSequence(ImmutableArray<SequenceStep> Before, ImmutableArray<SequenceStep> After)
{
    /// <summary>The steps before the verb ordered outwards from it (nearest first), the order they are matched in.</summary>
    public ImmutableArray<SequenceStep> BeforeFromVerb { get; } = [.. Before.Reverse()];

    /// <summary>Words every match needs (steps with a single alternative): a sentence lacking one cannot match.</summary>
    public ImmutableArray<string> RequiredWords { get; } =
        [.. Before.Concat(After).Select(s => s.Element).OfType<SequenceWords>().Where(w => w.Alternatives.Length == 1).SelectMany(w => w.Alternatives[0]).Distinct()];

    /// <summary>The number of word steps (markers excluded); longer patterns are more specific.</summary>
    public int WordCount => Before.Concat(After).Count(s => s.Element is SequenceWords);

    /// <summary>The pattern in TABARI notation ("SAID WOULD * + TALKS").</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var i = 0; i < Before.Length; i++)
        {
            parts.Add(Before[i].ToString());
            // A step before the verb touches its right neighbour (the next step, or the verb).
            parts.Add(Before[i].Adjacent ? "_" : " ");
        }
        parts.Add("*");
        foreach (var step in After)
        {
            parts.Add(step.Adjacent ? "_" : " ");
            parts.Add(step.ToString());
        }
        return string.Concat(parts).Trim();
    }
}
