using Dragoman.Coding.Actors;
using Dragoman.Coding.Attributions;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Dictionaries.Petrarch;
using Dragoman.Coding.Discards;
using Dragoman.Coding.Events;
using Dragoman.Coding.Figures;
using Dragoman.Coding.Ontology;
using Dragoman.Coding.Time;
using Dragoman.Documents;
using Dragoman.Nlp;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Pipeline;
using Dragoman.Text;

namespace Dragoman;

/// <summary>Settings that choose what the default pipeline does.</summary>
public sealed record EngineOptions
{
    /// <summary>A directory of dictionaries (laid out like data/: actors/, verbs/, ontology/) to use instead of the bundled ones.</summary>
    public string? DictionaryDirectory { get; init; }
}

/// <summary>The dictionaries a pipeline codes with.</summary>
/// <param name="Actors">Actors, agents and places.</param>
/// <param name="Patterns">Event patterns.</param>
/// <param name="Ontology">CAMEO codes, Goldstein scores and PLOVER mapping.</param>
public sealed record CodingDictionaries(ActorDictionary Actors, EventPatternDictionary Patterns, CameoOntology Ontology)
{
    /// <summary>Discards: evidence of sport and entertainment stories, and sentence-level phrases ("price war").</summary>
    public DiscardDictionary Discards { get; init; } = DiscardDictionary.Bundled;

    /// <summary>
    /// PETRARCH dictionaries, when coding with them: their actors, agents and discards replace
    /// <see cref="Actors"/> for coding, and <see cref="Patterns"/> holds their verbs.
    /// </summary>
    public PetrarchDictionaries? Petrarch { get; init; }

    /// <summary>Dictionaries read from a PETRARCH (or TABARI) dictionary directory.</summary>
    public static CodingDictionaries FromPetrarch(PetrarchDictionaries petrarch) =>
        new(ActorDictionary.Bundled, petrarch.Verbs, CameoOntology.Bundled) { Petrarch = petrarch };

    /// <summary>The dictionaries bundled with Dragoman.</summary>
    public static CodingDictionaries Bundled => new(ActorDictionary.Bundled, EventPatternDictionary.Bundled, CameoOntology.Bundled);

    /// <summary>
    /// Loads dictionaries from a directory laid out like data/ (actors/, verbs/, ontology/), a
    /// missing part falling back to the bundled one; or, when the directory holds PETRARCH
    /// dictionaries (*.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt), those.
    /// </summary>
    /// <exception cref="DictionaryFormatException">A file is malformed (the message names file and line).</exception>
    public static CodingDictionaries LoadDirectory(string directory)
    {
        if (PetrarchDictionaries.IsPetrarchDirectory(directory))
        {
            return FromPetrarch(PetrarchDictionaries.LoadDirectory(directory));
        }
        var actorsDir = Path.Combine(directory, "actors");
        var verbsDir = Path.Combine(directory, "verbs");
        var ontologyDir = Path.Combine(directory, "ontology");
        var ontology = Directory.Exists(ontologyDir) ? CameoOntology.Load(Internal.DataFiles.FromDirectory(ontologyDir)) : CameoOntology.Bundled;
        var actors = Directory.Exists(actorsDir) ? ActorDictionary.LoadDirectory(actorsDir) : ActorDictionary.Bundled;
        var patterns = Directory.Exists(verbsDir) ? EventPatternDictionary.LoadDirectory(verbsDir, ontology) : EventPatternDictionary.Bundled;
        var discardsDir = Path.Combine(directory, "discards");
        var discards = Directory.Exists(discardsDir) ? DiscardDictionary.LoadDirectory(discardsDir) : DiscardDictionary.Bundled;
        return new CodingDictionaries(actors, patterns, ontology) { Discards = discards };
    }
}

/// <summary>
/// The default Dragoman pipeline, assembled once and shared: text → nlp → coding. Building it loads
/// the dictionaries and models; running it is thread-safe, so one engine serves every core.
/// </summary>
public sealed class Engine
{
    /// <summary>Assembles the default pipeline.</summary>
    /// <exception cref="DictionaryFormatException">A dictionary is malformed.</exception>
    public Engine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        Dictionaries = Options.DictionaryDirectory is { } dir ? CodingDictionaries.LoadDirectory(dir) : CodingDictionaries.Bundled;
        Pipeline = new DocumentPipeline(BuildStages());
    }

    /// <summary>The options the engine was built with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The dictionaries in use.</summary>
    public CodingDictionaries Dictionaries { get; }

    /// <summary>The stages, in order.</summary>
    public DocumentPipeline Pipeline { get; }

    /// <summary>Annotates and codes one article.</summary>
    public Doc Process(Article article) => Pipeline.Run(article);

    private IEnumerable<IDocumentStage> BuildStages()
    {
        yield return TextSegmenter.Instance;
        yield return Options.DictionaryDirectory is null
            ? NlpAnnotator.Default
            : new NlpAnnotator(PosTagger.Default, DependencyParser.Default, EntityRecognizer.Default, new ActorGazetteer(Dictionaries.Actors));
        foreach (var stage in CodingStages(Dictionaries))
        {
            yield return stage;
        }
    }

    /// <summary>The coding stages (actors and places, dates, attributions, figures, events) for documents already segmented and parsed.</summary>
    public static IEnumerable<IDocumentStage> CodingStages(CodingDictionaries dictionaries) => CodingStages(dictionaries, SequenceCodingOptions.Default);

    /// <summary>
    /// The coding stages, with settings for PETRARCH-style word-sequence patterns. With PETRARCH
    /// dictionaries these are its noun-phrase actor coder and the event coder.
    /// </summary>
    public static IEnumerable<IDocumentStage> CodingStages(CodingDictionaries dictionaries, SequenceCodingOptions sequenceOptions)
    {
        if (dictionaries.Petrarch is { } petrarch)
        {
            yield return new PetrarchActorRecognizer(petrarch.Lexicon);
            yield return new EventCoder(dictionaries.Patterns, dictionaries.Ontology) { SequenceOptions = sequenceOptions, Discards = petrarch.Lexicon };
            yield break;
        }
        yield return new ActorRecognizer(dictionaries.Actors);
        yield return DateRecognizer.Instance;
        yield return AttributionExtractor.Instance;
        yield return FigureExtractor.Instance;
        yield return new StoryClassifier(dictionaries.Discards);
        yield return new EventCoder(dictionaries.Patterns, dictionaries.Ontology) { SequenceOptions = sequenceOptions, SentenceDiscards = dictionaries.Discards };
    }
}
