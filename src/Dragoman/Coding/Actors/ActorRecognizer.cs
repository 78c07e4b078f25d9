using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Coding.Dictionaries;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Actors;

/// <summary>
/// Finds actor and place mentions. Dictionary phrases (names, adjectives, capitals, places, agent
/// nouns) and unknown proper names are matched token by token, then combined into noun phrases:
/// "Russian foreign ministry spokeswoman Maria Zakharova" is one mention coded RUS + GOV, named
/// Maria Zakharova, with the role "foreign ministry spokeswoman"; "the Russian President" is coded
/// RUSGOV and named after whoever held that title on the article's date. Pronouns, definite
/// descriptions ("the group") and short names ("Marzouk") are linked to earlier mentions.
/// </summary>
public sealed class ActorRecognizer(ActorDictionary dictionary) : IDocumentStage
{
    /// <summary>The dictionary in use.</summary>
    public ActorDictionary Dictionary { get; } = dictionary;

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens;

    /// <inheritdoc />
    public Layers Produces => Layers.Actors | Layers.Places;

    // Words that may sit inside an actor phrase without naming anything themselves.
    private static readonly FrozenSet<string> Linkers = new[]
    {
        "deputy", "vice", "senior", "former", "ex", "acting", "top", "chief", "first", "second", "new", "interim", "outgoing",
        "incoming", "then", "current", "late", "exiled", "veteran", "assistant", "junior", "principal", "permanent", "special",
        "high-ranking", "high", "ranking", "leading", "prominent", "powerful", "influential", "hardline", "moderate", "elected",
        "de", "facto", "longtime", "long-time", "main", "regional", "local", "state", "state-run", "state-owned", "official",
        "member", "members", "leader", "leaders", "head", "heads", "representative", "representatives", "figure", "figures",
        "co-founder", "founder", "negotiator", "negotiators", "adviser", "advisor", "aide", "aides", "counterpart", "counterparts",
        "news", "-", "de-facto", "self-proclaimed", "so-called", "supreme", "general", "political", "military", "bureau", "wing",
        "led", "backed", "based", "sponsored", "supported", "allied", "funded", "aligned", "affiliated", "linked", "controlled", "run",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Capitalised words that are not names at the start of a sentence or anywhere.
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "His", "Her",
        "Their", "Its", "Our", "My", "Your", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "As", "For",
        "With", "From", "By", "To", "Of", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Picture", "Photo", "Among", "Additionally", "Meanwhile", "However",
        "Further", "Furthermore", "Moreover", "Also", "Yet", "Still", "So", "Then", "Now", "Today", "Yesterday", "Tomorrow", "What",
        "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "According",
        "Endorsing", "With", "Despite", "Although", "Though", "Since", "Until", "Over", "Under", "About", "Against", "During",
        "Ripple", "Without", "Within", "Following", "Amid", "Earlier", "Later", "Last", "Next", "One", "Two", "Three", "Several",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LocativePrepositions = new[]
    {
        "in", "at", "to", "from", "into", "inside", "near", "across", "outside", "toward", "towards", "throughout", "within",
        "around", "through", "onto", "via", "over", "off", "along", "beyond",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private enum PieceKind { Name, Adjective, Capital, Place, Agent, UnknownName, Linker }

    private sealed record Piece(int Start, int End, PieceKind Kind, ActorEntry? Actor, AgentEntry? Agent, Place? Place);

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var date = doc.Article.Date;
        var actors = new List<ActorMention>();
        var places = ImmutableArray.CreateBuilder<PlaceMention>();
        var words = new List<string>(64);
        var lowered = new List<string>(64);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = doc.TokensOf(sentence.Index);
            if (tokens.IsEmpty)
            {
                continue;
            }
            words.Clear();
            lowered.Clear();
            foreach (var t in tokens)
            {
                words.Add(t.Norm);
                lowered.Add(t.Norm.ToLowerInvariant());
            }
            var pieces = Lex(doc, tokens, words, lowered, date);
            AddPlaces(doc, sentence, tokens, pieces, places);
            foreach (var mention in Compose(doc, sentence, tokens, pieces, date))
            {
                actors.Add(mention);
            }
        }
        var linked = Coreference.Link(doc, actors, Dictionary, date);
        return doc with
        {
            Actors = [.. linked],
            Places = places.ToImmutable(),
            Layers = doc.Layers | Produces,
        };
    }

