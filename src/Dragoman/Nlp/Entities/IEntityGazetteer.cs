namespace Dragoman.Nlp.Entities;

/// <summary>What a gazetteer knows a name to be. A name can be several things ("Georgia").</summary>
[Flags]
public enum GazetteerKinds
{
    /// <summary>Not a known name.</summary>
    None = 0,
    /// <summary>A person's name ("Vladimir Putin", "Putin").</summary>
    Person = 1 << 0,
    /// <summary>An organisation ("Hamas", "United Nations", "Reuters").</summary>
    Organization = 1 << 1,
    /// <summary>A country or state ("Russia", "Gaza Strip" where it is coded as a state).</summary>
    Country = 1 << 2,
    /// <summary>A city or town ("Moscow").</summary>
    City = 1 << 3,
    /// <summary>Another kind of place: a region, river, sea, mountain range.</summary>
    Location = 1 << 4,
    /// <summary>A nationality or other adjective of a country ("Russian", "Israeli").</summary>
    Nationality = 1 << 5,
}

/// <summary>
/// An optional source of known names for the entity recogniser: it says, for a run of tokens,
/// whether the run is a known person, organisation, country, city or other place. The recogniser
/// uses the answers as features and to tell countries and cities (GPE) from other places (LOC).
/// Implementations must be immutable and thread-safe.
/// </summary>
public interface IEntityGazetteer
{
    /// <summary>The longest name, in tokens, that <see cref="Lookup"/> can match.</summary>
    int MaxTokens { get; }

    /// <summary>What the tokens (normalised forms, in order) name together, or <see cref="GazetteerKinds.None"/>.</summary>
    GazetteerKinds Lookup(ReadOnlySpan<string> tokens);
}
