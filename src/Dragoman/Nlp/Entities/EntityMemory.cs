using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Entities;

/// <summary>
/// What the recogniser has labelled earlier in one document: for each word (ignoring case), how
/// often it was inside a PER, ORG or LOC span. A recogniser trained with document memory reads it
/// as features (the extended prediction history of Ratinov and Roth 2009): a name spelled out once
/// ("Mr. Tillerson", "Exxon Mobil Corp.") helps the later, barer mentions ("Tillerson", "Exxon").
/// One per document and thread; <see cref="Clear"/> it between documents.
/// </summary>
public sealed class EntityMemory
{
    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>Forgets everything (a new document).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>Number of distinct words remembered.</summary>
    public int Count => _counts.Count;

    // Counts are packed 10 bits per type (saturating at 1023).
    internal ulong Describe(ulong lower)
    {
        if (!_counts.TryGetValue(lower, out var packed))
        {
            return 0;
        }
        int top = 0, topCount = 0, total = 0;
        for (var t = 0; t < EntityRecognizer.Types.Length; t++)
        {
            var c = (packed >> (10 * t)) & 1023;
            total += c;
            if (c > topCount)
            {
                topCount = c;
                top = t;
            }
        }
        // The most frequent type, and whether every earlier mention had it.
        return (ulong)(1 + (2 * top) + (topCount == total ? 1 : 0));
    }

    internal void Add(ulong lower, int type)
    {
        _counts.TryGetValue(lower, out var packed);
        if (((packed >> (10 * type)) & 1023) < 1023)
        {
            packed += 1 << (10 * type);
        }
        _counts[lower] = packed;
    }

    /// <summary>Remembers the labels of the sentence just decoded in <paramref name="w"/>.</summary>
    internal void Remember(EntityWorkspace w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w.Labels[i + EntityWorkspace.Pad];
            if (c > 0)
            {
                Add(w.Lower[i + EntityWorkspace.Pad], (c - 1) / 4);
            }
        }
    }
}
