using System.Collections.Immutable;
using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp;

/// <summary>How a model file was made: the training command's settings and its scores on held-out data.</summary>
/// <param name="Trained">Training data (file names, not paths) and settings, as "key=value" pairs.</param>
/// <param name="Scores">Scores measured when the model was built ("dev.upos" → 95.1), percentages.</param>
public sealed record ModelInfo(ImmutableSortedDictionary<string, string> Trained, ImmutableSortedDictionary<string, double> Scores)
{
    /// <summary>No information.</summary>
    public static ModelInfo Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty, ImmutableSortedDictionary<string, double>.Empty);

    internal void Write(ModelWriter writer)
    {
        writer.WriteVarUInt((ulong)Trained.Count);
        foreach (var (k, v) in Trained)
        {
            writer.Write(k);
            writer.Write(v);
        }
        writer.WriteVarUInt((ulong)Scores.Count);
        foreach (var (k, v) in Scores)
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    internal static ModelInfo Read(ModelReader reader)
    {
        var trained = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var n = reader.ReadCount(10_000); n > 0; n--)
        {
            trained[reader.ReadString()] = reader.ReadString();
        }
        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        for (var n = reader.ReadCount(10_000); n > 0; n--)
        {
            scores[reader.ReadString()] = reader.ReadDouble();
        }
        return new ModelInfo(trained.ToImmutable(), scores.ToImmutable());
    }
}
