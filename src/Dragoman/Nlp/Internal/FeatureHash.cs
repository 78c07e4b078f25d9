using System.Runtime.CompilerServices;

namespace Dragoman.Nlp.Internal;

/// <summary>
/// Stable 64-bit hashes for feature strings and feature tuples. Models store hashed features, so
/// these functions are part of the model format: they never change without a format version bump
/// (string.GetHashCode is randomised per process and cannot be used).
/// </summary>
internal static class FeatureHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>Hashes characters as they are.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Seed ^ (ulong)text.Length;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }
        return Finish(h);
    }

    /// <summary>Hashes characters lower-cased (invariant), without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Seed ^ (ulong)text.Length;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        }
        return Finish(h);
    }

    /// <summary>A feature made of a template number and one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => Finish(((ulong)template * 0xD6E8FEB86659FD93UL) ^ a);

    /// <summary>A feature made of a template number and two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Finish(Feature(template, a) + (b * 0xC2B2AE3D27D4EB4FUL) + 0x165667B19E3779F9UL);

    /// <summary>A feature made of a template number and three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Finish(Feature(template, a, b) + (c * 0x9FB21C651E98DF25UL) + 0x27D4EB2F165667C5UL);

    /// <summary>A feature made of a template number and four values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c, ulong d) => Finish(Feature(template, a, b, c) + (d * 0xFF51AFD7ED558CCDUL) + 0x85EBCA77C2B2AE63UL);

    // MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>Folds a 64-bit feature hash to the 32-bit key the compiled models store (never 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(ulong feature)
    {
        var k = (uint)(feature ^ (feature >> 32));
        return k == 0 ? 1u : k;
    }
}

/// <summary>A small deterministic random generator (SplitMix64), so training shuffles identically everywhere.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Shuffles in place (Fisher–Yates).</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
