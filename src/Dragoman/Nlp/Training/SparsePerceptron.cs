using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Training;

/// <summary>
/// A multi-class averaged perceptron over hashed sparse features, for training. Each feature keeps
/// weights only for the classes it was ever updated for, stored in one flat pool of entries.
/// Weights are integers (updates are ±1), so training is exact and reproducible; the average is
/// kept with the usual trick (a running sum of update × time) and taken by <see cref="Compile"/>.
/// </summary>
internal sealed class SparsePerceptron : IFeatureScorer
{
    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _rowFeature = [];
    private int[] _rowStart = new int[1024];
    private int[] _rowCount = new int[1024];
    private int[] _rowCapacity = new int[1024];
    private ushort[] _class = new ushort[4096];
    private int[] _weight = new int[4096];
    private long[] _timed = new long[4096];
    private int _used;
    private long _time = 1;

    /// <summary>Creates a perceptron over <paramref name="classCount"/> classes.</summary>
    public SparsePerceptron(int classCount) => ClassCount = classCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features that have weights.</summary>
    public int FeatureCount => _rowFeature.Count;

    /// <summary>Finds the rows of <paramref name="features"/> (-1 where a feature has none yet).</summary>
    public void Lookup(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (var i = 0; i < features.Length; i++)
        {
            rows[i] = _rowOf.TryGetValue(features[i], out var r) ? r : -1;
        }
    }

    /// <summary>Adds the current (not averaged) weights of the rows to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        foreach (var row in rows)
        {
            if (row < 0)
            {
                continue;
            }
            var start = _rowStart[row];
            var end = start + _rowCount[row];
            for (var e = start; e < end; e++)
            {
                scores[_class[e]] += _weight[e];
            }
        }
    }

    /// <summary>Scores features directly (looks them up).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rowOf.TryGetValue(feature, out var row))
            {
                var start = _rowStart[row];
                var end = start + _rowCount[row];
                for (var e = start; e < end; e++)
                {
                    scores[_class[e]] += _weight[e];
                }
            }
        }
    }

    /// <summary>Marks the end of one training example (the clock the average runs on).</summary>
    public void Tick() => _time++;

    /// <summary>The perceptron update: <paramref name="gold"/> up, <paramref name="predicted"/> down, for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        if (gold == predicted)
        {
            return;
        }
        foreach (var feature in features)
        {
            var row = RowFor(feature);
            Add(row, gold, 1);
            Add(row, predicted, -1);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one class weight of each feature.</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, int delta)
    {
        foreach (var feature in features)
        {
            Add(RowFor(feature), cls, delta);
        }
    }

    private int RowFor(ulong feature)
    {
        if (_rowOf.TryGetValue(feature, out var row))
        {
            return row;
        }
        row = _rowFeature.Count;
        _rowOf[feature] = row;
        _rowFeature.Add(feature);
        if (row == _rowStart.Length)
        {
            Array.Resize(ref _rowStart, row * 2);
            Array.Resize(ref _rowCount, row * 2);
            Array.Resize(ref _rowCapacity, row * 2);
        }
        _rowStart[row] = Allocate(2);
        _rowCount[row] = 0;
        _rowCapacity[row] = 2;
        return row;
    }

    private int Allocate(int size)
    {
        if (_used + size > _class.Length)
        {
            var newSize = Math.Max(_class.Length * 2, _used + size);
            Array.Resize(ref _class, newSize);
            Array.Resize(ref _weight, newSize);
            Array.Resize(ref _timed, newSize);
        }
        var start = _used;
        _used += size;
        return start;
    }

    private void Add(int row, int cls, int delta)
    {
        var start = _rowStart[row];
        var count = _rowCount[row];
        for (var e = start; e < start + count; e++)
        {
            if (_class[e] == cls)
            {
                _weight[e] += delta;
                _timed[e] += _time * delta;
                return;
            }
        }
        if (count == _rowCapacity[row])
        {
            // Move the row to a block twice the size; the old block is abandoned.
            var moved = Allocate(count * 2);
            Array.Copy(_class, start, _class, moved, count);
            Array.Copy(_weight, start, _weight, moved, count);
            Array.Copy(_timed, start, _timed, moved, count);
            _rowStart[row] = start = moved;
            _rowCapacity[row] = count * 2;
        }
        var slot = start + count;
        _class[slot] = (ushort)cls;
        _weight[slot] = delta;
        _timed[slot] = _time * delta;
        _rowCount[row] = count + 1;
    }

    /// <summary>The averaged weights, pruned and quantised into an immutable model.</summary>
    public LinearModel Compile(double pruneBelow) => LinearModel.Build(ClassCount, AveragedWeights(), pruneBelow);

    /// <summary>Every (feature, class, averaged weight).</summary>
    public IEnumerable<(ulong Feature, int Class, double Weight)> AveragedWeights()
    {
        for (var row = 0; row < _rowFeature.Count; row++)
        {
            var start = _rowStart[row];
            for (var e = start; e < start + _rowCount[row]; e++)
            {
                var average = _weight[e] - ((double)_timed[e] / _time);
                if (average != 0)
                {
                    yield return (_rowFeature[row], _class[e], average);
                }
            }
        }
    }
}
