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
            var placesBefore = places.Count;
            AddPlaces(doc, sentence, tokens, pieces, places);
            var composed = Compose(doc, sentence, tokens, pieces, date);
            // Agent words whose adjective means something else: "an official visit" is no visit by
            // officials, "a general strike" none by generals (unlike "militant targets", "military
            // operations", which belong to militants and the military).
            composed.RemoveAll(m => m.Type == ActorType.Agent && m.Country is null && m.Tokens.End - m.Tokens.Start == 1
                && AdjectivesOfOtherSense.Contains(doc.Tokens[m.Tokens.Start].Norm.ToLowerInvariant())
                && (doc.Tokens[m.Tokens.Start] is { Upos: "ADJ" } adjective && IsAdjectivalRelation(adjective.Relation)
                    || ModifiesCommonNoun(doc, m.Tokens.End)));
            LocateTitledStrangers(doc, composed, places.Skip(placesBefore));
            actors.AddRange(composed);
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
            if (length > 1 && OverlappedByLonger(words, lowered, i, length, tokens.Length))
            {
                length = 0; // "the West Bank": "West Bank" wins over "the West" followed by "Bank"
            }
            // "Esteban Santiago-Ruiz": a place that is half of a hyphenated surname names no place.
            if (length > 0 && InHyphenatedName(tokens, words, lowered, i + length, meanings))
            {
                length = 0;
            }
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
                if (kind == PieceKind.Agent && IsElect(tokens, i + length))
                {
                    // "President-elect Donald Trump" does not hold the office yet: the title links
                    // the name (coded as the person is on the date) and codes nothing itself.
                    pieces.Add(new Piece(offset + i, offset + i + length + 2, PieceKind.Linker, null, null, null));
                    i += length + 2;
                    continue;
                }
                pieces.Add(new Piece(offset + i, offset + i + length, kind, meaning.Actor, meaning.Agent, meaning.Place));
                i += length;
                continue;
            }
            if (IsUnknownNameStart(tokens, i))
            {
                var end = i + 1;
                while (end < tokens.Length && (IsNameContinuation(tokens, end) || IsSurnameHyphen(tokens, end)))
                {
                    end++;
                }
                // A dictionary phrase may start inside the run ("Maria Zakharova" before "TASS"): stop there.
                for (var k = i + 1; k < end; k++)
                {
                    var (inner, innerMeanings) = Dictionary.Matcher.MatchLongest(words, lowered, k, tokens.Length);
                    if (inner > 0 && !IsNamesakesSurname(tokens, i, k, inner, innerMeanings) && !InHyphenatedName(tokens, words, lowered, k + inner, innerMeanings))
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

    // A hyphen inside a double-barrelled surname: between a capitalised word and a capitalised name ("Santiago-Ruiz").
    private static bool IsSurnameHyphen(ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Norm == "-" && i > 0 && i + 1 < tokens.Length && char.IsUpper(tokens[i - 1].Norm[0]) && IsNameContinuation(tokens, i + 1)
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    // A dictionary phrase ending at end, with these meanings, that is part of a hyphenated person's
    // name: a place or capital joined by a hyphen to a capitalised word the dictionary does not know
    // ("Santiago-Ruiz", not "Washington-Moscow" or "Israel-Hamas").
    private bool InHyphenatedName(ReadOnlySpan<Token> tokens, List<string> words, List<string> lowered, int end, IReadOnlyList<PhraseMeaning> meanings) =>
        end + 1 < tokens.Length && IsSurnameHyphen(tokens, end)
        && meanings.All(m => m.Kind is PhraseKind.Capital or PhraseKind.Place)
        && Dictionary.Matcher.MatchLongest(words, lowered, end + 1, tokens.Length).Length == 0;

    // "-elect" right after an office ("President-elect", "prime minister-elect").
    private static bool IsElect(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i].Norm is "-" && tokens[i + 1].Norm.Equals("elect", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a phrase starting inside the match at <paramref name="i"/> runs past its end and is at least as long.</summary>
    private bool OverlappedByLonger(List<string> words, List<string> lowered, int i, int length, int end)
    {
        for (var k = i + 1; k < i + length; k++)
        {
            var other = Dictionary.Matcher.MatchLongest(words, lowered, k, end).Length;
            if (other >= length && k + other > i + length)
            {
                return true;
            }
        }
        return false;
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

    /// <summary>
    /// "Phil Bennett" is not Naftali Bennett: a one-word surname of known people, after given names
    /// that none of them goes by, names someone else. (Honorifics and initials are no given names:
    /// "Mr Blair", "George W. Bush" keep their match.)
    /// </summary>
    private static bool IsNamesakesSurname(ReadOnlySpan<Token> tokens, int start, int surname, int length, IReadOnlyList<PhraseMeaning> meanings)
    {
        if (length != 1 || meanings.Count == 0 || meanings.Any(m => m.Kind != PhraseKind.ActorName || m.Actor?.Kind != ActorEntryKind.Person))
        {
            return false;
        }
        for (var k = start; k < surname; k++)
        {
            var w = tokens[k].Norm;
            if (w.Length < 2 || !char.IsUpper(w[0]) || !w.All(char.IsLetter) || NotNames.Contains(w) || Honorifics.Contains(w))
            {
                return false;
            }
        }
        var given = tokens[start].Norm;
        return !meanings.Any(m => m.Actor!.Names.Any(n => n.StartsWith(given + " ", StringComparison.OrdinalIgnoreCase)));
    }

    // "a firm but fair policy", "criminal charges", "radical reform", "his elder brother", "marine life".
    private static readonly FrozenSet<string> AdjectivesOfOtherSense = new[] { "official", "general", "royal", "firm", "criminal", "radical", "elder", "marine" }.ToFrozenSet(StringComparer.Ordinal);

    // "an extraordinary general meeting", "a general election", "an official visit": whatever the
    // tagger called the word, a lower-case noun right after it is what it describes.
    private static bool ModifiesCommonNoun(Doc doc, int next) =>
        next < doc.Tokens.Length && doc.Tokens[next] is { Upos: "NOUN" } noun && noun.Sentence == doc.Tokens[next - 1].Sentence
        && noun.Norm.Length > 0 && noun.Norm.All(c => char.IsLower(c) || c == '-');

    // An adjective modifying a noun, coordinated with one, or said of a subject ("the policy is firm"),
    // not a noun the tagger called an adjective ("the official said").
    private static bool IsAdjectivalRelation(string? relation) =>
        relation is not null && (relation.StartsWith("amod", StringComparison.Ordinal) || relation is "conj" or "root" or "xcomp" or "ccomp" or "advcl");

    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Shaikh", "Sheik", "Emir", "King", "Queen", "Prince",
        "Princess", "Ayatollah", "Imam", "Rabbi", "Pope", "Cardinal", "Archbishop", "Bishop", "Father", "Reverend", "Rev", "General",
        "Gen", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Lieutenant", "Lt", "Admiral", "Adm", "Sergeant", "Sgt", "Marshal",
        "President", "Premier", "Chancellor", "Senator", "Sen", "Governor", "Gov", "Mayor", "Minister", "Secretary", "Ambassador",
        "Judge", "Justice", "Professor", "Prof", "Comrade", "Mullah", "Mufti", "Grand", "Crown", "Supreme", "Leader", "Speaker",
    }.ToFrozenSet(StringComparer.Ordinal);

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
        while (k >= 0 && tokens[k].Norm.ToLowerInvariant() is "the" or "southern" or "northern" or "eastern" or "western" or "central" or "occupied" or "south" or "north" or "east" or "west" or "southeastern" or "southwestern" or "northeastern" or "northwestern")
        {
            k--;
        }
        if (k >= 0 && tokens[k].Norm is "and" or "or")
        {
            // "to Jeddah and Riyadh", "in Paris, London and Berlin": a place coordinated with one after
            // a preposition (not after a comma alone: "In Paris, Moscow said…" is Moscow speaking).
            var m = k - 1;
            while (m >= 0 && m > k - 7 && tokens[m].Norm.Length > 0 && (char.IsUpper(tokens[m].Norm[0]) || tokens[m].Norm is "," or "the"))
            {
                m--;
            }
            return m < k - 1 && m >= 0 && LocativePrepositions.Contains(tokens[m].Norm);
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
            // "According to police, Kazuhiro Ishikawa stabbed…": a source named before the comma is no apposition.
            var attributed = a[0].Start - offset >= 2 && tokens[a[0].Start - offset - 1].Norm.Equals("to", StringComparison.OrdinalIgnoreCase)
                && tokens[a[0].Start - offset - 2].Norm.Equals("according", StringComparison.OrdinalIgnoreCase);
            if (!attributed && IsApposition(doc, between) && (IsBareName(b) && HasCode(a) && !HasPersonName(a) || IsBareName(a) && HasCode(b) && !NamesAPerson(b) && EndsApposition(doc, tokens, offset, b)))
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
            // "His father was Kenyan and the president…": a predicate adjective shares nothing
            // with the phrase after "and"; it ends a clause.
            var inheritsCountry = previous is not null && sharedCountry is not null && FollowsCoordination(tokens, offset, previous.Tokens.End, core[0].Start)
                && !IsPredicate(tokens, offset, previous.Tokens.End - 1);
            // "Indian and Chinese troops": the first adjective shares the agent noun of the second phrase.
            Piece? borrowedAgent = null;
            if (core.All(p => p.Kind == PieceKind.Adjective) && gi + 1 < groups.Count && !IsPredicate(tokens, offset, core[^1].End - 1)
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
                // "the President of Russia"; "the military government of President Prosper Avril".
                return left.Kind is PieceKind.Agent or PieceKind.Linker && right.Kind is PieceKind.Name or PieceKind.Capital
                    || left.Kind == PieceKind.Agent && right.Kind == PieceKind.Agent && right.Agent?.Code == "GOV" && char.IsUpper(tokens[right.Start - offset].Norm[0]);
            }
            if (w is "-" && left.Kind is PieceKind.Name or PieceKind.Adjective)
            {
                return true;
            }
        }
        // "a newspaper based in (Christian east) Beirut", "a group headquartered in London": where it is based.
        if (gap is >= 1 and <= 3 && left.Kind == PieceKind.Linker && tokens[left.Start - offset].Norm.ToLowerInvariant() is "based" or "headquartered"
            && tokens[left.End - offset].Norm.Equals("in", StringComparison.OrdinalIgnoreCase) && right.Kind is PieceKind.Name or PieceKind.Capital)
        {
            for (var k = left.End - offset + 1; k < right.Start - offset; k++)
            {
                if (!(tokens[k].Upos is "ADJ" or "DET" || tokens[k].Norm.ToLowerInvariant() is "east" or "west" or "north" or "south" or "the"))
                {
                    return false;
                }
            }
            return true;
        }
        if (gap == 2 && tokens[left.End - offset].Norm.Equals("of", StringComparison.OrdinalIgnoreCase) && tokens[left.End - offset + 1].Norm.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // "the leaders of the opposition coalition": a post of a sector is the sector's.
            return left.Kind is PieceKind.Agent or PieceKind.Linker && right.Kind is PieceKind.Name
                || left.Kind == PieceKind.Agent && left.Agent?.Code == "GOV" && right.Kind == PieceKind.Agent && right.Agent?.Code is not ("GOV" or "CVL" or "REF");
        }
        // "the U.N. war crimes court": a name, one or two plain lower-case nouns, then the agent noun;
        // "Irish nationalist guerrillas", "Chinese state media": a country's adjective, one or two
        // plain lower-case modifiers, then the agent noun.
        if (gap is 1 or 2 && left.Kind is PieceKind.Name or PieceKind.Adjective && right.Kind == PieceKind.Agent)
        {
            var plain = true;
            for (var k = left.End; k < right.Start; k++)
            {
                var t = tokens[k - offset];
                plain &= char.IsLower(t.Norm[0]) && t.Norm.All(char.IsLetter) && (t.Upos is "NOUN" || (left.Kind == PieceKind.Adjective && t.Upos is "ADJ"));
            }
            if (plain)
            {
                return true;
            }
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
        // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": a capitalised title may follow.
        for (var k = 0; k < 4 && after < tokens.Length && tokens[after].Norm.Length > 1 && char.IsUpper(tokens[after].Norm[0])
            && char.IsLetter(tokens[after].Norm[^1]) && tokens[after].Upos is null or "NOUN" or "PROPN"; k++)
        {
            after++;
        }
        return after >= tokens.Length || tokens[after].Norm is "," or "." or ")" or ";" or "--";
    }

    private static bool IsBareName(List<Piece> g) => g.All(p => p.Kind == PieceKind.UnknownName || p.Actor?.Kind == ActorEntryKind.Person);

    /// <summary>
    /// True when a phrase names a person: a dictionary person, or an unknown name before anything
    /// coded. Capitalised words after the organisation are its title ("the United Nations
    /// Emergency Relief Coordinator").
    /// </summary>
    private static bool NamesAPerson(List<Piece> g)
    {
        var firstCoded = g.FindIndex(p => p.Kind is PieceKind.Name or PieceKind.Adjective or PieceKind.Capital or PieceKind.Agent);
        return g.Any(p => p.Actor?.Kind == ActorEntryKind.Person) || g.FindIndex(p => p.Kind == PieceKind.UnknownName) is var u && u >= 0 && (firstCoded < 0 || u < firstCoded);
    }

    private static bool HasPersonName(List<Piece> g) => g.Any(p => p.Kind == PieceKind.UnknownName || p.Actor?.Kind == ActorEntryKind.Person);

    private static bool HasCode(List<Piece> g) => g.Any(p => p.Kind is PieceKind.Name or PieceKind.Adjective or PieceKind.Capital or PieceKind.Agent);

    /// <summary>True when only a conjunction (and perhaps a quantifier: "and several") separates two phrases.</summary>
    /// <summary>A word that is the predicate of its clause: after a copula ("was Kenyan") or the root of the parse.</summary>
    private static bool IsPredicate(ReadOnlySpan<Token> tokens, int offset, int t)
    {
        var k = t - offset;
        if (k < 0 || k >= tokens.Length)
        {
            return false;
        }
        if (tokens[k].Upos == "ADJ" && tokens[k].Relation is "root" or "ccomp" or "xcomp" or "advcl")
        {
            return true;
        }
        return k > 0 && tokens[k - 1].Norm.ToLowerInvariant() is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "'s" or "'re" or "remains" or "remained" or "became" or "become";
    }

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
        if (agents.Count >= 2 && agent?.Code == "GOV"
            && agents.Take(agents.Count - 1).LastOrDefault(p => p.Agent is { Code: not ("GOV" or "CVL" or "REF") }) is { Agent: { } sector })
        {
            // "a rebel official", "an opposition leader", "a police spokesman": the role word names a
            // post; the sector before it says whose.
            agent = sector;
        }
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
            // Without an article date the title in the text picks among a person's offices.
            var held = personEntry.RoleOn(date) ?? (date is null ? personEntry.UndatedRole(role) : null);
            var code = held?.Code ?? personEntry.CodeOn(date);
            if (code.EndsWith("ELI", StringComparison.Ordinal) && baseEntry is not null && agent is not null)
            {
                code = Combine(baseEntry, agent.Code);
            }
            return Mention(sentence, range, span, text, code, personEntry.Name, ActorType.Person, code[..3], held?.Title ?? role);
        }

        if (named?.Actor is { } entry && group.Count(p => p.Kind == PieceKind.Name) >= 1 && (entry.Kind != ActorEntryKind.Country || basePiece == named || baseEntry?.Kind == ActorEntryKind.Country))
        {
            // An organisation, group or outlet named outright ("Russian news outlet TASS", "Hamas").
            if (entry.Kind != ActorEntryKind.Country)
            {
                // "Iraq's al-Qaeda", "Yemeni al-Qaeda": a group active in many states, named with one
                // of them, is its branch there.
                var code = entry.Code!;
                if (code.StartsWith("IMG", StringComparison.Ordinal) && baseEntry is { Kind: ActorEntryKind.Country } branch && basePiece != named)
                {
                    return Mention(sentence, range, span, text, branch.Code + code[3..], entry.Name, entry.Type, branch.Code, role);
                }
                return Mention(sentence, range, span, text, code, entry.Name, entry.Type, entry.Country, role);
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

        if (baseEntry is { Kind: ActorEntryKind.Country } && basePiece is { Kind: PieceKind.Adjective or PieceKind.Name } && person is null
            && group[0].Start - offset > 0 && tokens[group[0].Start - offset - 1].Norm.Equals("ethnic", StringComparison.OrdinalIgnoreCase))
        {
            // "ethnic Albanians in south Serbia": an ethnic group, coded (as CAMEO does) with the
            // country it lives in when the sentence names one, not with its namesake state.
            return Mention(sentence, range, span, text, agent?.Code ?? "CVL", text, ActorType.Agent, null, EthnicRole);
        }

        if (baseEntry is not null)
        {
            // A capital stands for its government ("Moscow said") unless it is where something is
            // ("in Moscow") or modifies a common noun ("a Berlin Christmas market", "the Kabul hospital").
            var isCapital = capital is not null && basePiece == capital;
            var after = group[^1].End - offset;
            var capitalAsPlace = isCapital && (AfterLocative(tokens, capital!.Start - offset)
                || after < tokens.Length && tokens[after].Upos == "NOUN" && tokens[after - 1].Relation is "compound" or "amod" or "nmod:desc");
            var code = agent is not null
                ? Combine(baseEntry, agent.Code)
                : isCapital && !capitalAsPlace ? baseEntry.Code + "GOV" : baseEntry.Code!;
            var holder = agent is not null && baseEntry.Kind == ActorEntryKind.Country ? TitleHolder(baseEntry.Code!, agent.Code, role!, date) : null;
            // A plural demonym ("Palestinians", "Albanians") names people, whatever follows it.
            var isModifier = agent is null && basePiece!.Kind == PieceKind.Adjective && ModifiesNoun(tokens, group[^1].End - offset)
                && tokens[group[^1].End - offset - 1].Xpos is not ("NNS" or "NNPS");
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

    /// <summary>
    /// An unknown person known only by a title ("President Levy Mwanawasa", "Judge Alejandro
    /// Rivera"), or a bare non-state agent of domestic politics ("fundamentalists", "refugees"),
    /// takes the country of the sentence when the sentence names exactly one country, in its
    /// other actors or its places: "President Omar El Bashir shortened the curfew imposed in
    /// Sudan" → SDNGOV. With two countries or none it stays a bare agent.
    /// </summary>
    private void LocateTitledStrangers(Doc doc, List<ActorMention> mentions, IEnumerable<PlaceMention> sentencePlaces)
    {
        if (!mentions.Any(IsTitledStranger))
        {
            return;
        }
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            // Who reports the sentence is not what it is about ("…, a spokeswoman for the U.S. embassy said").
            // A country in a hyphenated modifier ("the US-led coalition", "a Saudi-owned weekly") is
            // about something else.
            // Nor is a country acted against or gone to ("sanctions against Nigeria", "sent them back to Bulgaria").
            // A news outlet ("told Reuters", "the BBC reported") says where it is based, not where the story is.
            if (!IsTitledStranger(m) && !m.IsModifier && m.Type != ActorType.Media && !(m.Tokens.End < doc.Tokens.Length && doc.Tokens[m.Tokens.End].Norm is "-")
                && !(m.Tokens.Start > 0 && doc.Tokens[m.Tokens.Start - 1].Norm.ToLowerInvariant() is "against" or "to" or "into" or "toward" or "towards" or "from")
                && CountryOf(m) is { } c && !IsReporter(doc, m))
            {
                countries.Add(c);
            }
        }
        foreach (var p in sentencePlaces)
        {
            // Where it happens ("in Sudan"), not where something goes ("send them back to Bulgaria").
            var first = -1;
            for (var k = 0; k < doc.Tokens.Length && first < 0; k++)
            {
                if (doc.Tokens[k].Span.Overlaps(p.Span))
                {
                    first = k;
                }
            }
            var before = first;
            while (before > 0 && doc.Tokens[before - 1].Norm.ToLowerInvariant() is "the" or "southern" or "northern" or "eastern" or "western" or "central" or "south" or "north" or "east" or "west" or "occupied")
            {
                before--;
            }
            if (before > 0 && doc.Tokens[before - 1].Norm.ToLowerInvariant() is "to" or "toward" or "towards" or "into" or "from")
            {
                continue;
            }
            if (p.Country is { Length: 3 } c && Dictionary.Countries.ContainsKey(c) && !ActorDictionary.RegionCodes.Contains(c))
            {
                countries.Add(c);
            }
        }
        if (countries.Count != 1)
        {
            return;
        }
        var country = countries.First();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (IsTitledStranger(mentions[i]))
            {
                mentions[i] = mentions[i] with { Code = country + mentions[i].Code, Country = country };
            }
        }
    }

    private static bool IsTitledStranger(ActorMention m) =>
        m.Country is null && m.Code.Length == 3 && !m.IsModifier
        && ((m.Type == ActorType.Person && m.Role is not null) || (m.Type == ActorType.Agent && (DomesticAgents.Contains(m.Code) || m.Role == EthnicRole)));

    private const string EthnicRole = "ethnic";

    /// <summary>True when the mention's phrase is the subject of a reporting verb (with the parse).</summary>
    private static bool IsReporter(Doc doc, ActorMention m)
    {
        var t = -1;
        for (var k = m.Tokens.Start; k < m.Tokens.End; k++)
        {
            if (!m.Tokens.Contains(doc.Tokens[k].Head))
            {
                t = k;
                break;
            }
        }
        for (var depth = 0; t >= 0 && depth < 4; depth++)
        {
            var token = doc.Tokens[t];
            var relation = token.Relation ?? "";
            if (relation.StartsWith("nsubj", StringComparison.Ordinal))
            {
                return token.Head >= 0 && Attributions.AttributionExtractor.ReportingVerbs.Contains(Events.SentenceGraph.LemmaOf(doc.Tokens[token.Head]));
            }
            if (!(relation.StartsWith("nmod", StringComparison.Ordinal) || relation is "compound" or "appos" or "flat" or "amod"))
            {
                return false;
            }
            t = token.Head;
        }
        return false;
    }

    // Non-state agents that act where they live: CAMEO codes "demonstrators", "refugees",
    // "fundamentalists" with the country they are in. Officials, soldiers, police, rebels and
    // gunmen are left bare: they are as often foreign to the country the sentence names.
    private static readonly FrozenSet<string> DomesticAgents = new[]
    {
        "OPP", "LAB", "EDU", "RAD", "AGR", "REL", "HLH", "MOD", "ELI",
    }.ToFrozenSet(StringComparer.Ordinal);

    private string? CountryOf(ActorMention m)
    {
        var c = m.Country ?? (m.Code.Length >= 3 ? m.Code[..3] : null);
        return c is not null && Dictionary.Countries.ContainsKey(c) && !ActorDictionary.RegionCodes.Contains(c) ? c : null;
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