    /// <summary>Matches dictionary phrases and unknown names left to right, longest first.</summary>
    private List<Piece> Lex(Doc doc, ReadOnlySpan<Token> tokens, List<string> words, List<string> lowered, DateOnly? date)
    {
        var pieces = new List<Piece>();
        var offset = tokens[0].Index;
        var i = 0;
        while (i < tokens.Length)
        {
            var (length, meanings) = Dictionary.Matcher.MatchLongest(words, lowered, i, tokens.Length);
            if (length > 0 && Choose(meanings, date, tokens, i) is { } meaning)
            {
                var kind = meaning.Kind switch
                {
                    PhraseKind.ActorName => PieceKind.Name,
                    PhraseKind.ActorAdjective => PieceKind.Adjective,
                    PhraseKind.Capital => PieceKind.Capital,
                    PhraseKind.Place => PieceKind.Place,
                    _ => PieceKind.Agent,
                };
                pieces.Add(new Piece(offset + i, offset + i + length, kind, meaning.Actor, meaning.Agent, meaning.Place));
                i += length;
                continue;
            }
            if (IsUnknownNameStart(tokens, i))
            {
                var end = i + 1;
                while (end < tokens.Length && IsNameContinuation(tokens, end))
                {
                    end++;
                }
                // A dictionary phrase may start inside the run ("Maria Zakharova" before "TASS"): stop there.
                for (var k = i + 1; k < end; k++)
                {
                    if (Dictionary.Matcher.MatchLongest(words, lowered, k, tokens.Length).Length > 0)
                    {
                        end = k;
                        break;
                    }
                }
                pieces.Add(new Piece(offset + i, offset + end, PieceKind.UnknownName, null, null, null));
                i = end;
                continue;
            }
            if (Linkers.Contains(tokens[i].Norm))
            {
                pieces.Add(new Piece(offset + i, offset + i + 1, PieceKind.Linker, null, null, null));
            }
            i++;
        }
        return pieces;
    }

