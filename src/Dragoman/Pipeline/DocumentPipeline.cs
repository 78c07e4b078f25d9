using System.Collections.Immutable;
using Dragoman.Documents;

namespace Dragoman.Pipeline;

/// <summary>
/// An ordered list of stages. The order is checked when the pipeline is built, so a stage that
/// needs a layer no earlier stage produces fails at construction, not half-way through a corpus.
/// </summary>
public sealed class DocumentPipeline
{
    /// <summary>Builds a pipeline, checking that every stage's required layers are produced upstream.</summary>
    /// <exception cref="ArgumentException">A stage requires a layer that no earlier stage produces.</exception>
    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        Stages = [.. stages];
        var available = Layers.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new ArgumentException(
                    $"pipeline stage '{stage.Name}' requires {missing}, which no earlier stage produces", nameof(stages));
            }
            available |= stage.Produces;
        }
        Produces = available;
    }

    /// <summary>The stages in order.</summary>
    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>All layers the pipeline adds.</summary>
    public Layers Produces { get; }

    /// <summary>Runs every stage on one article.</summary>
    public Doc Run(Article article) => Run(new Doc(article));

    /// <summary>Runs every stage on a document.</summary>
    public Doc Run(Doc doc)
    {
        foreach (var stage in Stages)
        {
            doc = stage.Process(doc);
        }
        return doc;
    }
}
