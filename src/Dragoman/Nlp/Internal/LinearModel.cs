using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics.X86;
using System.Runtime.InteropServices;

namespace Dragoman.Nlp.Internal;

/// <summary>Adds the weights of hashed features to class scores.</summary>
internal interface IFeatureScorer
{
    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// A compiled multi-class linear model over hashed sparse features: for each feature key, the
/// (class, weight) pairs that survived pruning. Immutable after construction and safe to share
/// between threads. Features are looked up in an open-addressing table of 32-bit keys.
/// </summary>
internal sealed class LinearModel : IFeatureScorer
{
    // Slot = key << 32 | offset of the row in _rows; 0 = empty. A row is a header entry whose Class
    // holds the number of entries, then the entries: one cache line or two per feature looked up.
    private readonly ulong[] _slots;
    private readonly Entry[] _rows;
    private readonly int _mask;

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly struct Entry(ushort cls, float weight)
    {
        public readonly ushort Class = cls;
        public readonly float Weight = weight;
    }

    private LinearModel(int classCount, uint[] keys, int[] featureStart, ushort[] entryClass, float[] entryWeight)
    {
        ClassCount = classCount;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slots = new ulong[capacity];
        _rows = new Entry[keys.Length + entryClass.Length];
        var offset = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            var count = featureStart[f + 1] - featureStart[f];
            _rows[offset] = new Entry((ushort)count, 0);
            for (var e = 0; e < count; e++)
            {
                _rows[offset + 1 + e] = new Entry(entryClass[featureStart[f] + e], entryWeight[featureStart[f] + e]);
            }
            var key = keys[f];
            var slot = (int)(key & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = ((ulong)key << 32) | (uint)offset;
            offset += count + 1;
        }
        FeatureCount = keys.Length;
        WeightCount = entryClass.Length;
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount { get; }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    /// <remarks>
    /// The lookups are random accesses into tables larger than the caches, so they run in three
    /// passes: hash and prefetch every slot, then probe the slots and prefetch every row, then add
    /// the rows. The memory loads of all features thus overlap instead of waiting one after another.
    /// </remarks>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        const int MaxBatch = 128;
        if (features.Length > MaxBatch)
        {
            Score(features[..MaxBatch], scores);
            Score(features[MaxBatch..], scores);
            return;
        }
        var n = features.Length;
        Span<uint> keys = stackalloc uint[n];
        Span<int> found = stackalloc int[n];
        var mask = _mask;
        fixed (ulong* slots = _slots)
        fixed (Entry* rows = _rows)
        {
            for (var i = 0; i < n; i++)
            {
                var key = FeatureHash.Key(features[i]);
                keys[i] = key;
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(slots + (key & (uint)mask));
                }
            }
            for (var i = 0; i < n; i++)
            {
                var key = keys[i];
                var slot = (int)(key & (uint)mask);
                found[i] = -1;
                while (true)
                {
                    var s = slots[slot];
                    if ((uint)(s >> 32) == key)
                    {
                        var offset = (int)(uint)s;
                        found[i] = offset;
                        if (Sse.IsSupported)
                        {
                            Sse.Prefetch0(rows + offset);
                        }
                        break;
                    }
                    if (s == 0)
                    {
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            for (var i = 0; i < n; i++)
            {
                var offset = found[i];
                if (offset < 0)
                {
                    continue;
                }
                var end = offset + 1 + rows[offset].Class;
                for (var e = offset + 1; e < end; e++)
                {
                    scores[rows[e].Class] += rows[e].Weight;
                }
            }
        }
    }

    // Every (key, entries) row, for writing.
    /// <summary>Every stored weight, as (feature key, class, weight): what <see cref="Build"/> takes.</summary>
    public IEnumerable<(ulong Feature, int Class, double Weight)> Weights()
    {
        foreach (var (key, offset, count) in Features())
        {
            for (var e = offset + 1; e <= offset + count; e++)
            {
                yield return (key, _rows[e].Class, _rows[e].Weight);
            }
        }
    }

    private IEnumerable<(uint Key, int Offset, int Count)> Features()
    {
        foreach (var s in _slots)
        {
            if (s != 0)
            {
                var offset = (int)(uint)s;
                yield return ((uint)(s >> 32), offset, _rows[offset].Class);
            }
        }
    }

    /// <summary>
    /// Builds a model from trained weights: entries whose magnitude is below <paramref name="pruneBelow"/>
    /// are dropped, and weights are quantised to 16 bits (as they will be stored).
    /// </summary>
    public static LinearModel Build(int classCount, IEnumerable<(ulong Feature, int Class, double Weight)> weights, double pruneBelow)
    {
        var byKey = new SortedDictionary<uint, Dictionary<int, double>>();
        foreach (var (feature, cls, weight) in weights)
        {
            if (Math.Abs(weight) < pruneBelow || weight == 0)
            {
                continue;
            }
            var key = FeatureHash.Key(feature);
            if (!byKey.TryGetValue(key, out var row))
            {
                row = [];
                byKey[key] = row;
            }
            row[cls] = row.GetValueOrDefault(cls) + weight; // 32-bit key collisions merge
        }
        var maxAbs = 1e-9;
        foreach (var row in byKey.Values)
        {
            foreach (var w in row.Values)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(w));
            }
        }
        var scale = maxAbs / short.MaxValue;
        var keys = new uint[byKey.Count];
        var starts = new int[byKey.Count + 1];
        var classes = new List<ushort>();
        var values = new List<float>();
        var f = 0;
        foreach (var (key, row) in byKey)
        {
            keys[f] = key;
            starts[f] = classes.Count;
            foreach (var (cls, w) in row.OrderBy(p => p.Key))
            {
                var q = (short)Math.Round(w / scale);
                if (q == 0)
                {
                    continue;
                }
                classes.Add((ushort)cls);
                values.Add((float)(q * scale));
            }
            f++;
        }
        starts[f] = classes.Count;
        return new LinearModel(classCount, keys, starts, [.. classes], [.. values]);
    }

