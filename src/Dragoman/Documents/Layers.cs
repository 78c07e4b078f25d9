namespace Dragoman.Documents;

/// <summary>The annotation layers a <see cref="Doc"/> can carry. Pipeline stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing beyond the article.</summary>
    None = 0,
    /// <summary>Paragraphs and sentences with their kinds.</summary>
    Sentences = 1 << 0,
    /// <summary>Tokens with offsets and normalised forms.</summary>
    Tokens = 1 << 1,
    /// <summary>UPOS and XPOS tags and lemmas.</summary>
    Tags = 1 << 2,
    /// <summary>Dependency heads and relations.</summary>
    Parse = 1 << 3,
    /// <summary>Named-entity spans.</summary>
    Entities = 1 << 4,
    /// <summary>Actor mentions with codes.</summary>
    Actors = 1 << 5,
    /// <summary>Place mentions.</summary>
    Places = 1 << 6,
    /// <summary>Date mentions resolved to calendar dates.</summary>
    Dates = 1 << 7,
    /// <summary>Figures (numbers with what they count).</summary>
    Figures = 1 << 8,
    /// <summary>Attributions (who reports or claims).</summary>
    Attributions = 1 << 9,
    /// <summary>Coded events.</summary>
    Events = 1 << 10,
    /// <summary>The story-level discard decision.</summary>
    Discards = 1 << 11,
}
