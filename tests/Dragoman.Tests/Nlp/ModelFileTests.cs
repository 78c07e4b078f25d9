using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Internal;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>The linear-model machinery under every NLP model: training, compiling, writing, reading.</summary>
public class ModelFileTests
{
    private static SparsePerceptron TrainToyModel()
    {
        // Class = which of two features is present; a third feature is noise.
        var perceptron = new SparsePerceptron(3);
        var scores = new float[3];
        ulong[][] examples = [[1, 10], [2, 10], [3, 10], [1], [2], [3]];
        int[] gold = [0, 1, 2, 0, 1, 2];
        for (var epoch = 0; epoch < 10; epoch++)
        {
            for (var i = 0; i < examples.Length; i++)
            {
                Array.Clear(scores);
                perceptron.Score(examples[i], scores);
                var predicted = Array.IndexOf(scores, scores.Max());
                perceptron.Update(examples[i], gold[i], predicted);
                perceptron.Tick();
            }
        }
        return perceptron;
    }

    [Fact]
    public void A_trained_model_separates_its_classes()
    {
        var model = TrainToyModel().Compile(0);
        for (ulong f = 1; f <= 3; f++)
        {
            var scores = new float[3];
            model.Score([f, 10], scores);
            Assert.Equal((int)f - 1, Array.IndexOf(scores, scores.Max()));
        }
    }

    [Fact]
    public void Writing_and_reading_a_model_keeps_its_scores()
    {
        var model = TrainToyModel().Compile(0);
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "toy", model.Write);
        stream.Position = 0;
        var read = ModelFile.Read(stream, "toy", LinearModel.Read);
        Assert.Equal(model.FeatureCount, read.FeatureCount);
        ulong[] features = [1, 2, 3, 10, 99];
        var a = new float[3];
        var b = new float[3];
        model.Score(features, a);
        read.Score(features, b);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(a[c], b[c], 3);
        }
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused()
    {
        var model = TrainToyModel().Compile(0);
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "toy", model.Write);
        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => ModelFile.Read(stream, "parser", LinearModel.Read));
        Assert.Contains("'toy'", e.Message);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void A_truncated_model_file_is_refused_as_invalid_data(double keep)
    {
        var path = Path.GetTempFileName();
        try
        {
            EntityRecognizer.Default.Save(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
            Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Variable_length_integers_read_alike_from_memory_and_from_other_streams()
    {
        uint[] keys = [3, 200, 70_000, 4_000_000_000];
        using var bytes = new MemoryStream();
        using (var writer = new ModelWriter(bytes))
        {
            uint previous = 0;
            foreach (var key in keys)
            {
                writer.WriteVarUInt(key - previous);
                previous = key;
            }
            writer.WriteVarUInt(42);
        }
        uint[] Read(Stream stream)
        {
            using var reader = new ModelReader(stream);
            var values = new uint[keys.Length];
            reader.ReadVarUInts(values, gaps: true);
            Assert.Equal(42UL, reader.ReadVarUInt());
            return values;
        }
        // An expandable memory stream exposes its buffer (the fast path); one made over an array does not.
        MemoryStream Expandable(byte[] content)
        {
            var stream = new MemoryStream();
            stream.Write(content);
            stream.Position = 0;
            Assert.True(stream.TryGetBuffer(out _));
            return stream;
        }
        Assert.Equal(keys, Read(Expandable(bytes.ToArray())));
        Assert.Equal(keys, Read(new MemoryStream(bytes.ToArray())));
        Assert.Equal(keys, Read(new BufferedStream(new MemoryStream(bytes.ToArray()))));
        // A stream that ends inside the values is an end of stream, which model files report as truncated.
        using var truncated = Expandable(bytes.ToArray()[..5]);
        using var reader = new ModelReader(truncated);
        Assert.Throws<EndOfStreamException>(() => reader.ReadVarUInts(new uint[keys.Length], gaps: true));
    }

    [Fact]
    public void Pruning_drops_small_weights()
    {
        var perceptron = TrainToyModel();
        Assert.True(perceptron.Compile(100).WeightCount < perceptron.Compile(0).WeightCount);
    }

    // FeatureHash.Of("Moscow") as the shipped models were built with it.
    private const ulong PinnedMoscowHash = 15201758283231490272UL;

    [Fact]
    public void Feature_hashes_are_stable_across_processes()
    {
        // Models store hashes: these values are part of the file format.
        Assert.Equal(FeatureHash.Of("Moscow"), FeatureHash.Of("Moscow".AsSpan()));
        Assert.Equal(FeatureHash.OfLower("MOSCOW"), FeatureHash.OfLower("moscow"));
        Assert.NotEqual(FeatureHash.Of("Moscow"), FeatureHash.Of("moscow"));
        Assert.Equal(PinnedMoscowHash, FeatureHash.Of("Moscow"));
    }
}
