using Dragoman.Documents;
using Dragoman.Pipeline;
using Dragoman.Text;

namespace Dragoman;

/// <summary>Settings that choose what the default pipeline does.</summary>
public sealed record EngineOptions
{
    /// <summary>A directory of dictionaries (Dragoman's or PETRARCH's format) to use instead of the bundled ones.</summary>
    public string? DictionaryDirectory { get; init; }
}

/// <summary>
/// The default Dragoman pipeline, assembled once and shared: text → nlp → coding. Building it loads
/// the dictionaries and models; running it is thread-safe, so one engine serves every core.
/// </summary>
public sealed class Engine
{
    /// <summary>Assembles the default pipeline.</summary>
    public Engine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        Pipeline = new DocumentPipeline(BuildStages());
    }

    /// <summary>The options the engine was built with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The stages, in order.</summary>
    public DocumentPipeline Pipeline { get; }

    /// <summary>Annotates and codes one article.</summary>
    public Doc Process(Article article) => Pipeline.Run(article);

    private IEnumerable<IDocumentStage> BuildStages()
    {
        yield return TextSegmenter.Instance;
    }
}
