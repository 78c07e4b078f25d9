namespace Dragoman.Nlp.Internal;

/// <summary>
/// Word-level feature values shared by the tagger and the entity recogniser: hashes of the form,
/// lower-cased form, shape, prefixes and suffixes, and orthographic flags. Computed once per token.
/// </summary>
internal static class WordFeatures
{
    /// <summary>Longest prefix hashed.</summary>
    public const int Prefixes = 4;

    /// <summary>Longest suffix hashed.</summary>
    public const int Suffixes = 5;

    /// <summary>Values for positions before the sentence.</summary>
    public const ulong Start = 0x5354415254UL;

    /// <summary>Values for positions after the sentence.</summary>
    public const ulong End = 0x454E44UL;

    /// <summary>The flag bits of <see cref="Flags"/>.</summary>
    [Flags]
    public enum Flag
    {
        /// <summary>Contains a digit.</summary>
        Digit = 1,
        /// <summary>Contains a hyphen.</summary>
        Hyphen = 2,
        /// <summary>Contains an upper-case letter.</summary>
        Upper = 4,
        /// <summary>Every letter is upper-case (and there are two or more).</summary>
        AllUpper = 8,
        /// <summary>Starts with an upper-case letter.</summary>
        InitialCapital = 16,
        /// <summary>First word of the sentence.</summary>
        First = 32,
        /// <summary>Contains a period.</summary>
        Period = 64,
        /// <summary>Has no letter or digit at all.</summary>
        Symbol = 128,
        /// <summary>All digits (with separators).</summary>
        Number = 256,
    }

    /// <summary>
    /// The shape of a word: upper-case letters as X, lower-case as x, digits as d, other characters
    /// as themselves, runs collapsed ("McDonald's" → "XxXx'x", "2.3" → "d.d"), at most 12 characters.
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[12];
        var n = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (s == last)
            {
                continue;
            }
            last = s;
            if (n == shape.Length)
            {
                break;
            }
            shape[n++] = s;
        }
        return FeatureHash.Of(shape[..n]);
    }

    /// <summary>Orthographic flags of a word.</summary>
    public static int Flags(ReadOnlySpan<char> word, bool first)
    {
        var flags = first ? Flag.First : 0;
        int letters = 0, upper = 0, digits = 0, other = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else
            {
                other++;
                if (c == '-')
                {
                    flags |= Flag.Hyphen;
                }
                else if (c == '.')
                {
                    flags |= Flag.Period;
                }
            }
        }
        if (digits > 0)
        {
            flags |= Flag.Digit;
            if (letters == 0)
            {
                flags |= Flag.Number;
            }
        }
        if (upper > 0)
        {
            flags |= Flag.Upper;
            if (upper == letters && letters >= 2)
            {
                flags |= Flag.AllUpper;
            }
        }
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= Flag.InitialCapital;
        }
        if (letters == 0 && digits == 0)
        {
            flags |= Flag.Symbol;
        }
        return (int)flags;
    }

    /// <summary>Hash of the lower-cased prefix of <paramref name="length"/> characters (the whole word when shorter).</summary>
    public static ulong Prefix(ReadOnlySpan<char> word, int length)
    {
        var h = 0xCBF29CE484222325UL;
        for (var k = 0; k < Math.Min(length, word.Length); k++)
        {
            h = (h ^ char.ToLowerInvariant(word[k])) * 0x100000001B3UL;
        }
        return FeatureHash.Feature(200, h);
    }

    /// <summary>Hash of the lower-cased suffix of <paramref name="length"/> characters (the whole word when shorter).</summary>
    public static ulong Suffix(ReadOnlySpan<char> word, int length)
    {
        var h = 0x84222325CBF29CE4UL;
        for (var k = 0; k < Math.Min(length, word.Length); k++)
        {
            h = (h ^ char.ToLowerInvariant(word[word.Length - 1 - k])) * 0x100000001B3UL;
        }
        return FeatureHash.Feature(201, h);
    }

    /// <summary>All prefix and suffix hashes of a word in one pass each; equal to <see cref="Prefix"/> and <see cref="Suffix"/>.</summary>
    public static void Affixes(ReadOnlySpan<char> word, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        var h = 0xCBF29CE484222325UL;
        for (var k = 0; k < prefixes.Length; k++)
        {
            if (k < word.Length)
            {
                h = (h ^ char.ToLowerInvariant(word[k])) * 0x100000001B3UL;
            }
            prefixes[k] = FeatureHash.Feature(200, h);
        }
        h = 0x84222325CBF29CE4UL;
        for (var k = 0; k < suffixes.Length; k++)
        {
            if (k < word.Length)
            {
                h = (h ^ char.ToLowerInvariant(word[word.Length - 1 - k])) * 0x100000001B3UL;
            }
            suffixes[k] = FeatureHash.Feature(201, h);
        }
    }
}