    private static PhraseMeaning? Choose(IReadOnlyList<PhraseMeaning> meanings, DateOnly? date, ReadOnlySpan<Token> tokens, int i)
    {
        PhraseMeaning? best = null;
        var bestScore = int.MinValue;
        foreach (var m in meanings)
        {
            var score = m.Kind switch
            {
                PhraseKind.ActorName => 50,
                PhraseKind.Capital => 40,
                PhraseKind.Place => 30,
                PhraseKind.ActorAdjective => 20,
                _ => 10,
            };
            if (m.Actor is { } a)
            {
                if (a.Kind == ActorEntryKind.Person)
                {
                    score += a.RoleOn(date) is not null ? 8 : 0;
                }
                else if (a.Period.Contains(date) || (date is null && a.Period.To is null))
                {
                    score += 8;
                }
                else
                {
                    score -= 30; // a state or group that did not exist on the date
                }
            }
            if (score > bestScore)
            {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static bool IsUnknownNameStart(ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Upos is not null)
        {
            return t.Upos == "PROPN" && !NotNames.Contains(t.Norm) && char.IsUpper(t.Norm[0]);
        }
        var w = t.Norm;
        if (w.Length < 2 || !char.IsUpper(w[0]) || NotNames.Contains(w) || !char.IsLetter(w[^1]))
        {
            return false;
        }
        if (i == 0 || tokens[i - 1].Norm is "\"" or "(" or ":" or "-" or "--")
        {
            // At the start of a sentence any word is capitalised: only a following name confirms it.
            return i + 1 < tokens.Length && char.IsUpper(tokens[i + 1].Norm[0]) && !NotNames.Contains(tokens[i + 1].Norm) && char.IsLetter(tokens[i + 1].Norm[0]);
        }
        return true;
    }

    private static bool IsNameContinuation(ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Upos is not null)
        {
            return t.Upos == "PROPN" && char.IsUpper(t.Norm[0]);
        }
        var w = t.Norm;
        return (w.Length >= 1 && char.IsUpper(w[0]) && !NotNames.Contains(w) && char.IsLetter(w[^1]))
            || (w is "al" or "bin" or "ibn" or "abu" or "el" or "van" or "von" or "de" or "der" or "da" or "la" && i + 1 < tokens.Length && char.IsUpper(tokens[i + 1].Norm[0]));
    }

    /// <summary>Places: stand-alone places, capitals, and country names after a locative preposition.</summary>
    private void AddPlaces(Doc doc, Sentence sentence, ReadOnlySpan<Token> tokens, List<Piece> pieces, ImmutableArray<PlaceMention>.Builder places)
    {
        var offset = tokens[0].Index;
        foreach (var p in pieces)
        {
            Place? place = p.Place;
            var kind = place?.Kind;
            if (p.Kind == PieceKind.Name && p.Actor is { Kind: ActorEntryKind.Country } country && AfterLocative(tokens, p.Start - offset))
            {
                place = country.Capital is { } cap ? cap with { Name = country.Name, Kind = "country", Country = country.Code } : new Place
                {
                    Name = country.Name, Names = [country.Name], Kind = "country", Country = country.Code, File = country.File, Line = country.Line,
                };
                kind = "country";
            }
            if (place is null || p.Kind is PieceKind.Adjective or PieceKind.Agent)
            {
                continue;
            }
            var span = doc.SpanOf(new TokenRange(p.Start, p.End));
            places.Add(new PlaceMention(sentence.Index, span, doc.TextOf(span), place.Name, kind ?? place.Kind, place.Country, place.Latitude, place.Longitude));
        }
    }

    private static bool AfterLocative(ReadOnlySpan<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && tokens[k].Norm.ToLowerInvariant() is "the" or "southern" or "northern" or "eastern" or "western" or "central" or "occupied")
        {
            k--;
        }
        return k >= 0 && LocativePrepositions.Contains(tokens[k].Norm);
    }

    /// <summary>Groups adjacent pieces into actor phrases and codes each phrase.</summary>
    private List<ActorMention> Compose(Doc doc, Sentence sentence, ReadOnlySpan<Token> tokens, List<Piece> pieces, DateOnly? date)
    {
        var composed = new List<ActorMention>();
        var offset = tokens[0].Index;
        var groups = new List<List<Piece>>();
        var current = new List<Piece>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var p = pieces[k];
            if (current.Count > 0 && !Adjacent(tokens, offset, current[^1], p))
            {
                groups.Add(current);
                current = [];
            }
            current.Add(p);
        }
        if (current.Count > 0)
        {
            groups.Add(current);
        }

        // Apposition: "Hamas senior member, Abu Marzouk" and "Abu Marzouk, a senior Hamas official".
        for (var g = 0; g + 1 < groups.Count; g++)
        {
            var (a, b) = (groups[g], groups[g + 1]);
            var between = new TokenRange(a[^1].End, b[0].Start);
            if (IsApposition(doc, between) && (IsBareName(b) && HasCode(a) && !HasPersonName(a) || IsBareName(a) && HasCode(b) && !HasPersonName(b) && EndsApposition(doc, tokens, offset, b)))
            {
                a.AddRange(b);
                groups.RemoveAt(g + 1);
            }
        }

