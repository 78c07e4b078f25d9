using System.Collections.Immutable;
using Dragoman.Documents;

namespace Dragoman.Coding.Dictionaries;

/// <summary>The kinds of entry in Dragoman's actor dictionary files.</summary>
public enum ActorEntryKind
{
    /// <summary>A state.</summary>
    Country,
    /// <summary>An international or non-governmental organisation.</summary>
    Organization,
    /// <summary>An armed group, militia or political movement.</summary>
    ArmedGroup,
    /// <summary>A news agency or outlet.</summary>
    Media,
    /// <summary>A person, whose code depends on the date through their roles.</summary>
    Person,
}

/// <summary>A dated role of a person ("President of Russia from 2012-05-07"), which gives their code on a date.</summary>
/// <param name="Code">CAMEO actor code while the role is held ("RUSGOV").</param>
/// <param name="Period">When the role was held.</param>
/// <param name="Title">The title, as text ("President").</param>
public sealed record ActorRole(string Code, DateRange Period, string Title);

/// <summary>A place known to the dictionaries: a capital, a city, a region or a territory.</summary>
public sealed record Place
{
    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Every name it goes by, the canonical one included.</summary>
    public required ImmutableArray<string> Names { get; init; }

    /// <summary>capital, city, region, territory, country.</summary>
    public required string Kind { get; init; }

    /// <summary>CAMEO/ISO-3 code of the country it lies in.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>Source file.</summary>
    public required string File { get; init; }

    /// <summary>Source line (1-based).</summary>
    public required int Line { get; init; }
}

/// <summary>
/// One entry of the actor dictionary: a country, organisation, armed group, outlet or person, with
/// every name it goes by and, for people, the dated roles that decide their code.
/// </summary>
public sealed record ActorEntry
{
    /// <summary>What sort of actor this is.</summary>
    public required ActorEntryKind Kind { get; init; }

    /// <summary>The code, for everything but people (whose code comes from <see cref="Roles"/>); may be set for people as a fallback.</summary>
    public string? Code { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Every name (the canonical one included), matched as phrases.</summary>
    public required ImmutableArray<string> Names { get; init; }

    /// <summary>Adjectives and demonyms ("Russian", "Russians"): mentions that modify another word.</summary>
    public ImmutableArray<string> Adjectives { get; init; } = [];

    /// <summary>The country the actor belongs to (for organisations, groups, outlets and people).</summary>
    public string? Country { get; init; }

    /// <summary>When the actor existed (states, organisations).</summary>
    public DateRange Period { get; init; }

    /// <summary>Dated roles (people).</summary>
    public ImmutableArray<ActorRole> Roles { get; init; } = [];

    /// <summary>The capital (countries); its name also stands for the government ("Moscow said").</summary>
    public Place? Capital { get; init; }

    /// <summary>Other cities (countries).</summary>
    public ImmutableArray<Place> Cities { get; init; } = [];

    /// <summary>Source file.</summary>
    public required string File { get; init; }

    /// <summary>Source line of the entry header (1-based).</summary>
    public required int Line { get; init; }

    /// <summary>The role held on <paramref name="date"/> (first listed wins), or null.</summary>
    public ActorRole? RoleOn(DateOnly? date)
    {
        foreach (var role in Roles)
        {
            if (role.Period.Contains(date))
            {
                return role;
            }
        }
        return null;
    }

    /// <summary>
    /// The role a text without a date most likely means: among the roles whose title the text
    /// gives ("US President George Bush" names the president, not the CIA director he also was),
    /// or among all roles when it gives none that fits, the one held last (an open role counts as
    /// the latest). Null for entries without roles.
    /// </summary>
    public ActorRole? UndatedRole(string? titleInText)
    {
        ActorRole? best = null;
        var bestFit = -1;
        foreach (var role in Roles)
        {
            var fit = TitleFit(role.Title, titleInText);
            if (fit > bestFit || (fit == bestFit && best is not null && EndsLater(role.Period, best.Period)))
            {
                best = role;
                bestFit = fit;
            }
        }
        return best;
    }

    /// <summary>2 when one of the role's comma-separated titles is the text's title, 1 when one contains it as words, else 0.</summary>
    private static int TitleFit(string roleTitle, string? titleInText)
    {
        var wanted = titleInText?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return 0;
        }
        var fit = 0;
        foreach (var part in roleTitle.Split(','))
        {
            var title = part.Trim();
            var paren = title.IndexOf('(', StringComparison.Ordinal);
            title = paren > 0 ? title[..paren].Trim() : title;
            if (title.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }
            var at = title.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || title[at - 1] == ' ') && (at + wanted.Length == title.Length || title[at + wanted.Length] == ' '))
            {
                fit = 1;
            }
        }
        return fit;
    }

    private static bool EndsLater(DateRange a, DateRange b) =>
        (a.To, b.To) switch
        {
            (null, not null) => true,
            (not null, null) => false,
            _ when a.To != b.To => a.To > b.To,
            _ => (a.From ?? DateOnly.MinValue) > (b.From ?? DateOnly.MinValue),
        };

    /// <summary>
    /// The actor's code on <paramref name="date"/>: a person's role code when a role covers the date,
    /// else the entry's own code, else the person's country with ELI (elite: a former office-holder).
    /// </summary>
    public string CodeOn(DateOnly? date)
    {
        if (RoleOn(date) is { } role)
        {
            return role.Code;
        }
        if (Code is not null)
        {
            return Code;
        }
        if (Kind == ActorEntryKind.Person && date is null && UndatedRole(null) is { } latest)
        {
            return latest.Code; // no date at all: the latest role is the best guess
        }
        return (Country ?? Roles.FirstOrDefault()?.Code[..3] ?? "UNK") + "ELI";
    }

    /// <summary>The document-model actor type of this entry.</summary>
    public ActorType Type => Kind switch
    {
        ActorEntryKind.Country => ActorType.Country,
        ActorEntryKind.Organization => ActorType.Organization,
        ActorEntryKind.ArmedGroup => ActorType.ArmedGroup,
        ActorEntryKind.Media => ActorType.Media,
        _ => ActorType.Person,
    };
}

/// <summary>A generic noun that names a part of a state or society ("government", "police", "rebels").</summary>
/// <param name="Code">The agent code, three letters ("GOV", "MIL") or a pair ("GOVMIL").</param>
/// <param name="Name">What the agent is ("government").</param>
/// <param name="Words">The words and phrases that name it, in lemma form ("foreign minister", "police").</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Source line of the entry header.</param>
public sealed record AgentEntry(string Code, string Name, ImmutableArray<string> Words, string File, int Line);
