namespace Dragoman.Documents;

/// <summary>A named-entity span found by the entity recogniser.</summary>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Tokens">Tokens covered.</param>
/// <param name="Span">Characters covered.</param>
/// <param name="Label">PER, ORG, LOC or GPE.</param>
/// <param name="Text">The covered text.</param>
public sealed record EntitySpan(int Sentence, TokenRange Tokens, CharSpan Span, string Label, string Text);

/// <summary>What sort of thing an actor is.</summary>
public enum ActorType
{
    /// <summary>A state, named or by adjective ("Russia", "Iranian").</summary>
    Country,
    /// <summary>A part of a state or society named by a generic noun ("the government", "police", "militants").</summary>
    Agent,
    /// <summary>An international or non-governmental organisation (UN, NATO, Red Cross).</summary>
    Organization,
    /// <summary>An armed group, militia or political movement (Hamas, Hezbollah).</summary>
    ArmedGroup,
    /// <summary>A news agency or outlet (TASS, Reuters).</summary>
    Media,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A named entity the dictionaries do not know.</summary>
    Unknown,
}

/// <summary>
/// An actor mention: a span of text that names or describes a political actor, with its CAMEO code.
/// </summary>
public sealed record ActorMention
{
    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>Tokens covered.</summary>
    public required TokenRange Tokens { get; init; }

    /// <summary>Characters covered.</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The covered text.</summary>
    public required string Text { get; init; }

    /// <summary>CAMEO actor code, country plus agent ("RUSGOV", "IRNGOV", "PSEREB") or an organisation code ("IGOUNO").</summary>
    public required string Code { get; init; }

    /// <summary>Canonical name ("Maria Zakharova", "Russia", "Hamas").</summary>
    public required string Name { get; init; }

    /// <summary>What sort of actor this is.</summary>
    public required ActorType Type { get; init; }

    /// <summary>The country (CAMEO/ISO-3 code) the actor belongs to, when it has one.</summary>
    public string? Country { get; init; }

    /// <summary>The role that gave the code ("spokeswoman of the foreign ministry", "President"), when one did.</summary>
    public string? Role { get; init; }

    /// <summary>Index (in <see cref="Doc.Actors"/>) of the earlier mention this one refers back to ("he", "the group", "Marzouk").</summary>
    public int? Antecedent { get; init; }

    /// <summary>True when the mention is only an adjective or modifier of another word ("Russian" in "Russian citizens").</summary>
    public bool IsModifier { get; init; }
}

/// <summary>A place mention resolved, where the gazetteer knows it, to a country and coordinates.</summary>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Span">Characters covered.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Name">Canonical place name.</param>
/// <param name="Kind">country, city, region or territory.</param>
/// <param name="Country">CAMEO/ISO-3 country code.</param>
/// <param name="Latitude">Latitude in degrees, when known.</param>
/// <param name="Longitude">Longitude in degrees, when known.</param>
public sealed record PlaceMention(int Sentence, CharSpan Span, string Text, string Name, string Kind, string? Country, double? Latitude, double? Longitude);

/// <summary>How precisely a date mention pins down a day.</summary>
public enum DateGranularity
{
    /// <summary>A single day.</summary>
    Day,
    /// <summary>A month of a year.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
}

/// <summary>A date expression with the calendar date it denotes.</summary>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Span">Characters covered.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Value">The date, or the first day of the month or year; null when it cannot be resolved (no article date).</param>
/// <param name="Granularity">Day, month or year.</param>
/// <param name="IsRelative">True for expressions resolved against the article date ("on Thursday", "yesterday").</param>
public sealed record DateMention(int Sentence, CharSpan Span, string Text, DateOnly? Value, DateGranularity Granularity, bool IsRelative);

/// <summary>A number in the text with what it counts.</summary>
public sealed record Figure
{
    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>Characters of the whole figure expression ("over 6,500 deaths").</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The covered text.</summary>
    public required string Text { get; init; }

    /// <summary>The numeric value (1400, 6500, 2300000).</summary>
    public required double Value { get; init; }

    /// <summary>True when hedged ("over", "about", "nearly", "at least", "some").</summary>
    public bool Approximate { get; init; }

    /// <summary>The hedging word or phrase ("over"), when any.</summary>
    public string? Qualifier { get; init; }