        string? sharedCountry = null;
        ActorMention? previous = null;
        for (var gi = 0; gi < groups.Count; gi++)
        {
            var group = groups[gi];
            // Trim linkers at the edges: they describe, they do not name.
            var first = group.FindIndex(p => p.Kind != PieceKind.Linker);
            var last = group.FindLastIndex(p => p.Kind != PieceKind.Linker);
            if (first < 0)
            {
                continue;
            }
            var core = group.GetRange(first, last - first + 1);
            var inheritsCountry = previous is not null && sharedCountry is not null && FollowsCoordination(tokens, offset, previous.Tokens.End, core[0].Start);
            // "Indian and Chinese troops": the first adjective shares the agent noun of the second phrase.
            Piece? borrowedAgent = null;
            if (core.All(p => p.Kind == PieceKind.Adjective) && gi + 1 < groups.Count
                && FollowsCoordination(tokens, offset, core[^1].End, groups[gi + 1][0].Start)
                && groups[gi + 1].LastOrDefault(p => p.Kind == PieceKind.Agent) is { } shared)
            {
                borrowedAgent = shared;
            }
            var mention = Code(doc, sentence, tokens, core, date, inheritsCountry ? sharedCountry : null, borrowedAgent);
            if (mention is null)
            {
                continue;
            }
            sharedCountry = mention.Country ?? (core[0].Kind == PieceKind.Adjective ? core[0].Actor?.Code : null);
            previous = mention;
            composed.Add(mention);
        }
        return composed;
    }

    private static bool Adjacent(ReadOnlySpan<Token> tokens, int offset, Piece left, Piece right)
    {
        if (right.Start == left.End)
        {
            return !(left.Kind == PieceKind.UnknownName && right.Kind == PieceKind.UnknownName);
        }
        // "Iran's deputy foreign minister", "the President of Russia", "Russian foreign ministry spokeswoman".
        var gap = right.Start - left.End;
        if (gap == 1)
        {
            var w = tokens[left.End - offset].Norm;
            if (w is "'s" or "'")
            {
                return left.Kind is PieceKind.Name or PieceKind.Capital && right.Kind is PieceKind.Agent or PieceKind.Linker or PieceKind.UnknownName or PieceKind.Name;
            }
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return left.Kind is PieceKind.Agent or PieceKind.Linker && right.Kind is PieceKind.Name or PieceKind.Capital;
            }
            if (w is "-" && left.Kind is PieceKind.Name or PieceKind.Adjective)
            {
                return true;
            }
        }
        if (gap == 2 && tokens[left.End - offset].Norm.Equals("of", StringComparison.OrdinalIgnoreCase) && tokens[left.End - offset + 1].Norm.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return left.Kind is PieceKind.Agent or PieceKind.Linker && right.Kind is PieceKind.Name;
        }
        // "Iran's morality police", "Russia's top military brass": a possessive country, a few plain
        // modifiers, then the agent noun.
        if (gap is 2 or 3 && left.Kind is PieceKind.Name or PieceKind.Capital && right.Kind == PieceKind.Agent && tokens[left.End - offset].Norm is "'s" or "'")
        {
            for (var k = left.End + 1; k < right.Start; k++)
            {
                var t = tokens[k - offset];
                if (!char.IsLower(t.Norm[0]) || !t.Norm.All(char.IsLetter) || t.Upos is not (null or "ADJ" or "NOUN"))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static bool IsApposition(Doc doc, TokenRange between) =>
        between.Length is 1 or 2 && doc.Tokens[between.Start].Norm == ","
        && (between.Length == 1 || doc.Tokens[between.Start + 1].Norm.ToLowerInvariant() is "a" or "an" or "the");

    private static bool EndsApposition(Doc doc, ReadOnlySpan<Token> tokens, int offset, List<Piece> b)
    {
        var after = b[^1].End - offset;
        return after >= tokens.Length || tokens[after].Norm is "," or "." or ")" or ";" or "--";
    }

    private static bool IsBareName(List<Piece> g) => g.All(p => p.Kind == PieceKind.UnknownName || p.Actor?.Kind == ActorEntryKind.Person);

    private static bool HasPersonName(List<Piece> g) => g.Any(p => p.Kind == PieceKind.UnknownName || p.Actor?.Kind == ActorEntryKind.Person);

    private static bool HasCode(List<Piece> g) => g.Any(p => p.Kind is PieceKind.Name or PieceKind.Adjective or PieceKind.Capital or PieceKind.Agent);

    /// <summary>True when only a conjunction (and perhaps a quantifier: "and several") separates two phrases.</summary>
    private static bool FollowsCoordination(ReadOnlySpan<Token> tokens, int offset, int previousEnd, int start)
    {
        var gap = start - previousEnd;
        if (gap < 1 || gap > 3 || tokens[previousEnd - offset].Norm.ToLowerInvariant() is not ("and" or "or" or "&"))
        {
            return false;
        }
        for (var k = previousEnd + 1; k < start; k++)
        {
            if (tokens[k - offset].Norm.ToLowerInvariant() is not ("several" or "some" or "other" or "many" or "various" or "numerous" or "its" or "their" or "the" or "two" or "three" or "dozens" or "hundreds"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Codes one actor phrase, or returns null when it names no actor.</summary>
    private ActorMention? Code(Doc doc, Sentence sentence, ReadOnlySpan<Token> tokens, List<Piece> group, DateOnly? date, string? inheritedCountry, Piece? borrowedAgent = null)
    {
        var offset = tokens[0].Index;
        var person = group.LastOrDefault(p => p.Actor?.Kind == ActorEntryKind.Person);
        var named = group.LastOrDefault(p => p.Kind is PieceKind.Name && p.Actor?.Kind is not ActorEntryKind.Person);
        var capital = group.FirstOrDefault(p => p.Kind == PieceKind.Capital);
        var agents = group.Where(p => p.Kind == PieceKind.Agent).ToList();
        if (agents.Count == 0 && borrowedAgent is not null)
        {
            agents.Add(borrowedAgent);
        }
        var unknownName = group.LastOrDefault(p => p.Kind == PieceKind.UnknownName);
        var range = new TokenRange(group[0].Start, group[^1].End);
        var span = doc.SpanOf(range);
        var text = doc.TextOf(span);
        var agent = agents.Count > 0 ? agents[^1].Agent : null;
        var role = agents.Count > 0 ? doc.TextOf(new TokenRange(agents[0].Start, agents[^1].End)) : null;

        // The country (or organisation) part: the first name, capital or adjective in the phrase;
        // but a country named at the head of the phrase is what it is about ("NATO-member Norway").
        var basePiece = group.FirstOrDefault(p => p.Kind is PieceKind.Name or PieceKind.Capital or PieceKind.Adjective && p.Actor?.Kind != ActorEntryKind.Person);
        if (named is { Actor.Kind: ActorEntryKind.Country } && ReferenceEquals(named, group[^1]) && basePiece != named)
        {
            basePiece = named;
        }
        var baseEntry = basePiece?.Actor;

        if (person?.Actor is { } personEntry)
        {
            var code = personEntry.CodeOn(date);
            if (code.EndsWith("ELI", StringComparison.Ordinal) && baseEntry is not null && agent is not null)
            {
                code = Combine(baseEntry, agent.Code);
            }
            return Mention(sentence, range, span, text, code, personEntry.Name, ActorType.Person, code[..3], personEntry.RoleOn(date)?.Title ?? role);
        }

        if (named?.Actor is { } entry && group.Count(p => p.Kind == PieceKind.Name) >= 1 && (entry.Kind != ActorEntryKind.Country || basePiece == named || baseEntry?.Kind == ActorEntryKind.Country))
        {
            // An organisation, group or outlet named outright ("Russian news outlet TASS", "Hamas").
            if (entry.Kind != ActorEntryKind.Country)
            {
                return Mention(sentence, range, span, text, entry.Code!, entry.Name, entry.Type, entry.Country, role);
            }
        }

        if (baseEntry is null && inheritedCountry is not null && agent is not null && Dictionary.Countries.TryGetValue(inheritedCountry, out var inherited))
        {
            baseEntry = inherited;
        }

        if (unknownName is not null && (baseEntry is not null || agent is not null))
        {
            // An unknown person identified by country and role: "spokeswoman Maria Zakharova".
            var name = doc.TextOf(new TokenRange(unknownName.Start, unknownName.End));
            var code = baseEntry is not null ? (agent is not null ? Combine(baseEntry, agent.Code) : baseEntry.Code!) : agent!.Code;
            var looksLikePerson = unknownName.End - unknownName.Start >= 2 || agent is not null;
            if (looksLikePerson)
            {
                return Mention(sentence, range, span, text, code, name, ActorType.Person, baseEntry?.Country ?? baseEntry?.Code, role);
            }
        }

        if (baseEntry is not null)
        {
            var isCapital = capital is not null && basePiece == capital;
            var code = agent is not null
                ? Combine(baseEntry, agent.Code)
                : isCapital && !AfterLocative(tokens, capital!.Start - offset) ? baseEntry.Code + "GOV" : baseEntry.Code!;
            var holder = agent is not null && baseEntry.Kind == ActorEntryKind.Country ? TitleHolder(baseEntry.Code!, agent.Code, role!, date) : null;
            var isModifier = agent is null && basePiece!.Kind == PieceKind.Adjective && ModifiesNoun(tokens, group[^1].End - offset);
            var type = agent is not null ? (holder is not null ? ActorType.Person : ActorType.Agent) : baseEntry.Type;
            return Mention(sentence, range, span, text, code, holder?.Name ?? (agent is not null ? $"{baseEntry.Name} {agent.Name}" : baseEntry.Name),
                type, baseEntry.Kind == ActorEntryKind.Country ? baseEntry.Code : baseEntry.Country, role, isModifier);
        }

        if (agent is not null)
        {
            // A bare agent ("the government", "militants"): its country may come from context.
            return Mention(sentence, range, span, text, agent.Code, agent.Name, ActorType.Agent, null, role);
        }
        return null;
    }

    private static bool ModifiesNoun(ReadOnlySpan<Token> tokens, int after) =>
        after < tokens.Length && char.IsLetter(tokens[after].Norm[0]) && tokens[after].Upos is null or "NOUN" or "PROPN" or "ADJ";

    private static string Combine(ActorEntry baseEntry, string agentCode) =>
        baseEntry.Kind == ActorEntryKind.Country ? baseEntry.Code + agentCode : baseEntry.Code!;

    /// <summary>The person who held a titled office in a country on a date ("the Russian President" → Vladimir Putin).</summary>
    private ActorEntry? TitleHolder(string country, string agentCode, string roleText, DateOnly? date)
    {
        if (date is null)
        {
            return null;
        }
        var title = NormalizeTitle(roleText);
        if (title.Length == 0)
        {
            return null;
        }
        ActorEntry? found = null;
        foreach (var e in Dictionary.Entries)
        {
            if (e.Kind != ActorEntryKind.Person)
            {
                continue;
            }
            foreach (var r in e.Roles)
            {
                if (r.Code == country + agentCode && r.Period.Contains(date) && NormalizeTitle(r.Title) == title)
                {
                    if (found is not null && found != e)
                    {
                        return null; // ambiguous: two holders
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    private static string NormalizeTitle(string title)
    {
        var t = title.ToLowerInvariant().Replace("defense", "defence", StringComparison.Ordinal).Trim();
        foreach (var prefix in (string[])["the ", "russian ", "former "])
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }
        var of = t.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 ? t[..of] : t;
    }

    private static ActorMention Mention(Sentence sentence, TokenRange range, CharSpan span, string text, string code, string name, ActorType type, string? country, string? role, bool isModifier = false) =>
        new()
        {
            Sentence = sentence.Index,
            Tokens = range,
            Span = span,
            Text = text,
            Code = code,
            Name = name,
            Type = type,
            Country = country,
            Role = role,
            IsModifier = isModifier,
        };
}
