using Dragoman.Documents;

namespace Dragoman.Pipeline;

/// <summary>
/// One component of the pipeline: it reads some layers of a <see cref="Doc"/> and returns a new
/// document with its own layers added. Implementations are immutable and thread-safe, so one
/// instance serves every article on every core.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short stable name ("sentences", "tagger", "events").</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    Layers Produces { get; }

    /// <summary>Annotates one document.</summary>
    Doc Process(Doc doc);
}