    /// <summary>What is counted: killed, injured, hostages, displaced, arrested, population, troops, money, percent, other.</summary>
    public required string Kind { get; init; }

    /// <summary>The noun counted ("fatalities", "deaths", "enclave"), when one is attached.</summary>
    public string? Noun { get; init; }

    /// <summary>Currency or unit ("USD", "%"), when any.</summary>
    public string? Unit { get; init; }

    /// <summary>Index (in <see cref="Doc.Attributions"/>) of the attribution that vouches for the figure, when any.</summary>
    public int? Attribution { get; init; }
}

/// <summary>An actor as it takes part in an event or attribution: the words and the code.</summary>
/// <param name="Text">The words that name the actor.</param>
/// <param name="Code">CAMEO actor code.</param>
/// <param name="Span">Characters of <paramref name="Text"/>, when it comes from the text.</param>
/// <param name="Mention">Index in <see cref="Doc.Actors"/>, when the actor is a recognised mention.</param>
public sealed record EventActor(string Text, string Code, CharSpan? Span, int? Mention);

/// <summary>The words that triggered an event or attribution.</summary>
/// <param name="Text">The trigger words.</param>
/// <param name="Span">Characters covered (from the first to the last trigger word).</param>
public sealed record Trigger(string Text, CharSpan Span);

/// <summary>Who reports or claims the content of a sentence ("TASS reported", "according to the ministry").</summary>
public sealed record Attribution
{
    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>The reporting actor.</summary>
    public required EventActor Source { get; init; }

    /// <summary>The cue words ("reported", "according to", "as per", "in a statement").</summary>
    public required Trigger Cue { get; init; }

    /// <summary>reporting_verb, according_to or statement.</summary>
    public required string Kind { get; init; }

    /// <summary>Characters of the attributed content (the reported clause), when it can be delimited.</summary>
    public CharSpan? Content { get; init; }
}

/// <summary>How firmly the text asserts an event.</summary>
public enum Modality
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,
    /// <summary>Intended, planned or expected ("plans to", "will", "would").</summary>
    Intended,
    /// <summary>Possible or conditional ("could", "may", "might").</summary>
    Possible,
    /// <summary>Threatened ("threatened to").</summary>
    Threatened,
    /// <summary>Claimed by others, not confirmed ("alleged", "reportedly").</summary>
    Alleged,
    /// <summary>Asked for ("called on X to").</summary>
    Requested,
}

/// <summary>A coded political event: who did what to whom, with the words that said so.</summary>
public sealed record CodedEvent
{
    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>The acting actor.</summary>
    public required EventActor Source { get; init; }

    /// <summary>The actor acted upon, when any.</summary>
    public EventActor? Target { get; init; }

    /// <summary>CAMEO event code ("036", "1823").</summary>
    public required string Cameo { get; init; }

    /// <summary>CAMEO event name ("Express intent to meet or negotiate").</summary>
    public required string CameoName { get; init; }

    /// <summary>Goldstein conflict–cooperation score, from -10 to +10.</summary>
    public required double Goldstein { get; init; }

    /// <summary>Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }

    /// <summary>PLOVER event type ("CONSULT", "ASSAULT").</summary>
    public string? PloverType { get; init; }

    /// <summary>PLOVER mode, when the CAMEO code implies one.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER context, when the CAMEO code implies one.</summary>
    public string? PloverContext { get; init; }

    /// <summary>Date of the event: an explicit date in the sentence, else the article date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where the event happened, when the sentence says.</summary>
    public PlaceMention? Place { get; init; }

    /// <summary>The words that triggered the event.</summary>
    public required Trigger Trigger { get; init; }

    /// <summary>True when the text denies the event ("did not attack"). Negated events are kept but flagged.</summary>
    public bool Negated { get; init; }

    /// <summary>How firmly the event is asserted.</summary>
    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>The word that set <see cref="Modality"/> ("would", "plans", "alleged"), when any.</summary>
    public string? ModalityCue { get; init; }

    /// <summary>Index (in <see cref="Doc.Attributions"/>) of the attribution the event is reported under, when any.</summary>
    public int? Attribution { get; init; }

    /// <summary>Index (in <see cref="Doc.Events"/>) of the statement event that reports this one, for reported speech.</summary>
    public int? ReportedBy { get; init; }

    /// <summary>The dictionary pattern that matched, for tracing ("verbs.txt:812").</summary>
    public string? Pattern { get; init; }
}
