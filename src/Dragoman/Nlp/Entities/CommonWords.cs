using System.Collections.Frozen;
using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Entities;

/// <summary>
/// What the recogniser knows about words besides their spelling: how often a word was seen written
/// in lower case in the training data (a capitalised "Luckily" is a common word, not a name), and
/// whether it is an honorific ("Mr", "Dr.", "President"), which UNER keeps outside the name.
/// </summary>
internal sealed class CommonWords
{
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "fr", "father", "sister", "brother", "saint", "st", "gen", "general", "col", "colonel", "capt", "captain", "lt",
        "sgt", "sergeant", "maj", "major", "adm", "admiral", "president", "minister", "premier", "chancellor",
        "king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "shaikh", "imam", "ayatollah", "rabbi",
        "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "secretary",
        "chairman", "ambassador", "aunt", "uncle", "grandma", "grandpa", "mom", "dad", "coach", "officer", "detective",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<ulong, byte> _lowerCounts;

    private CommonWords(FrozenDictionary<ulong, byte> lowerCounts) => _lowerCounts = lowerCounts;

    /// <summary>Number of words known.</summary>
    public int Count => _lowerCounts.Count;

    /// <summary>Counts the words written in lower case in training tokens (capped at 255).</summary>
    public static CommonWords Build(IEnumerable<string> tokens, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var token in tokens)
        {
            if (token.Length > 0 && char.IsLetter(token[0]) && token == token.ToLowerInvariant())
            {
                var key = FeatureHash.OfLower(token);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return new CommonWords(counts.Where(p => p.Value >= minCount).ToFrozenDictionary(p => p.Key, p => (byte)Math.Min(255, p.Value)));
    }

    /// <summary>A feature value: a frequency bucket of the word in lower case, plus an honorific bit.</summary>
    public ulong Describe(ReadOnlySpan<char> word, ulong lowerHash)
    {
        var count = _lowerCounts.GetValueOrDefault(lowerHash);
        ulong bucket = count switch { 0 => 0, < 3 => 1, < 10 => 2, < 50 => 3, _ => 4 };
        var bare = word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
        Span<char> lower = stackalloc char[Math.Min(bare.Length, 16)];
        if (bare.Length <= 16)
        {
            bare.ToLowerInvariant(lower);
            if (Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
            {
                bucket |= 8;
            }
        }
        return bucket + 1;
    }

    /// <summary>Writes the counts.</summary>
    public void Write(ModelWriter writer)
    {
        writer.WriteVarUInt((ulong)_lowerCounts.Count);
        foreach (var (key, count) in _lowerCounts.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(count);
        }
    }

    /// <summary>Reads counts written by <see cref="Write"/>.</summary>
    public static CommonWords Read(ModelReader reader)
    {
        var n = reader.ReadCount();
        var counts = new Dictionary<ulong, byte>(n);
        for (var i = 0; i < n; i++)
        {
            counts[reader.ReadUInt64()] = reader.ReadByte();
        }
        return new CommonWords(counts.ToFrozenDictionary());
    }
}
