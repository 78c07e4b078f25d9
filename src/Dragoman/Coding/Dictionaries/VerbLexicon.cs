using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// A block of synonymous verbs sharing word-sequence patterns (a TABARI/PETRARCH <c>--- NAME [CODE] ---</c> block).
/// </summary>
/// <param name="Name">The block's name ("ABANDON").</param>
/// <param name="Code">The block's default event code, or null when the isolated verbs code nothing ("---").</param>
/// <param name="Patterns">The patterns, in the order they are tried (the first that matches wins).</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line of the block header (1-based).</param>
public sealed record VerbBlock(string Name, string? Code, ImmutableArray<EventPattern> Patterns, string File, int Line);

/// <summary>
/// One written form of a verb ("TAPPED" in "WIRE TAPPED", "RESTORED"), matched on the word the
/// parser tags as a verb; multi-word verbs also need the words around it.
/// </summary>
/// <param name="Before">Words that must come right before the verb word (upper case, in text order).</param>
/// <param name="Verb">The verb word (upper case).</param>
/// <param name="After">Words that must come right after the verb word (upper case, in text order).</param>
/// <param name="Block">Index of the verb's block in <see cref="VerbLexicon.Blocks"/>.</param>
/// <param name="Code">The verb's own code (or its block's), null for a verb that codes nothing alone.</param>
/// <param name="ReciprocalCode">For a paired code ("032:033"), the reciprocal event's code; otherwise null.</param>
/// <param name="Line">Source line of the verb.</param>
public sealed record VerbForm(ImmutableArray<string> Before, string Verb, ImmutableArray<string> After, int Block, string? Code, string? ReciprocalCode, int Line)
{
    /// <summary>The number of words in the form.</summary>
    public int Length => Before.Length + 1 + After.Length;
}

/// <summary>
/// Verbs recognised by their written forms, as PETRARCH and TABARI do: every regular form is
/// generated from the base ("RESTORE" → RESTORES, RESTORED, RESTORING) and irregular forms are
/// listed, so no lemmatiser is needed. Immutable once built.
/// </summary>
public sealed class VerbLexicon
{
    private readonly FrozenDictionary<string, ImmutableArray<VerbForm>> forms;
    private readonly FrozenDictionary<string, ImmutableArray<(VerbForm Form, int Position)>> otherWords;

    internal VerbLexicon(ImmutableArray<VerbBlock> blocks, IEnumerable<VerbForm> allForms)
    {
        Blocks = blocks;
        // Longer (multi-word) forms first: "BROKEN DOWN" is tried before "BROKEN".
        forms = allForms
            .GroupBy(f => f.Verb, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(f => f.Length).ToImmutableArray(), StringComparer.Ordinal);
        otherWords = forms.Values.SelectMany(f => f)
            .SelectMany(f => f.Before.Select((w, i) => (Word: w, Form: f, Position: i)).Concat(f.After.Select((w, i) => (Word: w, Form: f, Position: f.Before.Length + 1 + i))))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Form.Length).Select(x => (x.Form, x.Position)).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The verb blocks, in file order.</summary>
    public ImmutableArray<VerbBlock> Blocks { get; }

    /// <summary>The number of distinct verb words.</summary>
    public int Count => forms.Count;

    /// <summary>The forms whose verb word is <paramref name="upperWord"/>, longest first (empty when none).</summary>
    public ImmutableArray<VerbForm> Lookup(string upperWord) => forms.TryGetValue(upperWord, out var f) ? f : [];

    /// <summary>
    /// Multi-word forms holding <paramref name="upperWord"/> as a word other than the verb word, with
    /// its position among the form's words (before, verb, after), longest first.
    /// </summary>
    public ImmutableArray<(VerbForm Form, int Position)> LookupWithin(string upperWord) => otherWords.TryGetValue(upperWord, out var f) ? f : [];

    /// <summary>Every form, for lint and tests.</summary>
    public IEnumerable<VerbForm> AllForms => forms.Values.SelectMany(f => f);
}