    /// <summary>Writes the model: keys delta-coded, weights as 16-bit integers with one scale.</summary>
    public void Write(ModelWriter writer)
    {
        var features = Features().OrderBy(f => f.Key).ToArray();
        var maxAbs = 1e-9f;
        foreach (var (_, offset, count) in features)
        {
            for (var e = offset + 1; e <= offset + count; e++)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(_rows[e].Weight));
            }
        }
        var scale = maxAbs / short.MaxValue;
        writer.WriteVarUInt((ulong)ClassCount);
        writer.WriteVarUInt((ulong)FeatureCount);
        writer.Write(scale);
        uint previous = 0;
        foreach (var (key, _, _) in features)
        {
            writer.WriteVarUInt(key - previous);
            previous = key;
        }
        foreach (var (_, _, count) in features)
        {
            writer.WriteVarUInt((ulong)count);
        }
        var wideClasses = ClassCount > 256;
        foreach (var (_, offset, count) in features)
        {
            for (var e = offset + 1; e <= offset + count; e++)
            {
                if (wideClasses)
                {
                    writer.Write(_rows[e].Class);
                }
                else
                {
                    writer.Write((byte)_rows[e].Class);
                }
            }
        }
        foreach (var (_, offset, count) in features)
        {
            for (var e = offset + 1; e <= offset + count; e++)
            {
                writer.Write((short)Math.Round(_rows[e].Weight / scale));
            }
        }
    }

    private static byte[] ReadExactly(ModelReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException("model file truncated");
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(ModelReader reader)
    {
        var classCount = reader.ReadCount(1 << 16);
        var featureCount = reader.ReadCount();
        var scale = reader.ReadSingle();
        var keys = new uint[featureCount];
        reader.ReadVarUInts(keys, gaps: true);
        var counts = new uint[featureCount];
        reader.ReadVarUInts(counts, gaps: false);
        var starts = new int[featureCount + 1];
        for (var f = 0; f < featureCount; f++)
        {
            if (counts[f] > classCount)
            {
                throw new InvalidDataException($"count {counts[f]} out of range");
            }
            starts[f + 1] = starts[f] + (int)counts[f];
        }
        var entries = starts[featureCount];
        var classes = new ushort[entries];
        var wideClasses = classCount > 256;
        var classBytes = ReadExactly(reader, wideClasses ? 2 * entries : entries);
        for (var e = 0; e < entries; e++)
        {
            classes[e] = wideClasses ? BinaryPrimitives.ReadUInt16LittleEndian(classBytes.AsSpan(2 * e)) : classBytes[e];
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException("class index out of range");
            }
        }
        var weightBytes = ReadExactly(reader, 2 * entries);
        var weights = new float[entries];
        for (var e = 0; e < entries; e++)
        {
            weights[e] = BinaryPrimitives.ReadInt16LittleEndian(weightBytes.AsSpan(2 * e)) * scale;
        }
        return new LinearModel(classCount, keys, starts, classes, weights);
    }
}
