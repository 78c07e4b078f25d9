using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Tagging;

/// <summary>
/// What the training treebank says about known words: each word's ambiguity class (the set of tags
/// it was seen with, a strong feature for the word and its neighbours) and, for frequent words, the
/// closed list of tags the tagger may choose from. Keyed by the exact form and by the lower-cased form.
/// </summary>
internal sealed class TagLexicon
{
    private const ulong LowerMark = 0x4C4F574552UL;
    private readonly Dictionary<ulong, Entry> _entries;

    /// <summary>One known word.</summary>
    /// <param name="Ambiguity">Hash of the word's tag set.</param>
    /// <param name="Allowed">The only classes the tagger may assign, for frequent words; null otherwise.</param>
    public readonly record struct Entry(ulong Ambiguity, ushort[]? Allowed);

    private TagLexicon(Dictionary<ulong, Entry> entries) => _entries = entries;

    /// <summary>Number of entries (exact and lower-cased forms together).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Looks a word up by its exact form, then lower-cased. A lower-cased match gives the ambiguity
    /// class only: "Will" may be a name even though "will" is never one.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out Entry entry)
    {
        if (_entries.TryGetValue(FeatureHash.Of(word), out entry))
        {
            return true;
        }
        if (_entries.TryGetValue(FeatureHash.OfLower(word) ^ LowerMark, out entry))
        {
            entry = entry with { Ambiguity = entry.Ambiguity ^ LowerMark, Allowed = null };
            return true;
        }
        return false;
    }

    /// <summary>
    /// Builds the lexicon from (form, class) occurrences: words seen at least <paramref name="minCount"/>
    /// times get an ambiguity class of the tags with at least <paramref name="minShare"/> of their
    /// occurrences; words seen at least <paramref name="closedCount"/> times are restricted to those tags.
    /// </summary>
    public static TagLexicon Build(IEnumerable<(string Form, int Class)> occurrences, int minCount, double minShare, int closedCount)
    {
        var exact = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var lower = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (form, cls) in occurrences)
        {
            Tally(exact, form, cls);
            Tally(lower, form.ToLowerInvariant(), cls);
        }
        var entries = new Dictionary<ulong, Entry>();
        foreach (var (form, counts) in exact.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (MakeEntry(counts, minCount, minShare, closedCount) is { } e)
            {
                entries[FeatureHash.Of(form)] = e;
            }
        }
        foreach (var (form, counts) in lower.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (MakeEntry(counts, minCount, minShare, closedCount) is { } e)
            {
                entries[FeatureHash.OfLower(form) ^ LowerMark] = e;
            }
        }
        return new TagLexicon(entries);
    }

    private static void Tally(Dictionary<string, Dictionary<int, int>> table, string form, int cls)
    {
        if (!table.TryGetValue(form, out var counts))
        {
            counts = [];
            table[form] = counts;
        }
        counts[cls] = counts.GetValueOrDefault(cls) + 1;
    }

    private static Entry? MakeEntry(Dictionary<int, int> counts, int minCount, double minShare, int closedCount)
    {
        var total = counts.Values.Sum();
        if (total < minCount)
        {
            return null;
        }
        var tags = counts.Where(p => p.Value >= minShare * total).Select(p => (ushort)p.Key).Order().ToArray();
        var ambiguity = 0xA3B1C2D3E4F5UL;
        foreach (var t in tags)
        {
            ambiguity = FeatureHash.Feature(99, ambiguity, t);
        }
        // The closed list keeps every tag seen in at least 0.2% of the word's occurrences, so it only
        // rules out the (nearly) impossible; a word left with one tag is not scored at all.
        var allowed = total >= closedCount ? counts.Where(p => p.Value * 500 >= total).Select(p => (ushort)p.Key).Order().ToArray() : null;
        return new Entry(ambiguity, allowed);
    }

    /// <summary>Writes the lexicon.</summary>
    public void Write(ModelWriter writer)
    {
        writer.WriteVarUInt((ulong)_entries.Count);
        foreach (var (key, entry) in _entries.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(entry.Ambiguity);
            var allowed = entry.Allowed ?? [];
            writer.WriteVarUInt((ulong)allowed.Length);
            foreach (var a in allowed)
            {
                writer.WriteVarUInt(a);
            }
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static TagLexicon Read(ModelReader reader, int classCount)
    {
        var count = reader.ReadCount();
        var entries = new Dictionary<ulong, Entry>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var ambiguity = reader.ReadUInt64();
            var n = reader.ReadCount(classCount);
            ushort[]? allowed = null;
            if (n > 0)
            {
                allowed = new ushort[n];
                for (var k = 0; k < n; k++)
                {
                    allowed[k] = (ushort)reader.ReadCount(classCount - 1);
                }
            }
            entries[key] = new Entry(ambiguity, allowed);
        }
        return new TagLexicon(entries);
    }
}
