using System.Collections.Frozen;

namespace Dragoman.Text;

/// <summary>
/// Abbreviations that keep their final period as part of the token ("Dr.", "Oct.", "Inc."), and which
/// of them may also end a sentence ("in the U.S." is both).
/// </summary>
internal static class Abbreviations
{
    // Lower-cased, without the final period. Titles, months, days, corporate and Latin forms,
    // US states as written in datelines, and military ranks common in news copy.
    private static readonly FrozenSet<string> Known = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sr", "jr", "st", "mt", "ft", "hon", "messrs", "mme", "mlle",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "lieut", "gov", "sen", "rep", "pres", "supt", "insp", "amb", "atty",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "plc", "bros", "llc", "dept", "univ", "assn", "govt", "intl",
        "vs", "etc", "approx", "attn", "reps", "sens", "est", "no", "nos", "vol", "pp", "cf", "al", "ca", "fig",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "d.c", "n.y", "l.a", "ph.d",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Forms that often stand at the end of a sentence, so a following capitalised function word
    // ("The", "It") still starts a new sentence.
    private static readonly FrozenSet<string> MayEndSentence = new[]
    {
        "inc", "ltd", "co", "corp", "plc", "llc", "etc", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "d.c", "a.m", "p.m",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (with or without its final period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => Lookup(word, Known);

    /// <summary>True when the abbreviation commonly ends sentences too.</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> word) => Lookup(word, MayEndSentence);

    /// <summary>True for a single capital letter with a period: an initial ("J.").</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>
    /// True for letter-period sequences like "U.S." or "a.m.", which keep every period.
    /// </summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] != '.')
        {
            return false;
        }
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                // At most two letters between periods ("Ph.D.", "U.S.").
                if (i + 2 < word.Length && char.IsLetter(word[i + 1]) && char.IsLetter(word[i + 2]))
                {
                    return false;
                }
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }
        return letters >= 2 && word.IndexOf('.') < word.Length - 1;
    }

    private static bool Lookup(ReadOnlySpan<char> word, FrozenSet<string> set)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
