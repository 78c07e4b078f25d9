using Dragoman.Coding.Dictionaries;
using Dragoman.Documents;

namespace Dragoman.Coding.Actors;

/// <summary>
/// Within-article coreference for actors: personal pronouns ("he", "their"), definite descriptions
/// ("the group", "the minister", "the government") and short names ("Marzouk" after "Abu Marzouk")
/// become mentions that carry their antecedent's code and point back to it.
/// </summary>
internal static class Coreference
{
    private const int PersonWindow = 3;   // sentences back to look for a person antecedent
    private const int GroupWindow = 2;    // sentences back for "they", "it", "the group"

    private sealed class Draft(ActorMention mention, Draft? antecedent)
    {
        public ActorMention Mention { get; } = mention;
        public Draft? Antecedent { get; } = antecedent;
    }

    public static List<ActorMention> Link(Doc doc, List<ActorMention> mentions, ActorDictionary dictionary, DateOnly? date)
    {
        var drafts = mentions.Select(m => new Draft(m, null)).ToList();
        var covered = new bool[doc.Tokens.Length];
        foreach (var m in mentions)
        {
            for (var t = m.Tokens.Start; t < m.Tokens.End; t++)
            {
                covered[t] = true;
            }
        }

        var result = new List<Draft>(drafts.Count + 8);
        var d = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind != SentenceKind.Sentence)
            {
                while (d < drafts.Count && drafts[d].Mention.Sentence == sentence.Index)
                {
                    result.Add(drafts[d++]);
                }
                continue;
            }
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                // Existing mentions that start here go first, so antecedents are always earlier in the list.
                while (d < drafts.Count && drafts[d].Mention.Tokens.Start <= t)
                {
                    var draft = drafts[d++];
                    result.Add(ResolveBareAgent(doc, draft, result, dictionary));
                }
                if (covered[t])
                {
                    continue;
                }
                var token = doc.Tokens[t];
                var linked = Pronoun(doc, token, result) ?? ShortName(doc, token, result) ?? Description(doc, t, result);
                if (linked is not null)
                {
                    result.Add(linked);
                    for (var k = linked.Mention.Tokens.Start; k < linked.Mention.Tokens.End; k++)
                    {
                        covered[k] = true;
                    }
                }
            }
            while (d < drafts.Count && drafts[d].Mention.Sentence == sentence.Index)
            {
                result.Add(ResolveBareAgent(doc, drafts[d++], result, dictionary));
            }
        }
        while (d < drafts.Count)
        {
            result.Add(drafts[d++]);
        }

        var index = new Dictionary<Draft, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < result.Count; i++)
        {
            index[result[i]] = i;
        }
        return [.. result.Select(r => r.Antecedent is null ? r.Mention : r.Mention with { Antecedent = index[r.Antecedent] })];
    }

    private static Draft? Pronoun(Doc doc, Token token, List<Draft> earlier)
    {
        if (token.Norm.Length > 1 && token.Norm.All(char.IsUpper) && !ShoutedSentence(doc, token))
        {
            return null; // "American IT giant EDS", "the US": an acronym, not a pronoun
        }
        var w = token.Norm.ToLowerInvariant();
        Func<ActorMention, bool>? fits = w switch
        {
            "he" or "him" or "his" or "she" or "her" or "himself" or "herself" => m => m.Type == ActorType.Person,
            "they" or "them" or "their" or "themselves" => m => m.Type is ActorType.ArmedGroup or ActorType.Organization or ActorType.Agent or ActorType.Country && !m.IsModifier,
            "it" or "its" or "itself" => m => (m.Type is ActorType.ArmedGroup or ActorType.Organization or ActorType.Country or ActorType.Media
                || (m.Type == ActorType.Agent && IsCollectiveSingular(m.Text))) && !m.IsModifier,
            _ => null,
        };
        if (fits is null)
        {
            return null;
        }
        if (w == "it" && token.Index + 1 < doc.Tokens.Length && doc.Tokens[token.Index + 1].Norm.ToLowerInvariant() is "is" or "was" or "'s"
            && !DescribesAnActor(doc, token.Index + 2))
        {
            return null; // expletive "it is …", but not "it is willing to…"
        }
        if (w == "it" && IsExpletive(doc, token))
        {
            return null; // "It might be appropriate to tell us…", "it seems that…"
        }
        if (w is "himself" or "herself" or "itself" or "themselves" && token.Head >= 0)
        {
            // A reflexive means the subject of its own clause ("the propagandist found himself…"),
            // never a name elsewhere in the sentence; no actor subject, no link.
            var binder = ClauseSubject(doc, token);
            // Without a subject in the parse ("The rebels armed themselves" misparsed), the nearest
            // whole actor earlier in the sentence.
            var bound = binder >= 0
                ? earlier.LastOrDefault(e => e.Mention.Tokens.Contains(binder) && fits(e.Mention))
                : earlier.LastOrDefault(e => e.Mention.Sentence == token.Sentence && e.Mention.Tokens.End <= token.Index && !e.Mention.IsModifier && fits(e.Mention));
            return bound is null ? null : Linked(doc, new TokenRange(token.Index, token.Index + 1), bound.Antecedent ?? bound);
        }
        var window = fits(new ActorMention { Sentence = 0, Tokens = default, Span = default, Text = "", Code = "", Name = "", Type = ActorType.Person }) ? PersonWindow : GroupWindow;
        var antecedent = Nearest(earlier, token.Sentence, window, fits);
        return antecedent is null ? null : Linked(doc, new TokenRange(token.Index, token.Index + 1), antecedent);
    }

    /// <summary>The subject token of the clause a token belongs to (climbing through complements), or -1.</summary>
    private static int ClauseSubject(Doc doc, Token token)
    {
        var t = token.Head;
        for (var guard = 0; t >= 0 && guard < 8; guard++)
        {
            for (var c = doc.Sentences[token.Sentence].Tokens.Start; c < doc.Sentences[token.Sentence].Tokens.End; c++)
            {
                if (doc.Tokens[c].Head == t && doc.Tokens[c].Relation is "nsubj" or "nsubj:pass" && c != token.Index)
                {
                    return c;
                }
            }
            if (doc.Tokens[t].Relation is not ("xcomp" or "conj" or "acl" or "advcl"))
            {
                return -1;
            }
            t = doc.Tokens[t].Head;
        }
        return -1;
    }

    // Predicates that describe what an actor is ready or resolved to do: after them "it is" refers
    // back ("Syria says it is willing to withdraw"), unlike "it is important to…".
    private static readonly HashSet<string> ActorPredicates = new(StringComparer.Ordinal)
    {
        "willing", "ready", "prepared", "determined", "committed", "keen", "eager", "poised", "set", "unwilling", "reluctant",
        "opposed", "against", "open", "resolved", "intent", "responsible", "guilty", "bound", "planning", "preparing", "trying",
        "seeking", "considering", "going", "refusing", "demanding", "insisting", "threatening", "continuing",
    };

    /// <summary>
    /// An "it" that stands for a clause, not a thing: the subject of an evaluative predicate or of a
    /// raising verb whose clause follows ("It might be appropriate to tell us", "it will be great to
    /// work with them", "it seems that"). Predicates that describe an actor ("it was keen to", "it
    /// will be able to", "it is confident that") keep their referent.
    /// </summary>
    private static bool IsExpletive(Doc doc, Token token)
    {
        if (token.Relation is not ("nsubj" or "nsubj:pass" or "expl") || token.Head < 0)
        {
            return false;
        }
        var predicate = doc.Tokens[token.Head];
        var lemma = (predicate.Lemma ?? predicate.Norm).ToLowerInvariant();
        var raising = lemma is "seem" or "appear" or "emerge" or "transpire";
        if (!raising && !EvaluativePredicates.Contains(lemma))
        {
            return false;
        }
        var sentence = doc.Sentences[token.Sentence].Tokens;
        for (var t = token.Index + 1; t < sentence.End; t++)
        {
            if (doc.Tokens[t].Head == predicate.Index && doc.Tokens[t].Relation is "csubj" or "ccomp" or "xcomp" or "advcl")
            {
                return true;
            }
        }
        return false;
    }

    // Predicates said of a clause, not of an actor ("it is important to", "it is clear that").
    private static readonly HashSet<string> EvaluativePredicates = new(StringComparer.Ordinal)
    {
        "appropriate", "inappropriate", "important", "necessary", "unnecessary", "possible", "impossible", "difficult", "hard",
        "easy", "great", "good", "bad", "wrong", "right", "clear", "unclear", "obvious", "vital", "essential", "crucial",
        "true", "fair", "unfair", "time", "ironic", "interesting", "surprising", "worth", "better", "best", "safe", "dangerous",
        "acceptable", "unacceptable", "understandable", "likely", "unlikely", "helpful", "useful", "pointless", "shame", "pity",
        "mistake", "wise", "sensible", "reasonable", "significant", "remarkable", "hardly", "odd", "strange", "sad", "nice",
    };

    private static bool DescribesAnActor(Doc doc, int i)
    {
        while (i < doc.Tokens.Length && doc.Tokens[i].Norm.ToLowerInvariant() is "not" or "n't" or "also" or "still" or "now" or "fully" or "firmly" or "very" or "no" or "longer")
        {
            i++;
        }
        return i < doc.Tokens.Length && ActorPredicates.Contains(doc.Tokens[i].Norm.ToLowerInvariant());
    }

    /// <summary>Whether the token's sentence is written in capitals throughout (a headline), where "IT" may be "it".</summary>
    private static bool ShoutedSentence(Doc doc, Token token)
    {
        var sentence = doc.Sentences[token.Sentence];
        var letters = 0;
        var upper = 0;
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
        {
            foreach (var c in doc.Tokens[t].Norm)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 9;
    }

    // "The Nigerian Union of Teachers … announced that it has called off…": a singular body is "it".
    private static bool IsCollectiveSingular(string text)
    {
        var last = text[(text.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return last is "union" or "government" or "ministry" or "army" or "council" or "court" or "parliament" or "party" or "agency"
            or "group" or "company" or "committee" or "commission" or "cabinet" or "administration" or "regime" or "assembly" or "movement"
            or "coalition" or "alliance" or "organisation" or "organization" or "office" or "department" or "navy" or "force" or "police";
    }

    private static Draft? ShortName(Doc doc, Token token, List<Draft> earlier)
    {
        var w = token.Norm;
        if (w.Length < 3 || !char.IsUpper(w[0]) || !char.IsLetter(w[^1]))
        {
            return null;
        }
        var antecedent = Nearest(earlier, token.Sentence, int.MaxValue, m =>
            m.Type == ActorType.Person && m.Name.Contains(' ') && m.Name.EndsWith(" " + w, StringComparison.Ordinal));
        return antecedent is null ? null : Linked(doc, new TokenRange(token.Index, token.Index + 1), antecedent);
    }

    private static Draft? Description(Doc doc, int t, List<Draft> earlier)
    {
        if (!doc.Tokens[t].Norm.Equals("the", StringComparison.OrdinalIgnoreCase) || t + 1 >= doc.Tokens.Length)
        {
            return null;
        }
        var noun = doc.Tokens[t + 1];
        if (noun.Sentence != doc.Tokens[t].Sentence)
        {
            return null;
        }
        Func<ActorMention, bool>? fits = noun.Norm.ToLowerInvariant() switch
        {
            "group" or "movement" or "organisation" or "organization" or "faction" or "militia" or "militants" or "rebels" => m => m.Type is ActorType.ArmedGroup or ActorType.Organization && !m.IsModifier,
            "country" or "state" or "nation" => m => m.Type == ActorType.Country && !m.IsModifier,
            "agency" or "outlet" or "newspaper" or "broadcaster" => m => m.Type == ActorType.Media,
            _ => null,
        };
        if (fits is null)
        {
            return null;
        }
        var antecedent = Nearest(earlier, noun.Sentence, GroupWindow, fits);
        return antecedent is null ? null : Linked(doc, new TokenRange(t, t + 2), antecedent);
    }

    /// <summary>"the government" or "the minister" with no country takes the country of the nearest earlier actor.</summary>
    private static Draft ResolveBareAgent(Doc doc, Draft draft, List<Draft> earlier, ActorDictionary dictionary)
    {
        var m = draft.Mention;
        if (m.Type != ActorType.Agent || m.Country is not null || m.Tokens.Start == 0 || m.Code.Length != 3)
        {
            return draft;
        }
        var before = doc.Tokens[m.Tokens.Start - 1];
        if (!before.Norm.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return draft;
        }
        // "the delegation" after "a Hamas delegation": the earlier phrase with the same role word.
        var sameRole = Nearest(earlier, m.Sentence, PersonWindow, a => a.Role is { } role && m.Role is { } own && a.Code != m.Code
            && role.EndsWith(own, StringComparison.OrdinalIgnoreCase));
        if (sameRole is not null)
        {
            var a = sameRole.Mention;
            return new Draft(m with { Code = a.Code, Country = a.Country, Name = a.Name, Type = a.Type }, sameRole);
        }
        if (m.Code is not ("GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY"))
        {
            return draft;
        }
        // Not a news outlet's country: "told Reuters" says nothing of whose "the government" is.
        var antecedent = Nearest(earlier, m.Sentence, GroupWindow, a => a.Country is { Length: 3 } c && dictionary.Countries.ContainsKey(c) && a.Type != ActorType.Media);
        if (antecedent is null)
        {
            return draft;
        }
        var country = antecedent.Mention.Country!;
        return new Draft(m with { Code = country + m.Code, Country = country, Name = $"{dictionary.Countries[country].Name} {m.Name}" }, antecedent);
    }

    private static Draft? Nearest(List<Draft> earlier, int sentence, int window, Func<ActorMention, bool> fits)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var m = earlier[i].Mention;
            if (sentence - m.Sentence > window)
            {
                return null;
            }
            if (fits(m))
            {
                // Follow chains to the first mention, which holds the full name.
                var draft = earlier[i];
                return draft.Antecedent ?? draft;
            }
        }
        return null;
    }

    private static Draft Linked(Doc doc, TokenRange range, Draft antecedent)
    {
        var a = antecedent.Mention;
        var span = doc.SpanOf(range);
        return new Draft(new ActorMention
        {
            Sentence = doc.Tokens[range.Start].Sentence,
            Tokens = range,
            Span = span,
            Text = doc.TextOf(span),
            Code = a.Code,
            Name = a.Name,
            Type = a.Type,
            Country = a.Country,
            Role = a.Role,
        }, antecedent);
    }
}
