using System.Collections.Immutable;

namespace Dragoman.Documents;

/// <summary>
/// The one document model that flows through the pipeline. It is immutable: each stage returns a new
/// <see cref="Doc"/> with its layer added (<c>doc with { Tokens = … }</c>), and records the layer in
/// <see cref="Layers"/>. Every annotation carries character offsets into <see cref="Article.Text"/>.
/// </summary>
public sealed record Doc
{
    /// <summary>Creates a document with no annotations yet.</summary>
    public Doc(Article article) => Article = article ?? throw new ArgumentNullException(nameof(article));

    /// <summary>The article being annotated.</summary>
    public Article Article { get; init; }

    /// <summary>The article text: the reference for every offset.</summary>
    public string Text => Article.Text;

    /// <summary>The layers present.</summary>
    public Layers Layers { get; init; }

    /// <summary>Paragraphs in text order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Sentences, headings and captions in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>All tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Named-entity spans.</summary>
    public ImmutableArray<EntitySpan> Entities { get; init; } = [];

    /// <summary>Actor mentions in text order.</summary>
    public ImmutableArray<ActorMention> Actors { get; init; } = [];

    /// <summary>Place mentions in text order.</summary>
    public ImmutableArray<PlaceMention> Places { get; init; } = [];

    /// <summary>Date mentions in text order.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Figures in text order.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = [];

    /// <summary>Attributions in text order.</summary>
    public ImmutableArray<Attribution> Attributions { get; init; } = [];

    /// <summary>
    /// Why the story is not coded for events ("sport", "entertainment"), or null for a story that is.
    /// Set by the discard stage; actors, figures and dates are still reported.
    /// </summary>
    public string? Discard { get; init; }

    /// <summary>Coded events in text order.</summary>
    public ImmutableArray<CodedEvent> Events { get; init; } = [];

    /// <summary>True when every layer in <paramref name="layers"/> is present.</summary>
    public bool Has(Layers layers) => (Layers & layers) == layers;

    /// <summary>The tokens of sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(int sentence)
    {
        var range = Sentences[sentence].Tokens;
        return Tokens.AsSpan().Slice(range.Start, range.Length);
    }

    /// <summary>The text of a character span.</summary>
    public string TextOf(CharSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text covered by a token range, from the first token's start to the last token's end.</summary>
    public string TextOf(TokenRange range) =>
        range.Length == 0 ? string.Empty : Text[Tokens[range.Start].Start..Tokens[range.End - 1].End];

    /// <summary>The characters covered by a token range.</summary>
    public CharSpan SpanOf(TokenRange range) =>
        range.Length == 0 ? default : new CharSpan(Tokens[range.Start].Start, Tokens[range.End - 1].End);
}
