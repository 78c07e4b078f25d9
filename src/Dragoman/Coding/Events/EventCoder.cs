using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Coding.Attributions;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Ontology;
using Dragoman.Documents;
using Dragoman.Pipeline;
using Dragoman.Text;

namespace Dragoman.Coding.Events;

/// <summary>
/// Codes events on the dependency parse. For every verb or event noun that heads a dictionary
/// pattern it finds the source and target actors: subjects and objects, passive agents
/// ("was attacked by"), controllers of infinitives ("agreed to meet"), coordinated actors (one
/// event per actor pair), possessors and adjectives of event nouns ("Israel's attack",
/// "Israeli strikes"), "between X and Y". It records negation, modality and hedging, links
/// reported events to the statement that reports them, and dates and places each event.
/// </summary>
public sealed class EventCoder(EventPatternDictionary patterns, CameoOntology ontology) : IDocumentStage
{
    /// <summary>The event patterns in use.</summary>
    public EventPatternDictionary Patterns { get; } = patterns;

    /// <summary>The CAMEO ontology in use.</summary>
    public CameoOntology Ontology { get; } = ontology;

    /// <inheritdoc />
    public string Name => "events";

    /// <summary>Settings for word-sequence (PETRARCH) patterns; ignored by dependency patterns.</summary>
    public SequenceCodingOptions SequenceOptions { get; init; } = SequenceCodingOptions.Default;

    /// <summary>Discard phrases: sentences holding one are not coded (PETRARCH dictionaries), or null.</summary>
    public Dictionaries.Petrarch.PetrarchLexicon? Discards { get; init; }

    /// <summary>Dragoman's discard dictionary: sentences holding a "sentence" phrase ("price war") are not coded, or null.</summary>
    public Dragoman.Coding.Discards.DiscardDictionary? SentenceDiscards { get; init; }

    /// <inheritdoc />
    public Layers Requires => Patterns.SurfaceVerbs is not null
        ? Layers.Sentences | Layers.Tokens | Layers.Actors
        : Layers.Sentences | Layers.Tokens | Layers.Actors | Layers.Places | Layers.Dates | Layers.Attributions;

    /// <inheritdoc />
    public Layers Produces => Layers.Events;

    // Relations followed from a head to find the words and slots of its pattern; clauses of their own are not entered.
    private static readonly FrozenSet<string> LocalRelations = new[]
    {
        "obj", "iobj", "obl", "compound", "xcomp", "advmod", "nmod", "amod", "conj", "fixed", "flat", "case", "nummod",
        "det", "appos", "dep",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ObjectControlVerbs = new[]
    {
        "urge", "ask", "call", "order", "force", "allow", "persuade", "encourage", "invite", "tell", "request", "press", "push",
        "pressure", "compel", "authorize", "authorise", "instruct", "warn", "permit", "help", "enable", "convince", "prompt",
        "induce", "oblige", "require", "tempt", "implore", "beg", "advise", "direct", "command", "challenge", "invite",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Modality> ModalGovernors = new Dictionary<string, Modality>(StringComparer.Ordinal)
    {
        ["plan"] = Modality.Intended, ["intend"] = Modality.Intended, ["aim"] = Modality.Intended, ["prepare"] = Modality.Intended,
        ["decide"] = Modality.Intended, ["want"] = Modality.Intended, ["hope"] = Modality.Intended, ["seek"] = Modality.Intended,
        ["try"] = Modality.Intended, ["attempt"] = Modality.Intended, ["expect"] = Modality.Intended, ["agree"] = Modality.Intended,
        ["promise"] = Modality.Intended, ["pledge"] = Modality.Intended, ["vow"] = Modality.Intended, ["offer"] = Modality.Intended,
        ["propose"] = Modality.Intended, ["consider"] = Modality.Possible, ["delay"] = Modality.Possible, ["postpone"] = Modality.Possible,
        ["threaten"] = Modality.Threatened, ["ask"] = Modality.Requested, ["urge"] = Modality.Requested, ["call"] = Modality.Requested,
        ["demand"] = Modality.Requested, ["request"] = Modality.Requested, ["appeal"] = Modality.Requested, ["insist"] = Modality.Requested,
        ["claim"] = Modality.Alleged, ["allege"] = Modality.Alleged, ["accuse"] = Modality.Alleged,
        ["willing"] = Modality.Intended, ["ready"] = Modality.Intended, ["prepared"] = Modality.Intended, ["determined"] = Modality.Intended,
        ["committed"] = Modality.Intended, ["keen"] = Modality.Intended, ["eager"] = Modality.Intended, ["poised"] = Modality.Intended,
        ["set"] = Modality.Intended, ["due"] = Modality.Intended, ["schedule"] = Modality.Intended, ["slate"] = Modality.Intended, ["resolve"] = Modality.Intended, ["vote"] = Modality.Intended,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Verbs that hand their subject to an event noun in their object: "launched an attack", "imposed a siege", "held talks".
    internal static readonly FrozenSet<string> SupportVerbs = new[]
    {
        "launch", "carry", "conduct", "stage", "mount", "impose", "hold", "begin", "start", "continue", "resume", "intensify",
        "escalate", "step", "wage", "order", "make", "issue", "give", "deliver", "express", "offer", "extend", "sign", "reach",
        "conclude", "announce", "declare", "initiate", "commit", "perpetrate", "undertake", "lead", "organize", "organise",
        "call", "engage", "open", "attend", "join", "enter", "pursue", "lodge", "file", "send", "pay", "unleash",
        "renew", "expand", "tighten", "plan", "prepare", "threaten", "vow", "promise", "pledge", "propose", "demand", "seek",
        "provide", "grant", "approve", "authorize", "authorise", "complete", "finalize", "finalise", "accept", "agree", "reveal",
        "publish", "release", "voice", "register", "level", "bring", "press", "do", "perform", "set", "establish", "form", "restore",
        "speed", "accelerate", "hasten", "expedite", "finish", "reimpose", "reinforce",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns that measure out an event named in their "of" phrase.
    private static readonly FrozenSet<string> QuantityNouns = new[]
    {
        "series", "wave", "round", "spate", "string", "number", "couple", "dozen", "day", "week", "month", "hour", "night", "year",
        "volley", "barrage", "flurry", "burst", "salvo", "campaign", "week-end", "weekend", "new", "fresh",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns of movement whose "of" phrase names both what moves and who moves it: "the withdrawal
    // of Israeli troops", "the deployment of NATO peacekeepers".
    private static readonly FrozenSet<string> MovementNouns = new[]
    {
        "deployment", "redeployment", "withdrawal", "pullout", "pull-out", "presence", "arrival", "departure", "retreat", "buildup",
        "build-up", "dispatch", "return",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NegatingGovernors = new[] { "fail", "avoid", "stop", "cease", "neglect" }.ToFrozenSet(StringComparer.Ordinal);

    // "refused to release", "declined to meet": a refusal of the act, coded as CAMEO 12x.
    private static readonly FrozenSet<string> AgreeingGovernors = new[] { "agree", "decide", "resolve", "concur" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RefusingGovernors = new[] { "refuse", "decline", "reject", "oppose", "rule", "unwilling", "reluctant", "rebuff", "spurn" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Modality> ModalAuxiliaries = new Dictionary<string, Modality>(StringComparer.Ordinal)
    {
        ["will"] = Modality.Intended, ["would"] = Modality.Intended, ["shall"] = Modality.Intended, ["'ll"] = Modality.Intended,
        ["could"] = Modality.Possible, ["may"] = Modality.Possible, ["might"] = Modality.Possible, ["can"] = Modality.Possible,
        ["should"] = Modality.Requested, ["must"] = Modality.Requested,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Nouns that stand for a place already named ("the enclave" after "Gaza").
    private static readonly FrozenDictionary<string, string[]> PlaceNouns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["enclave"] = ["territory"], ["territory"] = ["territory"], ["strip"] = ["territory"],
        ["city"] = ["city", "capital"], ["capital"] = ["capital"], ["country"] = ["country"], ["region"] = ["region", "territory", "province"],
        ["province"] = ["province", "region"], ["town"] = ["city"], ["area"] = ["territory", "region", "city"], ["island"] = ["territory", "region"],
        ["village"] = ["city"], ["district"] = ["city", "region", "province"], ["state"] = ["country"], ["port"] = ["city"], ["camp"] = ["city", "territory"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private sealed record Found(EventPattern Pattern, int Head, List<int> Words, List<int> Sources, List<int> Targets, bool Reciprocal = false);

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        if (!doc.Has(Layers.Parse))
        {
            return doc with { Layers = doc.Layers | Produces };
        }
        if (Patterns.SurfaceVerbs is not null)
        {
            // Verbs known by their written forms come with word-sequence patterns (PETRARCH, TABARI).
            var coded = new SequenceCoder(Patterns, Ontology, SequenceOptions, Discards).Code(doc);
            return doc with { Events = coded, Layers = doc.Layers | Produces };
        }
        if (doc.Discard is not null)
        {
            return doc with { Layers = doc.Layers | Produces }; // a sport or entertainment story
        }
        var original = doc;
        var actorAt = ActorIndex.Build(doc);
        doc = RepairVerbsParsedAsModifiers(doc, actorAt);
        var events = new List<(CodedEvent Event, int Head)>();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind != SentenceKind.Sentence || HasSentenceDiscard(doc, sentence))
            {
                continue;
            }
            var g = new SentenceGraph(doc, sentence);
            var consumed = new HashSet<int>();
            var sentenceEvents = new List<(CodedEvent Event, int Head)>();
            // Verbs first: a verb pattern that uses a noun ("impose a siege") takes precedence over the noun alone.
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                if (!consumed.Contains(t) && (doc.Tokens[t].Upos is "VERB" || (doc.Tokens[t].Upos is "AUX" or "ADJ" && Patterns.IsVerbHead(g.Lemma(t)) && !IsAttributive(g, t)) || IsPredicateParticiple(g, t)))
                {
                    CodePredicate(doc, g, t, PredicateKind.Verb, actorAt, consumed, sentenceEvents);
                }
            }
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                if (doc.Tokens[t].Upos is "NOUN" or "PROPN" && !consumed.Contains(t))
                {
                    CodePredicate(doc, g, t, PredicateKind.Noun, actorAt, consumed, sentenceEvents);
                }
            }
            InsistingOnFactsIsAsserting(g, sentenceEvents);
            DemandsInReportedObligations(doc, g, actorAt, sentenceEvents);
            InheritPurposeTargets(g, sentenceEvents);
            DropRefusedProposals(g, sentenceEvents);
            SpecifyDemands(g, sentenceEvents);
            RallySupport(doc, g, actorAt, sentenceEvents);
            DropGovernorsOfCodedComplements(g, sentenceEvents);
            // Two routes to the same reading (a subject the parser split in two, two patterns of one
            // verb) give one event, not two.
            events.AddRange(sentenceEvents.OrderBy(e => e.Event.Trigger.Span.Start)
                .DistinctBy(e => (e.Event.Source.Code, e.Event.Source.Span, e.Event.Target?.Code, e.Event.Target?.Span, e.Event.Cameo, e.Event.Trigger.Span, e.Event.Modality, e.Event.Negated)));
        }
        var linked = LinkReportedSpeech(doc, events);
        return original with { Events = [.. linked], Layers = original.Layers | Produces };
    }

    /// <summary>
    /// "Red Cross officials suspended aid deliveries", "Irish guerrillas wounded two British
    /// soldiers", "The Palestinians reject proposed changes": the tagger or parser sometimes reads a
    /// finite verb right after its subject as an adjective of the noun that follows, or (after a
    /// plural subject) as the first noun of a compound. When a word that some verb pattern heads directly
    /// follows a whole actor phrase and modifies the next noun, the coder reads it as the verb:
    /// the actor its subject, the noun its object. The document keeps its own parse; only the
    /// coder's view changes.
    /// </summary>
    private Doc RepairVerbsParsedAsModifiers(Doc doc, ActorIndex actorAt)
    {
        Token[]? tokens = null;
        for (var v = 1; v < doc.Tokens.Length; v++)
        {
            var token = doc.Tokens[v];
            var noun = token.Head;
            if (noun <= v || doc.Tokens[noun].Sentence != token.Sentence || doc.Tokens[noun].Upos is not ("NOUN" or "PROPN") || doc.Tokens[v - 1].Sentence != token.Sentence)
            {
                continue;
            }
            // "officials suspended aid deliveries" (a participle as adjective), or "The Palestinians
            // reject proposed changes" (a present-tense verb as the first noun of a compound, after a plural subject).
            var adjectival = token.Relation == "amod"
                && (token.Upos == "VERB" && token.Xpos is "VBN" or "VBD" || token.Upos == "ADJ" && token.Norm.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
            var nominal = token.Relation == "compound" && token.Upos == "NOUN" && token.Xpos is "NN" or "VBP" && doc.Tokens[v - 1].Xpos is "NNS" or "NNPS";
            if (!adjectival && !nominal)
            {
                continue;
            }
            var m = actorAt.ActorEndingAt(v - 1);
            if (m < 0 && adjectival && doc.Tokens[v - 1].Norm == ",")
            {
                // "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded…": an
                // apposition closed by a comma, perhaps with a capitalised title after the actor.
                var k = v - 2;
                while (k > v - 7 && k >= 0 && actorAt.ActorEndingAt(k) < 0 && doc.Tokens[k].Norm.Length > 1 && char.IsUpper(doc.Tokens[k].Norm[0])
                    && doc.Tokens[k].Upos is "NOUN" or "PROPN")
                {
                    k--;
                }
                m = k >= 0 && doc.Tokens[k].Sentence == token.Sentence ? actorAt.ActorEndingAt(k) : -1;
                if (m >= 0 && doc.Actors[m].Text.IndexOf(',', StringComparison.Ordinal) < 0)
                {
                    m = -1; // only a whole apposition ("X, the Y") is a subject before a comma
                }
            }
            if (m < 0 || doc.Actors[m].IsModifier || doc.Actors[m].Tokens.Contains(noun) || actorAt.At(noun) == m)
            {
                continue;
            }
            var verbLemma = nominal ? (Patterns.IsVerbHead(token.Norm.ToLowerInvariant()) ? token.Norm.ToLowerInvariant() : null) : VerbLemma(token);
            if (verbLemma is null)
            {
                continue;
            }
            // The subject: the head of the actor phrase (its token whose head lies outside it).
            var range = doc.Actors[m].Tokens;
            var subject = -1;
            for (var k = range.Start; k < range.End; k++)
            {
                if (!range.Contains(doc.Tokens[k].Head))
                {
                    subject = k;
                    break;
                }
            }
            if (subject < 0 || doc.Tokens[subject].Upos is not ("NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }
            tokens ??= [.. doc.Tokens];
            var nounToken = tokens[noun];
            var (newHead, newRelation) = nounToken.Head == subject ? (tokens[subject].Head, tokens[subject].Relation) : (nounToken.Head, nounToken.Relation);
            if (newHead == v || newHead == noun)
            {
                continue;
            }
            var (oldVerb, oldSubject) = (tokens[v], tokens[subject]);
            tokens[v] = tokens[v] with { Upos = "VERB", Xpos = "VBD", Lemma = verbLemma, Head = newHead, Relation = newHead < 0 ? "root" : newRelation };
            tokens[noun] = nounToken with { Head = v, Relation = "obj" };
            tokens[subject] = tokens[subject] with { Head = v, Relation = "nsubj" };
            if (ReachesItself(tokens, v) || ReachesItself(tokens, noun) || ReachesItself(tokens, subject))
            {
                // The new head lay inside what was moved under the verb: keep the parse a tree.
                (tokens[v], tokens[noun], tokens[subject]) = (oldVerb, nounToken, oldSubject);
            }
        }
        return tokens is null ? doc : doc with { Tokens = [.. tokens] };
    }

    /// <summary>Whether following heads up from <paramref name="t"/> comes back to it (a cycle, not a tree).</summary>
    private static bool ReachesItself(Token[] tokens, int t)
    {
        var h = tokens[t].Head;
        for (var steps = 0; h >= 0 && h < tokens.Length && steps <= tokens.Length; steps++)
        {
            if (h == t)
            {
                return true;
            }
            h = tokens[h].Head;
        }
        return false;
    }

    /// <summary>
    /// An adjective that only describes a noun ("angry customers", "dissatisfied, disenchanted and
    /// angry customers") says nothing anyone did; a predicative one ("X was angry at Y") may.
    /// </summary>
    private static bool IsAttributive(SentenceGraph g, int t)
    {
        var k = t;
        for (var guard = 0; guard < 10 && g.BaseRelation(k) == "conj" && g.Head(k) >= 0; guard++)
        {
            k = g.Head(k);
        }
        return g[t].Upos == "ADJ" && g.BaseRelation(k) == "amod";
    }

    /// <summary>The lemma of a word that some verb pattern heads ("suspended" → "suspend"), or null.</summary>
    private string? VerbLemma(Token token)
    {
        var word = token.Norm.ToLowerInvariant();
        var lemma = (token.Lemma ?? token.Norm).ToLowerInvariant();
        foreach (var candidate in (string[])[lemma, word, IrregularVerbs.BaseOf(word) ?? "", word.Length > 4 ? word[..^2] : "", word.Length > 4 ? word[..^1] : "", word.Length > 5 && word[^3] == word[^4] ? word[..^3] : ""])
        {
            if (candidate.Length > 0 && Patterns.IsVerbHead(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    internal bool HasSentenceDiscard(Doc doc, Sentence sentence)
    {
        if (SentenceDiscards is null)
        {
            return false;
        }
        var tokens = doc.TokensOf(sentence.Index);
        var words = new List<string>(tokens.Length);
        foreach (var t in tokens)
        {
            words.Add(t.Norm.ToLowerInvariant());
        }
        for (var i = 0; i < words.Count; i++)
        {
            var (length, categories) = SentenceDiscards.Matcher.MatchLongest(words, words, i, words.Count);
            if (length > 0 && categories.Contains(Dragoman.Coding.Discards.DiscardDictionary.SentenceCategory))
            {
                return true;
            }
        }
        return false;
    }

    private void CodePredicate(Doc doc, SentenceGraph g, int head, PredicateKind kind, ActorIndex actorAt, HashSet<int> consumed, List<(CodedEvent, int)> output)
    {
        var candidates = ImmutableArray<EventPattern>.Empty;
        foreach (var lemma in LemmaCandidates(g, head, kind))
        {
            candidates = kind == PredicateKind.Verb ? Patterns.ForVerb(lemma) : Patterns.ForNoun(lemma);
            if (!candidates.IsEmpty)
            {
                break;
            }
        }
        if (candidates.IsEmpty)
        {
            return;
        }
        // Coordinated objects with different patterns ("imposed an air assault and a siege") are coded one by one.
        var objectVariants = ObjectVariants(g, head, kind);
        var codedAny = false;
        foreach (var excluded in objectVariants)
        {
            // Every matching pattern competes: the more specific wins, and a pattern whose target
            // slot found an actor outranks one that names no target ("arrived in Amman on a visit").
            Found? best = null;
            var bestScore = int.MinValue;
            var anchor = NounAnchor(g, head, kind);
            var local = LocalTokens(g, anchor, kind, excluded); // the same for every pattern of this head
            foreach (var pattern in candidates)
            {
                if (pattern.Specificity + 3 < bestScore && best?.Pattern.CodesNothing != true)
                {
                    break; // sorted by specificity: nothing later can win
                }
                if (TryMatch(doc, g, head, anchor, pattern, local, consumed, actorAt, out var found))
                {
                    var score = Score(pattern, found);
                    if (Outranks(pattern, score, best?.Pattern, bestScore))
                    {
                        best = found;
                        bestScore = score;
                    }
                }
            }
            if (best is not null)
            {
                var before = output.Count;
                if (!best.Pattern.CodesNothing)
                {
                    Emit(doc, g, best, actorAt, output); // a "---" pattern wins and codes nothing ("met the target")
                }
                // A match that found no actor to do it codes nothing and keeps nothing: its words stay
                // free for their own reading ("is scheduled to visit Thailand" is still a visit).
                if (best.Pattern.CodesNothing || output.Count > before)
                {
                    foreach (var w in best.Words)
                    {
                        consumed.Add(w);
                    }
                    codedAny = true;
                }
            }
        }
        if (codedAny)
        {
            consumed.Add(head);
        }
    }

    /// <summary>
    /// A match's rank: its specificity, and 3 more when its target slot found an actor. A "---"
    /// pattern ranks as if it had found one, so it fences off the generic readings of its head
    /// ("met its targets" is no "meet $T").
    /// </summary>
    private static int Score(EventPattern pattern, Found found) =>
        pattern.Specificity + (found.Targets.Count > 0 || pattern.CodesNothing ? 3 : 0);

    /// <summary>
    /// True when a match outranks the best so far: the higher score wins, earlier lines on a tie;
    /// but between a "---" pattern and a real one, the real one wins when it names as many words
    /// ("pulled out of the negotiations" stays 164 though "out of the market" is fenced off).
    /// </summary>
    private static bool Outranks(EventPattern candidate, int score, EventPattern? best, int bestScore)
    {
        if (best is null)
        {
            return true;
        }
        if (candidate.CodesNothing != best.CodesNothing)
        {
            var real = candidate.CodesNothing ? best : candidate;
            var none = candidate.CodesNothing ? candidate : best;
            if (WordCount(real) >= WordCount(none))
            {
                return !candidate.CodesNothing;
            }
        }
        return score > bestScore || (score == bestScore && IsEarlier(candidate, best));
    }

    /// <summary>On a tie the earlier line wins: files in name order, then lines.</summary>
    private static bool IsEarlier(EventPattern candidate, EventPattern best)
    {
        var file = string.CompareOrdinal(Path.GetFileName(candidate.File), Path.GetFileName(best.File));
        return file < 0 || (file == 0 && candidate.Line < best.Line);
    }

    private static int WordCount(EventPattern pattern) => pattern.Elements.Count(e => e is WordElement);

    /// <summary>
    /// The pattern the coder would choose for a predicate, had no other predicate of the sentence
    /// consumed its words, or null; <paramref name="knownHead"/> tells whether any pattern has this
    /// head at all. For tools that look for gaps in the dictionary.
    /// </summary>
    internal EventPattern? BestPattern(Doc doc, SentenceGraph g, int head, PredicateKind kind, ActorIndex actorAt, out bool knownHead)
    {
        var candidates = ImmutableArray<EventPattern>.Empty;
        foreach (var lemma in LemmaCandidates(g, head, kind))
        {
            candidates = kind == PredicateKind.Verb ? Patterns.ForVerb(lemma) : Patterns.ForNoun(lemma);
            if (!candidates.IsEmpty)
            {
                break;
            }
        }
        knownHead = !candidates.IsEmpty;
        EventPattern? best = null;
        var bestScore = int.MinValue;
        var consumed = new HashSet<int>();
        foreach (var excluded in ObjectVariants(g, head, kind))
        {
            var anchor = NounAnchor(g, head, kind);
            var local = LocalTokens(g, anchor, kind, excluded);
            foreach (var pattern in candidates)
            {
                if (pattern.Specificity + 3 < bestScore && best?.CodesNothing != true)
                {
                    break;
                }
                if (TryMatch(doc, g, head, anchor, pattern, local, consumed, actorAt, out var found))
                {
                    var score = Score(pattern, found);
                    if (Outranks(pattern, score, best, bestScore))
                    {
                        best = pattern;
                        bestScore = score;
                    }
                }
            }
        }
        return best;
    }

    /// <summary>
    /// A participle tagged as an adjective after a copula, with an oblique: "Israel is opposed to
    /// French mediation", "the two sides are engaged in talks" are the verb's own acts.
    /// </summary>
    private bool IsPredicateParticiple(SentenceGraph g, int t) =>
        g[t].Upos == "ADJ" && g[t].Norm.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && g.FirstChild(t, "cop") >= 0
        && g.FirstChild(t, "nsubj") >= 0 && g.FirstChild(t, "obl") >= 0 && LemmaCandidates(g, t, PredicateKind.Verb).Any(Patterns.IsVerbHead);

    /// <summary>
    /// The tagger's lemma first, then forms derived from the word itself, so a lemmatiser slip
    /// ("lauding" → "laude") does not hide a verb the dictionary knows.
    /// </summary>
    private static IEnumerable<string> LemmaCandidates(SentenceGraph g, int head, PredicateKind kind)
    {
        var lemma = g.Lemma(head);
        yield return lemma;
        if (lemma.Contains('-', StringComparison.Ordinal))
        {
            yield return lemma.Replace("-", "", StringComparison.Ordinal); // "re-open" → "reopen", "co-operate"
        }
        var word = g[head].Norm.ToLowerInvariant();
        if (word != lemma)
        {
            yield return word;
        }
        if (kind == PredicateKind.Verb && (IrregularVerbs.BaseOf(word) ?? IrregularVerbs.BaseOf(lemma)) is { } irregular)
        {
            yield return irregular; // "froze" → "freeze", "undertook" → "undertake"
        }
        foreach (var suffix in kind == PredicateKind.Verb ? (string[])["ing", "ed", "es", "s", "d"] : ["s", "es"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (kind == PredicateKind.Noun && suffix == "es" && !(stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)))
                {
                    continue; // "wares" is not "war", nor "aides" "aid": a noun takes "-es" only after a sibilant
                }
                yield return stem;
                yield return stem + "e";
                if (stem.Length > 3 && stem[^1] == stem[^2])
                {
                    yield return stem[..^1]; // "shelled" → "shell" is the stem; "planned" → "plan"
                }
                if (stem.EndsWith('i'))
                {
                    yield return stem[..^1] + "y"; // "carried" → "carry"
                }
            }
        }
    }

    /// <summary>Sets of object conjuncts to exclude in turn, so each conjunct can match its own pattern.</summary>
    private static List<HashSet<int>> ObjectVariants(SentenceGraph g, int head, PredicateKind kind)
    {
        var variants = new List<HashSet<int>> { new() };
        if (kind != PredicateKind.Verb)
        {
            return variants;
        }
        var obj = g.FirstChild(head, "obj");
        if (obj < 0)
        {
            return variants;
        }
        var conjuncts = g.WithConjuncts(obj);
        if (conjuncts.Count < 2)
        {
            return variants;
        }
        variants.Clear();
        foreach (var keep in conjuncts)
        {
            // Keep one conjunct; hide the others' own words (not their shared dependents).
            variants.Add([.. conjuncts.Where(c => c != keep)]);
        }
        return variants;
    }

    private static bool TryMatch(Doc doc, SentenceGraph g, int head, int anchor, EventPattern pattern, List<int> local, HashSet<int> consumed, ActorIndex actorAt, out Found found)
    {
        found = null!;
        var words = new List<int>();
        var sources = new List<int>();
        var targets = new List<int>();
        var sourceSlot = false;
        foreach (var element in pattern.Elements)
        {
            switch (element)
            {
                case WordElement w:
                    var match = -1;
                    foreach (var t in local)
                    {
                        if (!words.Contains(t) && t != head && !consumed.Contains(t) && w.Words.Contains(g.Lemma(t)) && !IsCircumstantial(g, anchor, t, pattern)
                            && !IsFrontedPreposition(g, head, t, pattern))
                        {
                            match = t;
                            break;
                        }
                    }
                    if (match < 0)
                    {
                        return false;
                    }
                    words.Add(match);
                    break;
                case SlotElement s:
                    var slot = -1;
                    foreach (var candidate in SlotCandidates(doc, g, anchor, pattern, s, local, words))
                    {
                        // A slot is filled only by an actor: "negotiated the release" is not "negotiated with X".
                        if (g.WithConjuncts(candidate).Any(c => actorAt.ActorFor(g, c) >= 0 || PlaceActor(doc, g, c) is not null))
                        {
                            slot = candidate;
                            break;
                        }
                    }
                    if (slot < 0)
                    {
                        return false;
                    }
                    var actors = MentionConjuncts(doc, g, [slot], actorAt);
                    if (s.Role == SlotRole.Source)
                    {
                        sourceSlot = true;
                        sources.AddRange(actors);
                    }
                    else
                    {
                        targets.AddRange(actors);
                    }
                    break;
            }
        }
        if (!sourceSlot)
        {
            sources.AddRange(pattern.Kind == PredicateKind.Verb ? VerbSubjects(g, head, actorAt) : NounSources(g, anchor, targets, actorAt));
        }
        // "a dialogue between X and Y": the first of the pair acts, the rest are targets.
        var reciprocal = false;
        if (sources.Count == 0 && targets.Count >= 2 && pattern.Elements.OfType<SlotElement>().Any(s => s.Prepositions.Contains("between")))
        {
            sources.Add(targets[0]);
            targets.RemoveAt(0);
            reciprocal = true; // a dialogue between X and Y is Y's dialogue with X too
        }
        found = new Found(pattern, head, words, sources, targets, reciprocal);
        return true;
    }

    // Nouns of undertakings that an event noun may name as a compound: "a mediation mission between
    // X and Y", "an aid convoy to Gaza", "a peace initiative".
    private static readonly FrozenSet<string> UndertakingNouns = new[]
    {
        "mission", "effort", "bid", "campaign", "operation", "drive", "initiative", "plan", "convoy", "shipment", "flight", "package",
        "programme", "program", "team", "trip", "tour", "process", "round", "offer", "proposal", "deal", "agreement", "accord", "pact",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Where an event noun's actors are found: the noun itself, or for a compound modifier of an
    /// undertaking ("mediation" in "undertook a mediation mission between Syria and the PLO") the
    /// undertaking it names, whose dependents and governing verb are the event's.
    /// </summary>
    private static int NounAnchor(SentenceGraph g, int head, PredicateKind kind)
    {
        if (kind != PredicateKind.Noun || g.BaseRelation(head) != "compound")
        {
            return head;
        }
        var governor = g.Head(head);
        return governor >= 0 && g[governor].Upos == "NOUN" && UndertakingNouns.Contains(g.Lemma(governor)) ? governor : head;
    }

    /// <summary>True when the path from <paramref name="t"/> up to <paramref name="head"/> passes another verb.</summary>
    private static bool CrossesVerb(SentenceGraph g, int t, int head)
    {
        for (var k = g.Head(t); k >= 0 && k != head; k = g.Head(k))
        {
            if (g[k].Upos is "VERB" or "AUX")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a word hangs on a noun inside an oblique of the head ("stopped work on the first
    /// day of a strike"): a circumstance of the act, not a word of its pattern ("stopped a strike").
    /// </summary>
    // "For the Liberal Democrats, Kirsty Williams called the target unambitious": a verb's
    // preposition ("call for") follows it; one before it heads a fronted adjunct of the clause.
    private static bool IsFrontedPreposition(SentenceGraph g, int head, int t, EventPattern pattern) =>
        pattern.Kind == PredicateKind.Verb && t < head && g[t].Upos == "ADP" && g.BaseRelation(t) == "case"
        && g.Head(t) is var nominal and >= 0 && g.Head(nominal) == head && g.BaseRelation(nominal) == "obl";

    private static bool IsCircumstantial(SentenceGraph g, int head, int t, EventPattern pattern)
    {
        var sawNmod = false;
        for (var guard = 0; t >= 0 && t != head && guard < 10; guard++)
        {
            var rel = g.BaseRelation(t);
            if (rel == "obl" && sawNmod)
            {
                // Unless the pattern names the preposition ("called for an end to the embargo").
                var preposition = g.CaseOf(t);
                return !pattern.Elements.Any(e => e is WordElement w && w.Words.Contains(preposition)
                    || e is SlotElement s && s.Prepositions.Contains(preposition));
            }
            sawNmod |= rel == "nmod";
            t = g.Head(t);
        }
        return false;
    }

    /// <summary>The head's local dependents: objects, obliques, modifiers and their own nominal dependents, not separate clauses.</summary>
    private static List<int> LocalTokens(SentenceGraph g, int head, PredicateKind kind, HashSet<int> excluded)
    {
        var result = new List<int>();
        var queue = new Queue<(int Token, int Depth)>();
        queue.Enqueue((head, 0));
        while (queue.Count > 0)
        {
            var (t, depth) = queue.Dequeue();
            if (depth >= 4)
            {
                continue;
            }
            foreach (var c in g.Children(t))
            {
                var rel = g.BaseRelation(c);
                var nounComplement = rel == "acl" && kind == PredicateKind.Noun && t == head && g.Relation(c) != "acl:relcl";
                // "talks were held with Iran": a passive's subject is the object its pattern names.
                var passiveObject = t == head && kind == PredicateKind.Verb && g.Relation(c) == "nsubj:pass" && g[c].Upos == "NOUN";
                if (!LocalRelations.Contains(rel) && !nounComplement && !passiveObject)
                {
                    continue;
                }
                if (excluded.Contains(c))
                {
                    // A hidden conjunct still leads to the later conjuncts hung on it ("photographs and intelligence").
                    foreach (var later in g.ChildrenWith(c, "conj"))
                    {
                        if (!excluded.Contains(later) && !result.Contains(later))
                        {
                            result.Add(later);
                            queue.Enqueue((later, depth + 1));
                        }
                    }
                    continue;
                }
                // A verb's coordinated verbs are separate predicates.
                if (rel == "conj" && t == head && kind == PredicateKind.Verb)
                {
                    continue;
                }
                if (rel == "xcomp" && depth > 0)
                {
                    continue;
                }
                result.Add(c);
                queue.Enqueue((c, depth + 1));
            }
        }
        return result;
    }

    /// <summary>Candidate tokens for a slot, best first; the caller takes the first that names an actor.</summary>
    private static List<int> SlotCandidates(Doc doc, SentenceGraph g, int head, EventPattern pattern, SlotElement slot, List<int> local, List<int> words)
    {
        var kind = pattern.Kind;
        var root = pattern.Code[..2];
        var candidates = new List<int>();
        void Add(int t)
        {
            if (t >= 0 && !candidates.Contains(t))
            {
                candidates.Add(t);
            }
        }
        if (slot.Prepositions.IsEmpty)
        {
            if (kind == PredicateKind.Verb)
            {
                if (slot.Role == SlotRole.Target)
                {
                    if (g.IsPassive(head))
                    {
                        Add(g.FirstChild(head, "nsubj:pass"));
                        return candidates;
                    }
                    // "gave Ukraine weapons", "sent troops to Syria": the recipient before the thing.
                    // Without a thing, "to" a place is a destination, not a recipient ("returned to Geneva").
                    var obj = g.FirstChild(head, "obj");
                    Add(g.FirstChild(head, "iobj"));
                    foreach (var c in g.ChildrenWith(head, "obl"))
                    {
                        if (g.CaseOf(c) == "to" && (obj >= 0 || !doc.Places.Any(p => p.Sentence == g.Sentence.Index && p.Span.Contains(g[c].Span))))
                        {
                            Add(c);
                        }
                    }
                    Add(obj);
                    if (obj >= 0)
                    {
                        // "rejected North Korea's demand", "denounced Serbia's suppression", "an Indian
                        // proposal", "the withdrawal of Serbian forces", "an admission by Moscow":
                        // the actor inside the object phrase.
                        foreach (var c in g.ChildrenWith(obj, "nmod:poss", "amod", "compound"))
                        {
                            Add(c);
                        }
                        // Only for verbal conflict (demand, disapprove, reject, threaten): what is
                        // demanded or rejected "of" someone targets them; a negotiated "release of
                        // hostages" does not make the hostages the counterpart.
                        if (root is "10" or "11" or "12" or "13")
                        {
                            foreach (var c in g.ChildrenWith(obj, "nmod"))
                            {
                                if (g.CaseOf(c) is "of" or "by" or "from")
                                {
                                    Add(c);
                                }
                            }
                        }
                    }
                    // "demanded that the US cancel plans": the subject of the complement clause; only
                    // for words and stances (statements, appeals, intents, consultations, support,
                    // demands, disapproval, rejections, threats, accusations): "admits US gun laws
                    // are his biggest frustration" lets no one into anything.
                    foreach (var clause in root is "06" or "07" or "08" or "09" or "14" or "15" or "16" or "17" or "18" or "19" or "20" ? [] : g.ChildrenWith(head, "ccomp"))
                    {
                        if (!g.ChildrenWith(clause, "mark").Any(m => g.Lemma(m) is "if" or "whether"))
                        {
                            Add(g.FirstChild(clause, "nsubj", "nsubj:pass"));
                        }
                    }
                    if (obj < 0 && g.FirstChild(head, "iobj") < 0)
                    {
                        // No object in the parse: a nominal complement ("forgive Nigerian President
                        // Obasanjo" with the name as xcomp), or the first bare nominal after the verb
                        // in its phrase ("forced out on Wednesday 1,000 refugees" with the refugees
                        // hung on "Wednesday") is the object the parser lost.
                        foreach (var c in g.ChildrenWith(head, "xcomp"))
                        {
                            if (g[c].Upos is "NOUN" or "PROPN" or "ADJ")
                            {
                                Add(c);
                            }
                        }
                        var lost = g.Subtree(head).Where(t => t > head && t - head <= 8 && g[t].Upos is "NOUN" or "PROPN" && g.CaseOf(t).Length == 0
                            && g.BaseRelation(t) is "nmod" or "appos" or "dep" or "obj" && !CrossesVerb(g, t, head)).DefaultIfEmpty(-1).Min();
                        Add(lost);
                    }
                    return candidates;
                }
                Add(g.FirstChild(head, "nsubj"));
                return candidates;
            }
            // Nouns: a bare $S is the possessor or modifier; a bare $T a compound ("the Gaza invasion") or "of" phrase.
            if (slot.Role == SlotRole.Source)
            {
                Add(g.FirstChild(head, "nmod:poss"));
                foreach (var c in g.ChildrenWith(head, "amod", "compound"))
                {
                    Add(c);
                }
                return candidates;
            }
            foreach (var c in g.ChildrenWith(head, "compound"))
            {
                Add(c);
            }
            foreach (var c in g.ChildrenWith(head, "nmod"))
            {
                if (g.CaseOf(c) == "of")
                {
                    Add(c);
                }
            }
            return candidates;
        }
        if (slot.Prepositions.Contains("that"))
        {
            // "demanded that Israel withdraw": the subject of the complement clause.
            foreach (var clause in g.ChildrenWith(head, "ccomp"))
            {
                Add(g.FirstChild(clause, "nsubj", "nsubj:pass"));
            }
        }
        // The nearest local nominals introduced by one of the prepositions.
        foreach (var t in local)
        {
            if (words.Contains(t) || g[t].Upos is "VERB" or "ADP" or "PUNCT" or "DET" or "CCONJ")
            {
                continue;
            }
            var preposition = g.CaseOf(t);
            if (preposition.Length > 0 && slot.Prepositions.Contains(preposition))
            {
                Add(t);
            }
        }
        if (kind == PredicateKind.Noun)
        {
            // "impose a siege on X": the preposition may hang on the governing verb.
            var governor = g.Head(head);
            if (governor >= 0 && g.BaseRelation(head) is "obj" or "conj" or "nsubj")
            {
                var verb = g.BaseRelation(head) == "conj" ? g.Head(governor) : governor;
                if (verb >= 0)
                {
                    foreach (var c in g.ChildrenWith(verb, "obl", "nmod"))
                    {
                        if (slot.Prepositions.Contains(g.CaseOf(c)))
                        {
                            Add(c);
                        }
                    }
                }
            }
        }
        else
        {
            // "handed over the prisoners": a particle, not a preposition, so the object fills the slot.
            foreach (var particle in g.ChildrenWith(head, "compound:prt"))
            {
                if (slot.Prepositions.Contains(g.Lemma(particle)))
                {
                    Add(g.IsPassive(head) ? g.FirstChild(head, "nsubj:pass") : g.FirstChild(head, "obj"));
                }
            }
        }
        return candidates;
    }

    /// <summary>
    /// Who does what a verb says: its subject; the "by" agent of a passive; for infinitives and
    /// participles, the controller in the governing clause ("Hamas agreed to meet", "…, killing").
    /// </summary>
    internal static List<int> VerbSubjects(SentenceGraph g, int verb, ActorIndex actorAt, int depth = 0)
    {
        if (depth > 4)
        {
            return [];
        }
        if (g.IsPassive(verb))
        {
            foreach (var c in g.ChildrenWith(verb, "obl"))
            {
                if (g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by")
                {
                    return g.WithConjuncts(c);
                }
            }
            return [];
        }
        var subjects = g.ChildrenWith(verb, "nsubj", "csubj").ToList();
        if (subjects is [var described] && g[described].Upos == "NOUN" && g.FirstChild(described, "nsubj") is var named and >= 0
            && named < described && g[named + 1].Norm == "," && actorAt.At(named) >= 0)
        {
            // "Pakistan, a key U.S. ally, has refused…" parsed with the apposition as the subject and
            // the name as the apposition's own subject: the name is the subject.
            subjects = [named];
        }
        if (g.FirstChild(verb, "vocative") is var vocative and >= 0 && actorAt.At(vocative) >= 0
            && (subjects.Count == 0 || (subjects[0] > vocative && g[vocative + 1].Norm == ",")))
        {
            // News has no vocatives: "Pakistan, a key U.S. ally, has refused…" parsed with "Pakistan"
            // as a vocative and the apposition as the subject; the first name is the subject.
            subjects = [vocative];
        }
        if (subjects.Count == 0)
        {
            // "it is willing to withdraw" parsed with "it" as an expletive: a pronoun that names an actor is the subject.
            subjects.AddRange(g.ChildrenWith(verb, "expl").Where(e => actorAt.At(e) >= 0));
        }
        if (subjects.Count > 0)
        {
            var result = new List<int>();
            foreach (var subject in subjects)
            {
                // A relative pronoun stands for the noun the clause modifies ("the group that attacked").
                if (g.Lemma(subject) is "who" or "which" or "that" && g.Relation(verb) == "acl:relcl")
                {
                    var noun = g.Head(verb);
                    if (noun >= 0)
                    {
                        result.AddRange(g.WithConjuncts(noun));
                    }
                    continue;
                }
                // The parser sometimes gives a clause two subjects ("Hours after…, Russian forces shelled"): keep both; only actors survive.
                result.AddRange(g.WithConjuncts(subject));
            }
            return result;
        }
        var head = g.Head(verb);
        if (head < 0)
        {
            return [];
        }
        var rel = g.BaseRelation(verb);
        switch (rel)
        {
            case "xcomp":
                var obj = g.FirstChild(head, "obj", "iobj");
                if (obj >= 0 && ObjectControlVerbs.Contains(g.Lemma(head)))
                {
                    return g.WithConjuncts(obj);
                }
                if (g.FirstChild(head, "nsubj:pass") is var raised and >= 0)
                {
                    return g.WithConjuncts(raised); // "Straw is scheduled to visit", "Iran was urged to halt": the passive's subject acts
                }
                return VerbSubjects(g, head, actorAt, depth + 1);
            case "conj":
                return VerbSubjects(g, head, actorAt, depth + 1);
            case "advcl":
                if (g.ChildrenWith(verb, "mark").Any(m => g.Lemma(m) == "to") && ObjectControlVerbs.Contains(g.Lemma(head)) && g.FirstChild(head, "obj", "iobj") is var controller && controller >= 0)
                {
                    return g.WithConjuncts(controller); // "urged both sides to release": the sides release
                }
                if (g[verb].Xpos == "VBG" && g.ChildrenWith(verb, "mark", "case").Any(m => g.Lemma(m) is "for" or "of"))
                {
                    // "thanked Russia for mediating", "accused Israel of attacking": the one thanked or
                    // accused did it; "was praised for mediating": the passive's subject. An object
                    // that names no actor ("accept a payment in return for dropping") leaves it to the subject.
                    if (g.FirstChild(head, "obj") is var judged and >= 0 && g.WithConjuncts(judged).Any(c => actorAt.ActorFor(g, c) >= 0))
                    {
                        return g.WithConjuncts(judged);
                    }
                    if (g.FirstChild(head, "nsubj:pass") is var judgedPassive and >= 0)
                    {
                        return g.WithConjuncts(judgedPassive);
                    }
                }
                // "are guilty of violating the ceasefire": a predicate adjective's subject too.
                return g[head].Upos is "VERB" or "AUX" || (g[head].Upos == "ADJ" && g.FirstChild(head, "cop") >= 0) ? VerbSubjects(g, head, actorAt, depth + 1) : [];
            case "acl":
                var xpos = g[verb].Xpos;
                if (xpos == "VBG")
                {
                    // "a statement lauding X" speaks for whoever issued the statement; "troops firing" for the
                    // troops; "X are guilty of violating" (a predicate with a copula) for its subject.
                    if (g.FirstChild(head, "cop") >= 0 && g.FirstChild(head, "nsubj") >= 0)
                    {
                        return VerbSubjects(g, head, actorAt, depth + 1);
                    }
                    return IsStatementNoun(g.Lemma(head)) && g.Head(head) >= 0 ? VerbSubjects(g, g.Head(head), actorAt, depth + 1) : g.WithConjuncts(head);
                }
                if (xpos == "VBN")
                {
                    // "negotiations mediated by the UAE": the by-phrase acts.
                    foreach (var c in g.ChildrenWith(verb, "obl"))
                    {
                        if (g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by")
                        {
                            return g.WithConjuncts(c);
                        }
                    }
                    // A passive participle takes no direct object: "The United Nations on Tuesday
                    // reduced food supplies" parsed as a reduced relative is the noun's own act.
                    return g.FirstChild(verb, "obj") >= 0 && g.FirstChild(verb, "iobj") < 0 ? g.WithConjuncts(head) : [];
                }
                if (xpos == "VB" || g.ChildrenWith(verb, "mark").Any(m => g.Lemma(m) == "to"))
                {
                    // "Israel's decision to delay", "a mission to negotiate"
                    var poss = g.FirstChild(head, "nmod:poss");
                    if (poss >= 0)
                    {
                        return g.WithConjuncts(poss);
                    }
                    // "the U.S. decision not to veto", "a Russian plan to mediate": the actor modifying the noun.
                    foreach (var modifier in g.ChildrenWith(head, "compound", "amod"))
                    {
                        if (modifier < head && actorAt.At(modifier) >= 0)
                        {
                            return g.WithConjuncts(modifier);
                        }
                    }
                    // "the demonstration staged by students to protest…": the noun's own agent.
                    foreach (var participle in g.ChildrenWith(head, "acl"))
                    {
                        if (participle != verb && g[participle].Xpos == "VBN" && g.ChildrenWith(participle, "obl").FirstOrDefault(c => g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by", -1) is var agent && agent >= 0)
                        {
                            return g.WithConjuncts(agent);
                        }
                    }
                    var governor = g.Head(head);
                    return governor >= 0 && g[governor].Upos is "VERB" ? VerbSubjects(g, governor, actorAt, depth + 1) : [];
                }
                return [];
            default:
                return [];
        }
    }

    private static bool IsStatementNoun(string lemma) => lemma is "statement" or "letter" or "message" or "resolution" or "report" or "declaration" or "communique" or "speech" or "post";

    /// <summary>Who does what an event noun says: its possessor, an actor adjective or compound, a "by" phrase, or the subject of the verb that governs it.</summary>
    internal static List<int> NounSources(SentenceGraph g, int noun, List<int> targets, ActorIndex actorAt)
    {
        if (g.FirstChild(noun, "cop") >= 0 && g.ChildrenWith(noun, "case").Any(c => g.Lemma(c) == "behind") && g.FirstChild(noun, "nsubj") is var culprit && culprit >= 0)
        {
            return g.WithConjuncts(culprit); // "Hamas was behind the attack": who is behind it did it
        }
        var poss = g.FirstChild(noun, "nmod:poss");
        if (poss >= 0)
        {
            return g.WithConjuncts(poss);
        }
        foreach (var c in g.ChildrenWith(noun, "nmod"))
        {
            if (g.CaseOf(c) == "by")
            {
                return g.WithConjuncts(c);
            }
        }
        foreach (var c in g.ChildrenWith(noun, "amod", "compound"))
        {
            if (!targets.Contains(c) && actorAt.At(c) >= 0)
            {
                return [c];
            }
        }
        var governor = g.Head(noun);
        var rel = g.BaseRelation(noun);
        while (governor >= 0 && rel == "nmod" && g.CaseOf(noun) == "of" && QuantityNouns.Contains(g.Lemma(governor)))
        {
            // "launched a series of attacks", "began ten days of war games": the measure stands in for the event.
            noun = governor;
            governor = g.Head(noun);
            rel = g.BaseRelation(noun);
        }
        if (governor >= 0 && rel == "conj")
        {
            // "an air assault and a siege": the second noun shares the first one's governor.
            rel = g.BaseRelation(governor);
            governor = g.Head(governor);
        }
        if (governor >= 0 && rel is "obj" && g[governor].Upos is "VERB" && SupportVerbs.Contains(g.Lemma(governor)))
        {
            return VerbSubjects(g, governor, actorAt);
        }
        if (governor >= 0 && rel is "obl" && g.CaseOf(noun) == "for" && g[governor].Upos is "VERB" && MotionVerbs.Contains(g.Lemma(governor)))
        {
            return VerbSubjects(g, governor, actorAt); // "negotiators return to Geneva for talks"
        }
        if (MovementNouns.Contains(g.Lemma(noun)))
        {
            foreach (var c in g.ChildrenWith(noun, "nmod"))
            {
                if (g.CaseOf(c) == "of" && !targets.Contains(c) && actorAt.ActorFor(g, c) >= 0)
                {
                    return g.WithConjuncts(c); // "the first deployment of NATO peacekeeping troops"
                }
            }
        }
        if (governor >= 0 && rel is "nsubj" && g.FirstChild(governor, "cop") >= 0)
        {
            return [];
        }
        return [];
    }

    private void Emit(Doc doc, SentenceGraph g, Found found, ActorIndex actorAt, List<(CodedEvent, int)> output)
    {
        if (found.Pattern.Code.StartsWith("041", StringComparison.Ordinal) && IsNaming(g, found.Head, actorAt))
        {
            return; // "he called it a responsible mix": naming something, not telephoning anyone
        }
        if (found.Pattern.Code.StartsWith("14", StringComparison.Ordinal) && g.Lemma(found.Head) == "demonstrate" && found.Pattern.Kind == PredicateKind.Verb
            && g.ChildrenWith(found.Head, "obj", "ccomp", "xcomp").Any())
        {
            return; // "Nokia demonstrated its new phone", "leaders have to demonstrate that things work": showing, not protesting
        }
        if (found.Pattern.Code.StartsWith("173", StringComparison.Ordinal) && g.Lemma(found.Head) == "charge"
            && !g.ChildrenWith(found.Head, "obl").Concat(g.ChildrenWith(found.Head, "obj").SelectMany(o => g.ChildrenWith(o, "nmod")))
                .Any(o => g.CaseOf(o) is "with" or "over" or "in connection with"))
        {
            return; // "charge people for bandwidth", "charging people who want updates": a price, not a charge in court
        }
        var sources = ResolveActors(doc, g, found.Sources, actorAt);
        if (sources.Count == 0 && found.Pattern.Kind == PredicateKind.Verb && !g.IsPassive(found.Head) && !found.Pattern.Elements.OfType<SlotElement>().Any(e => e.Role == SlotRole.Source))
        {
            sources = SubjectByWordOrder(doc, g, found.Head, actorAt, found.Targets);
        }
        if (sources.Count == 0 && found.Pattern.Kind == PredicateKind.Verb && g.IsPassive(found.Head) && found.Pattern.Code[..2] is "09" or "17"
            && !g.ChildrenWith(found.Head, "obl").Any(c => g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by")
            && PlaceOf(doc, g, found.Head) is { Country: { Length: 3 } country } where && !Dictionaries.ActorDictionary.RegionCodes.Contains(country))
        {
            // "A missionary was arrested in Lebanon", "was put under investigation in Italy": arrests,
            // trials and inquiries with no agent named are the authorities' of the place.
            sources = [new EventActor(where.Text, country + "GOV", where.Span, null)];
        }
        if (sources.Count == 0 && found.Pattern.Kind == PredicateKind.Verb && g.IsPassive(found.Head) && found.Pattern.Code[..2] is "03" or "04" or "05" or "06"
            && !g.ChildrenWith(found.Head, "obl").Any(c => g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by")
            && g.BaseRelation(found.Head) == "ccomp" && g.Head(found.Head) is var saying and >= 0
            && Attributions.AttributionExtractor.ReportingVerbs.Contains(g.Lemma(saying)) && !g.IsPassive(saying))
        {
            // "Abadi said an agreement had been reached with Turkey", "Russia said talks were held
            // with Iran": a party telling of talks or an agreement with no agent is telling of its
            // own. A news outlet is no party ("TASS reported that meetings were conducted with…").
            sources = ResolveActors(doc, g, [.. g.ChildrenWith(saying, "nsubj")], actorAt)
                .Where(a => !a.Code.EndsWith("MED", StringComparison.Ordinal)).ToList();
        }
        if (sources.Count == 0 && found.Pattern.Kind == PredicateKind.Verb && found.Pattern.Code[..2] is "03" && g.IsPassive(found.Head)
            && g.FirstChild(found.Head, "xcomp") is var readyFor and >= 0 && !found.Words.Contains(readyFor)
            && g.FirstChild(found.Head, "nsubj:pass") is var readySubject and >= 0
            && !g.ChildrenWith(found.Head, "obl").Any(c => g.Relation(c) == "obl:agent" || g.CaseOf(c) == "by"))
        {
            // "he is prepared to lift the ban", "is committed to talk": a participle of readiness with
            // no agent states its subject's intent, as the adjective does ("is ready to"). When the
            // pattern took the infinitive as its own word ("is scheduled to visit" read as "schedule
            // a visit"), the infinitive is coded on its own instead.
            sources = ResolveActors(doc, g, g.WithConjuncts(readySubject), actorAt);
        }
        if (sources.Count == 0)
        {
            return; // no known actor does it: PETRARCH's rule too
        }
        var targets = ResolveActors(doc, g, found.Targets, actorAt);
        if (targets.Count == 0 && LocationTargets(found.Pattern.Code) && LocationTarget(doc, g, found.Head, actorAt) is { } locus)
        {
            // "refused to deploy peacekeepers in Iraq", "lifted a state of emergency in West Darfur",
            // "dispatched inspectors to Esfahan in central Iran": a material act with no one named
            // it is done to is done to the country where it takes place.
            targets = [locus];
        }
        // "Syria warned that it would act": a pronoun or short name for the source is no target.
        targets.RemoveAll(t => t.Mention is int m && doc.Actors[m].Antecedent is not null
            && sources.Any(s => s.Code == t.Code && s.Mention is int sm && doc.Actors[sm].Name == doc.Actors[m].Name));
        if (found.Pattern.Code.StartsWith("15", StringComparison.Ordinal) && targets.Count == 0
            && sources.Select(a => a.Code[..Math.Min(3, a.Code.Length)]).Distinct().Count() >= 2
            && found.Words.Append(found.Head).Any(w => g.Lemma(w) is "exercise" or "drill" or "manoeuvre" or "maneuver" or "wargame" or "war-game" or "game" or "patrol"))
        {
            // "French and Egyptian warships launched war games": an exercise of two states together is
            // military cooperation (062), each with the other, not a show of force.
            found = found with { Pattern = found.Pattern with { Code = "062" } };
        }
        if (found.Pattern.Kind == PredicateKind.Noun && found.Pattern.Code[..2] is "19" or "20" && g.Lemma(found.Head) is "battle" or "war" or "fight" or "clash"
            && sources.Count > 0 && sources.Concat(targets).All(a => a.Code.EndsWith("BUS", StringComparison.Ordinal)))
        {
            return; // "the battle between Microsoft and Google": companies compete, they do not make war
        }
        if (found.Pattern.Code.StartsWith("19", StringComparison.Ordinal) && found.Pattern.Code is "190" or "193"
            && sources.Concat(targets).Any(a => a.Code.Contains("PTY", StringComparison.Ordinal)))
        {
            // "Tories attack burglar U-turns", "hitting the Labour party over the head": parties
            // fight with words; an attack by or on a party is criticism (111).
            found = found with { Pattern = found.Pattern with { Code = "111" } };
        }
        if (found.Pattern.Kind == PredicateKind.Noun && targets.Count == 0 && sources.Count > 0
            && sources.All(a => a.Code.Length == 3 && a.Span is { } span && found.Words.Append(found.Head).Any(w => g[w].Start <= span.Start && span.End <= g[w].End)))
        {
            // "a vote on military action", "a possible terrorist attack": a kind of event named by its
            // own words, with no one named who does it and no one it is done to, is no event.
            return;
        }
        if (targets.Count == 0 && sources.Count >= 2 && IsSymmetric(found.Pattern))
        {
            found = found with { Reciprocal = true }; // "Indian and Chinese troops clashed": each with the other
        }
        if (targets.Count == 0 && int.TryParse(found.Pattern.Code.AsSpan(0, 2), out var rootNumber) && rootNumber >= 10)
        {
            // Conflict acts "against X" target X, whatever the pattern says: "threatened action against Russia".
            targets = AgainstTargets(doc, g, found.Head, actorAt, sources);
        }
        if (found.Pattern.Code.StartsWith("14", StringComparison.Ordinal) && found.Pattern.Kind == PredicateKind.Verb && g.Lemma(found.Head) is "protest" or "complain"
            && SpokenContent(g, found.Head) is var content and >= 0)
        {
            // "…, a human rights group protested", "X protested that Y…": a protest in words is a
            // complaint (111), against the subject of what was said.
            found = found with { Pattern = found.Pattern with { Code = "111" } };
            if (targets.Count == 0)
            {
                targets = ResolveActors(doc, g, [.. g.ChildrenWith(content, "nsubj")], actorAt).Where(t => sources.All(s => s.Code != t.Code)).ToList();
            }
        }
        if (found.Pattern.Code is "201" or "174" && targets.Count > 0 && targets.All(t => t.Code.StartsWith("IGO", StringComparison.Ordinal) || t.Code.StartsWith("NGO", StringComparison.Ordinal)))
        {
            // "Jakarta forced the UN refugee agency out": expelling an organisation ends its
            // involvement (166), it is no expulsion of people.
            found = found with { Pattern = found.Pattern with { Code = targets.All(t => t.Code.StartsWith("NGO", StringComparison.Ordinal)) ? "1663" : "166" } };
        }
        var place = PlaceOf(doc, g, found.Head);
        sources = LocateBareAgents(doc, sources, place);
        targets = LocateBareAgents(doc, targets, place);
        (sources, targets) = (DomesticCounterparts(doc, sources, targets), DomesticCounterparts(doc, targets, sources));
        if (found.Reciprocal)
        {
            // Every party of "between X and Y" acts towards every other.
            var parties = sources.Concat(targets).DistinctBy(a => (a.Code, a.Mention)).ToList();
            sources = parties;
            targets = parties;
        }
        var (negated, modality, modalityCue, refused) = Mood(g, found.Head);
        string code;
        // "will not negotiate" refuses talks; "would not rule out scrapping it" refuses nothing: a
        // rejection denied stays a denied (negated) rejection.
        if (refused || (negated && modality == Modality.Intended && !found.Pattern.Code.StartsWith("12", StringComparison.Ordinal)))
        {
            // "refused to release", "will not negotiate": a refusal, asserted.
            code = IntentCodes.Refusal(found.Pattern.Code);
            negated = false;
            modality = Modality.Asserted;
        }
        else
        {
            if (modality == Modality.Intended && modalityCue == "to" && int.TryParse(found.Pattern.Code.AsSpan(0, 2), out var purposeRoot)
                && (purposeRoot >= 9 || (purposeRoot >= 6 && !IsMotionGovernor(g, found.Head))))
            {
                // A purpose clause of an act that happened ("used tear gas to disperse the crowd",
                // "resorted to throwing stones") is part of the act, not a threat of it; so is a
                // material one achieved by the act ("opened the bridge to allow deliveries").
                // Travelling somewhere to do something is not doing it yet ("flew to Kabul to
                // deliver aid"), nor is any meeting or statement ("went to Moscow to negotiate").
                modality = Modality.Asserted;
                modalityCue = null;
            }
            code = IntentCodes.For(found.Pattern.Code, modality);
        }
        if (code == "010" && targets.Count == 0)
        {
            return; // a bare statement is recorded as an attribution, and as an event only when it reports one
        }
        var eventType = Ontology.Find(code);
        if (eventType is null)
        {
            return;
        }
        var triggerTokens = new List<int>(found.Words) { found.Head };
        triggerTokens.AddRange(g.ChildrenWith(found.Head, "compound:prt").Where(p => !found.Words.Contains(p)));
        triggerTokens.Sort();
        var triggerSpan = new CharSpan(doc.Tokens[triggerTokens[0]].Start, doc.Tokens[triggerTokens[^1]].End);
        var triggerText = string.Join(' ', triggerTokens.Select(t => doc.Tokens[t].Text));
        var date = DateOf(doc, g, found.Head);
        var attribution = AttributionOf(doc, g.Sentence.Index, triggerSpan);
        if (modality == Modality.Requested && modalityCue?.ToLowerInvariant() is "must" or "should" && !negated
            && g.BaseRelation(found.Head) == "ccomp" && g.Head(found.Head) is var agreeing and >= 0 && g[agreeing].Upos == "VERB"
            && AgreeingGovernors.Contains(g.Lemma(agreeing)))
        {
            // "the officials agreed that their countries should cooperate": what parties agree they
            // should do is their intent, not a demand of anyone.
            modality = Modality.Intended;
            modalityCue = null;
            code = IntentCodes.For(found.Pattern.Code, modality);
            eventType = Ontology.Find(code) ?? eventType;
        }
        if (modality == Modality.Requested && modalityCue?.ToLowerInvariant() is "must" or "should" && !negated
            && (attribution is int a && doc.Attributions[a].Kind != "according_to" ? doc.Attributions[a].Source : ObligationSpeaker(doc, g, found.Head, actorAt, sources)) is { } speaker)
        {
            // "Chirac said Iraq must cooperate": the speaker demands it of the clause's subject.
            targets = sources;
            sources = [speaker];
            code = IntentCodes.Demand(code);
            modality = Modality.Asserted;
            eventType = Ontology.Find(code) ?? eventType;
        }
        var seen = new HashSet<(string, string?)>();
        var targetList = targets.Count == 0 ? [null] : targets.Cast<EventActor?>().ToList();
        foreach (var source in sources)
        {
            foreach (var target in targetList)
            {
                if (target is not null && target.Code == source.Code && target.Mention == source.Mention)
                {
                    continue;
                }
                if (!seen.Add((source.Code, target?.Code)))
                {
                    continue;
                }
                output.Add((CodedEvents.Create(eventType, g.Sentence.Index, source, target, new Trigger(triggerText, triggerSpan), found.Pattern.Location) with
                {
                    Date = date,
                    Place = place,
                    Negated = negated,
                    Modality = modality,
                    ModalityCue = modalityCue,
                    Attribution = attribution,
                }, found.Head));
            }
        }
    }

    /// <summary>
    /// When the parse gives a verb no subject that names an actor ("Yeltsin on Saturday hosted…"
    /// misparsed), the nearest actor before the verb in the same clause stands in: no other verb,
    /// semicolon or subordinating word lies between them.
    /// </summary>
    private static List<EventActor> SubjectByWordOrder(Doc doc, SentenceGraph g, int verb, ActorIndex actorAt, List<int> targets)
    {
        if (g.BaseRelation(verb) is "xcomp" or "acl" || (g[verb].Xpos is "VBG" or "VBN" or "VB" && !IsFiniteByPosition(g, verb)))
        {
            return []; // infinitives and participles take their subject from the clause above
        }
        // A subject of its own that is a share of people ("and 38% disagreed", "most agreed") ends the
        // search at its first word: what comes before belongs to another clause. A place named inside
        // the verb's own subject ("cold weather in the US", "officials in Kyiv") is not the subject;
        // the clause's subject, when it has one, bounds where that applies.
        var ownSubject = g.FirstChild(verb, "nsubj");
        var subjectWords = ownSubject >= 0 ? g.Subtree(ownSubject) : null;
        var first = ownSubject >= 0 && ownSubject < verb && IsShare(g, ownSubject) ? subjectWords!.Min() : g.Sentence.Tokens.Start;
        for (var t = verb - 1; t >= first; t--)
        {
            var token = g[t];
            if (token.Upos is "VERB" && g.Lemma(t) is "have" or "be" or "do" && g.Head(verb) == t)
            {
                continue; // "Bangladesh has … rejected" with "has" parsed as the main verb: an auxiliary all the same
            }
            if (token.Upos is "VERB" || token.Norm is ";" or ":" || token.Upos is "SCONJ" || (token.Upos == "PRON" && g.Lemma(t) is "who" or "which" or "that"))
            {
                return [];
            }
            var m = actorAt.At(t);
            if (m >= 0 && !doc.Actors[m].IsModifier && !targets.Contains(t) && !IsCitedSource(g, doc.Actors[m].Tokens) && !(IsLocated(g, doc.Actors[m].Tokens) && (subjectWords is null || subjectWords.Contains(t))))
            {
                var a = doc.Actors[m];
                return [new EventActor(a.Text, a.Code, a.Span, m)];
            }
        }
        return [];
    }

    // An actor named as a place ("cold weather in the US threatened…", "officials in Kyiv said"):
    // where something is, not who does it.
    private static bool IsLocated(SentenceGraph g, TokenRange actor) =>
        PhraseHead(g, actor) is var head and >= 0 && g.CaseOf(head) is "in" or "at" or "inside" or "near" or "across" or "throughout" or "within" or "around";

    // The word of a phrase whose head lies outside it (where its preposition hangs), or -1.
    private static int PhraseHead(SentenceGraph g, TokenRange phrase)
    {
        for (var k = phrase.Start; k < phrase.End; k++)
        {
            if (!phrase.Contains(g.Head(k)))
            {
                return k;
            }
        }
        return -1;
    }

    // "38%", "two-thirds", "a majority", "most", "many": how many of those asked, not who.
    private static bool IsShare(SentenceGraph g, int t) =>
        g[t].Upos is "NUM" || g[t].Norm is "%" || g.Lemma(t) is "percent" or "majority" or "minority" or "most" or "many" or "some" or "half" or "third" or "quarter" or "rest" or "fifth"
        || (g.Lemma(t) is "cent" && t > 0 && g.Lemma(t - 1) is "per");

    /// <summary>
    /// Whether a phrase is the source an "according to" cites ("According to police, X stabbed…"):
    /// such an actor is no subject, whatever the word order. (Other prepositions are left alone:
    /// the fallback is there for misparses, where they are attached anywhere.)
    /// </summary>
    private static bool IsCitedSource(SentenceGraph g, TokenRange phrase) =>
        PhraseHead(g, phrase) is var k and >= 0
        && (g.CaseOf(k) == "according to" || (k >= 2 && g[k - 1].Norm.Equals("to", StringComparison.OrdinalIgnoreCase) && g[k - 2].Norm.Equals("according", StringComparison.OrdinalIgnoreCase)));

    // Nouns that take an infinitive of their own ("a plan to withdraw", "the right to strike").
    private static readonly FrozenSet<string> InfinitiveNouns = new[]
    {
        "plan", "proposal", "decision", "offer", "agreement", "deal", "accord", "attempt", "effort", "bid", "call", "request", "order",
        "resolution", "move", "promise", "pledge", "threat", "commitment", "right", "chance", "opportunity", "way", "time", "need",
        "permission", "authority", "power", "mandate", "ability", "capacity", "willingness", "readiness", "intention", "intent",
        "determination", "refusal", "failure", "campaign", "drive", "initiative", "measure", "step", "law", "bill", "motion", "demand",
        "appeal", "invitation", "warning", "instruction", "licence", "license", "approval", "go-ahead", "vote", "pressure", "incentive",
        "program", "programme", "scheme", "strategy", "policy", "pact", "treaty", "ultimatum", "deadline", "mission", "task", "job",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MotionVerbs = new[]
    {
        "go", "come", "travel", "fly", "arrive", "head", "visit", "return", "leave", "embark", "set", "sail", "drive", "move", "send",
        "dispatch", "deploy", "meet", "gather", "assemble", "convene",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the clause a purpose clause belongs to is a journey or a gathering ("flew to Kabul to…").</summary>
    private static bool IsMotionGovernor(SentenceGraph g, int head)
    {
        var governor = g.Head(head);
        if (governor >= 0 && g.BaseRelation(head) == "acl" && g[governor].Upos == "NOUN" && g.BaseRelation(governor) == "obj"
            && !InfinitiveNouns.Contains(g.Lemma(governor)) && g.Head(governor) is var verb and >= 0 && g[verb].Upos == "VERB")
        {
            // "opened the Rafah crossing to allow aid trucks in", parsed with the purpose clause on the
            // object: a noun that takes no infinitive of its own ("a plan to withdraw" does) leaves
            // the purpose to the verb.
            governor = verb;
        }
        return governor < 0 || MotionVerbs.Contains(g.Lemma(governor)) || g[governor].Upos is not ("VERB" or "AUX");
    }

    /// <summary>
    /// A verb tagged as a participle that can only be the finite verb of its clause: it heads the
    /// sentence with no auxiliary or marker ("A top U.S. official today praised…" with "praised"
    /// tagged VBN), or its auxiliary was parsed as the main verb ("has … rejected").
    /// </summary>
    private static bool IsFiniteByPosition(SentenceGraph g, int verb) =>
        (g.BaseRelation(verb) == "root" && g[verb].Xpos is "VBN" or "VBD" && !g.ChildrenWith(verb, "aux", "mark", "cop").Any())
        || (g.BaseRelation(verb) == "ccomp" && g.Head(verb) is var h && h >= 0 && g[h].Upos == "VERB" && g.Lemma(h) is "have" or "be"
            && g[verb].Xpos is "VBN" or "VBG"); // "has rejected", "is preparing" with the auxiliary parsed as the main verb

    /// <summary>The clause a speech verb introduces ("protested that…") or comments on ("…, X protested"), or -1.</summary>
    private static int SpokenContent(SentenceGraph g, int verb)
    {
        var ccomp = g.FirstChild(verb, "ccomp");
        if (ccomp >= 0)
        {
            return ccomp;
        }
        if (g.BaseRelation(verb) == "parataxis" && g.Head(verb) >= 0)
        {
            return g.Head(verb);
        }
        // "…, a human rights group protested here Wednesday" misparsed: a comma before the subject
        // and the sentence's root before it.
        var subject = g.FirstChild(verb, "nsubj");
        if (subject < 0)
        {
            return -1;
        }
        var start = g.Subtree(subject).Min();
        if (start - 1 <= g.Sentence.Tokens.Start || g[start - 1].Norm != ",")
        {
            return -1;
        }
        for (var t = g.Sentence.Tokens.Start; t < start - 1; t++)
        {
            if (g.Head(t) < 0 && g.BaseRelation(t) == "root" && t != verb && g[t].Upos is "VERB" or "AUX" or "ADJ" or "NOUN")
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>Mutual acts: consultation, fighting, cooperation, exchanges. "X and Y met" means each met the other.</summary>
    private static bool IsSymmetric(EventPattern pattern) =>
        pattern.Code.StartsWith("04", StringComparison.Ordinal) && !pattern.Code.StartsWith("042", StringComparison.Ordinal) && !pattern.Code.StartsWith("043", StringComparison.Ordinal)
        || pattern.Code.StartsWith("06", StringComparison.Ordinal)
        || pattern.Code is "190" or "193"
        || pattern.Heads.Any(h => h is "exchange" or "swap" or "trade" or "clash" or "fight" or "battle");

    private static List<EventActor> AgainstTargets(Doc doc, SentenceGraph g, int head, ActorIndex actorAt, List<EventActor> sources)
    {
        var scope = new List<int> { head };
        var complements = g.ChildrenWith(head, "xcomp", "ccomp").ToList();
        scope.AddRange(g.ChildrenWith(head, "obj"));
        scope.AddRange(complements); // "warned that it would take action against X"
        foreach (var complement in complements)
        {
            scope.AddRange(g.ChildrenWith(complement, "obj")); // "threatened to impose restrictions against German goods"
        }
        var threat = g.Lemma(head) is "threaten" or "warn" or "vow";
        foreach (var t in scope)
        {
            foreach (var c in g.ChildrenWith(t, "obl", "nmod"))
            {
                // A threatened act's own object of action counts too: "threatened to deliver blows to the United States".
                if (g.CaseOf(c) == "against" || (threat && t != head && g.CaseOf(c) is "on" or "to" or "at" or "in" && g[t].Upos == "VERB"))
                {
                    var found = ResolveActors(doc, g, [c], actorAt).Where(a => sources.All(s => s.Code != a.Code)).ToList();
                    if (found.Count > 0)
                    {
                        return found;
                    }
                }
            }
        }
        return [];
    }

    /// <summary>
    /// A bare domestic agent ("demonstrators", "civilians", "the opposition") acted on by a state's
    /// own institutions (police, courts, government) belongs to that state: "Egyptian police
    /// dispersed demonstrators" → EGYOPP. Military sources are left alone: armies act abroad.
    /// </summary>
    private static List<EventActor> DomesticCounterparts(Doc doc, List<EventActor> actors, List<EventActor> counterparts)
    {
        var country = counterparts
            .Where(c => c.Code.Length >= 6 && c.Code[3..6] is "GOV" or "COP" or "JUD" or "LEG" or "OPP" && !Dictionaries.ActorDictionary.RegionCodes.Contains(c.Code[..3]))
            .Select(c => c.Code[..3])
            .FirstOrDefault();
        if (country is null)
        {
            return actors;
        }
        return [.. actors.Select(a => a.Mention is int m && doc.Actors[m] is { Type: ActorType.Agent, Country: null } mention
            && mention.Code is "OPP" or "CVL" or "REB" or "INS" or "SEP" or "REF" or "LAB" or "EDU" or "HLH" or "BUS" or "MED" or "HRI" or "CRM" or "RAD" or "AGR"
            && a.Code.Length == 3
            ? a with { Code = country + mention.Code }
            : a)];
    }

    /// <summary>A bare agent ("protesters", "police") acting in a known country takes that country: "protesters marched in Tehran" → IRNOPP.</summary>
    private static List<EventActor> LocateBareAgents(Doc doc, List<EventActor> actors, PlaceMention? place)
    {
        if (place?.Country is not { Length: 3 } country || Dictionaries.ActorDictionary.RegionCodes.Contains(country))
        {
            return actors;
        }
        return [.. actors.Select(a => a.Mention is int m && doc.Actors[m] is { Type: ActorType.Agent, Country: null } mention && mention.Code.Length is 3 or 6
            ? a with { Code = country + mention.Code }
            : a)];
    }

    private static List<EventActor> ResolveActors(Doc doc, SentenceGraph g, List<int> tokens, ActorIndex actorAt)
    {
        var result = new List<EventActor>();
        foreach (var t in MentionConjuncts(doc, g, tokens, actorAt))
        {
            var m = actorAt.ActorFor(g, t);
            if (m >= 0)
            {
                var a = doc.Actors[m];
                if (!result.Any(r => r.Mention == m))
                {
                    result.Add(new EventActor(a.Text, a.Code, a.Span, m));
                }
                continue;
            }
            if (PlaceActor(doc, g, t) is { } placeActor && !result.Any(r => r.Code == placeActor.Code))
            {
                result.Add(placeActor);
            }
        }
        return result;
    }

    /// <summary>
    /// Coordinated actors, also when the parser hangs the conjunction on a word inside the first
    /// actor's phrase ("the spokeswoman Maria Zakharova and Iran's deputy minister", where "Iran"
    /// is a conjunct of "Zakharova", not of "spokeswoman").
    /// </summary>
    private static List<int> MentionConjuncts(Doc doc, SentenceGraph g, List<int> tokens, ActorIndex actorAt)
    {
        var result = new List<int>();
        foreach (var t in tokens)
        {
            foreach (var c in g.WithConjuncts(t))
            {
                if (!result.Contains(c))
                {
                    result.Add(c);
                }
            }
        }
        for (var i = 0; i < result.Count; i++)
        {
            var m = actorAt.At(result[i]);
            if (m < 0)
            {
                continue;
            }
            var range = doc.Actors[m].Tokens;
            for (var u = range.Start; u < range.End; u++)
            {
                if (doc.Tokens[u].Sentence != g.Sentence.Index)
                {
                    continue;
                }
                foreach (var c in g.ChildrenWith(u, "conj"))
                {
                    if (!range.Contains(c) && !result.Contains(c))
                    {
                        result.Add(c);
                    }
                }
                // "Indian and Chinese troops": a coordinated adjective with an actor of its own.
                foreach (var c in g.ChildrenWith(u, "amod"))
                {
                    var other = actorAt.At(c);
                    if (!range.Contains(c) && other >= 0 && other != m && !doc.Actors[other].IsModifier && !result.Contains(c))
                    {
                        result.Add(c);
                    }
                }
            }
        }
        return result;
    }

    /// <summary>"the enclave", "the territory": the most recent place of that kind stands in as the actor (its country).</summary>
    internal static EventActor? PlaceActor(Doc doc, SentenceGraph g, int t)
    {
        foreach (var p in doc.Places)
        {
            if (p.Sentence == g.Sentence.Index && p.Span.Contains(g[t].Span) && p.Country is not null)
            {
                return new EventActor(p.Text, p.Country, p.Span, null);
            }
        }
        if (PlaceNouns.ContainsKey(g.Lemma(t)))
        {
            // "the city of Kharkiv": the named place.
            foreach (var c in g.ChildrenWith(t, "nmod", "appos", "compound", "flat"))
            {
                if ((g.Relation(c) != "nmod" || g.CaseOf(c) == "of") && PlaceActor(doc, g, c) is { } named && named.Span is not null)
                {
                    var start = Math.Min(PhraseStart(g, t), c);
                    var span = new CharSpan(doc.Tokens[start].Start, doc.Tokens[g.Subtree(c).Max()].End);
                    return new EventActor(doc.TextOf(span), named.Code, span, null);
                }
            }
        }
        if (!PlaceNouns.TryGetValue(g.Lemma(t), out var kinds) || !g.ChildrenWith(t, "det").Any(d => g.Lemma(d) is "the" or "this" or "that"))
        {
            return null;
        }
        for (var i = doc.Places.Length - 1; i >= 0; i--)
        {
            var p = doc.Places[i];
            if (p.Span.Start >= g[t].Start || g.Sentence.Index - p.Sentence > 6)
            {
                continue;
            }
            if (kinds.Contains(p.Kind) && p.Country is not null && !Dictionaries.ActorDictionary.RegionCodes.Contains(p.Country))
            {
                var start = PhraseStart(g, t);
                var span = new CharSpan(doc.Tokens[start].Start, g[t].End);
                return new EventActor(doc.TextOf(span), p.Country, span, null);
            }
        }
        return null;
    }

    // The first word of a noun's phrase without its preposition ("on the enclave" is "the enclave").
    private static int PhraseStart(SentenceGraph g, int noun)
    {
        var outside = g.Children(noun).Where(c => c < noun && g.BaseRelation(c) is "case" or "punct").SelectMany(g.Subtree).ToHashSet();
        return g.Subtree(noun).Where(i => !outside.Contains(i)).Min();
    }

    /// <summary>
    /// A clause after a noun that says what the noun is about ("the demand that Turkish forces
    /// withdraw", "the claim that X attacked") rather than a relative clause ("the demand that Iraq
    /// made"): introduced by "that" as a conjunction, or, when the parser took "that" for a
    /// relative pronoun, with a bare (subjunctive) verb that has its own subject.
    /// </summary>
    private static bool IsContentClause(SentenceGraph g, int clause)
    {
        if (g.ChildrenWith(clause, "mark").Any(mk => g.Lemma(mk) == "that"))
        {
            return true;
        }
        return g.Children(clause).Any(c => g.Lemma(c) == "that" && c < clause) && g[clause].Xpos == "VB"
            && g.FirstChild(clause, "nsubj") >= 0 && g.FirstChild(clause, "aux") < 0;
    }

    /// <summary>"called it a mistake", "called the plan unacceptable": a verb with an object and a predicate for it.</summary>
    private static bool IsNaming(SentenceGraph g, int verb, ActorIndex actorAt)
    {
        // The predicate is no actor: "telephoned Russian Foreign Minister Kozyrev" misparsed with
        // "Russian" as a predicate is still a call.
        bool Predicate(int t) => actorAt.At(t) < 0 && g[t].Upos is "NOUN" or "ADJ" or "PRON";
        var objects = g.ChildrenWith(verb, "obj").ToList();
        return (objects.Count >= 2 && objects.Skip(1).All(Predicate)) || g.ChildrenWith(verb, "xcomp").Any(Predicate)
            || (objects.Count == 1 && g.ChildrenWith(verb, "obl").Any(o => g.CaseOf(o) == "as" && Predicate(o)));
    }

    /// <summary>Negation and modality from the predicate's auxiliaries, adverbs and governing verbs.</summary>
    private static (bool Negated, Modality Modality, string? Cue, bool Refused) Mood(SentenceGraph g, int head)
    {
        var refused = false;
        var negated = false;
        var modality = Modality.Asserted;
        string? cue = null;
        foreach (var c in g.Children(head))
        {
            var lemma = g.Lemma(c);
            var rel = g.BaseRelation(c);
            if ((rel == "advmod" || rel == "det" || rel == "aux") && lemma is "not" or "n't" or "never" or "no")
            {
                negated = true;
            }
            else if (rel == "aux" && ModalAuxiliaries.TryGetValue(lemma, out var m) && modality == Modality.Asserted)
            {
                modality = m;
                cue = g[c].Text;
            }
            else if (rel == "mark" && lemma == "to" && modality == Modality.Asserted && g.ChildrenWith(head, "cop").Any(cop => g.Lemma(cop) == "be"))
            {
                modality = Modality.Intended; // "is to visit", "are to meet": what is planned or scheduled
                cue = "to";
            }
            else if (rel is "advmod" or "amod" && lemma is "reportedly" or "allegedly" or "alleged" or "purported" or "purportedly" or "apparently" or "suspected")
            {
                modality = Modality.Alleged;
                cue = g[c].Text;
            }
        }
        // Governing verbs: "plans to attack", "threatened to strike", "refused to meet", "to negotiate" (purpose).
        var current = head;
        for (var depth = 0; depth < 3; depth++)
        {
            var rel = g.BaseRelation(current);
            var governor = g.Head(current);
            if (governor < 0)
            {
                break;
            }
            var lemma = g.Lemma(governor);
            if (rel is "xcomp" or "ccomp" or "obj" or "acl" or "advcl")
            {
                // "refused to meet" (parsed as xcomp, or as a purpose clause), not "opposed it, saying…".
                if (RefusingGovernors.Contains(lemma) && (rel is "xcomp" or "obj" || (rel == "advcl" && g.ChildrenWith(current, "mark").Any(mk => g.Lemma(mk) == "to"))))
                {
                    refused = true;
                    cue ??= g[governor].Text;
                    break;
                }
                if (NegatingGovernors.Contains(lemma) && rel is "xcomp" or "obj")
                {
                    negated = true;
                    cue ??= g[governor].Text;
                    break;
                }
                // "X demanded that Y withdraw", and the noun: "a demand that Turkish forces withdraw", "the claim that…".
                if (ModalGovernors.TryGetValue(lemma, out var m) && (rel is "xcomp" or "obj" || (m is Modality.Alleged or Modality.Requested
                    && (rel == "ccomp" || (rel == "acl" && g[governor].Upos == "NOUN" && IsContentClause(g, current))))))
                {
                    if (modality == Modality.Asserted)
                    {
                        modality = m;
                        cue = g[governor].Text;
                    }
                    break;
                }
                if (rel is "advcl" or "acl" && g.ChildrenWith(current, "mark").Any(mk => g.Lemma(mk) == "to") && modality == Modality.Asserted)
                {
                    if (ModalGovernors.TryGetValue(lemma, out var governed))
                    {
                        modality = governed; // "urged both sides to release" (a request), parsed as a purpose clause
                        cue = g[governor].Text;
                        break;
                    }
                    modality = Modality.Intended; // a purpose clause: "went to Moscow to negotiate"
                    cue = "to";
                    break;
                }
            }
            if (rel is not ("xcomp" or "conj"))
            {
                break;
            }
            current = governor;
        }
        if (modality == Modality.Asserted)
        {
            // "accused the RSF of killing civilians": whatever an accusation contains is alleged.
            var ancestor = g.BaseRelation(head) is "conj" or "parataxis" ? -1 : g.Head(head);
            for (var depth = 0; depth < 3 && ancestor >= 0; depth++)
            {
                if (g.Lemma(ancestor) is "accuse" or "allege" or "claim" or "blame" or "charge" or "suspect" && g.IsVerbal(ancestor))
                {
                    modality = Modality.Alleged;
                    cue = g[ancestor].Text;
                    break;
                }
                if (g.BaseRelation(ancestor) is "root" or "parataxis" or "conj")
                {
                    break;
                }
                ancestor = g.Head(ancestor);
            }
        }
        return (negated, modality, cue, refused);
    }

    private static DateOnly? DateOf(Doc doc, SentenceGraph g, int head)
    {
        foreach (var d in doc.Dates)
        {
            if (d.Sentence != g.Sentence.Index || d.Value is null)
            {
                continue;
            }
            // The date's tokens must hang from the predicate (not from another clause of the sentence).
            var dateToken = g.Sentence.Tokens.Start;
            for (var t = g.Sentence.Tokens.Start; t < g.Sentence.Tokens.End; t++)
            {
                if (doc.Tokens[t].Span.Overlaps(d.Span))
                {
                    dateToken = t;
                    break;
                }
            }
            if (LocallyAttached(g, head, dateToken))
            {
                return d.Value;
            }
        }
        return doc.Article.Date;
    }

    /// <summary>Codes of material acts (aid, yielding, investigation, force, coercion, violence), intents to yield or aid, and threats of such acts.</summary>
    private static bool LocationTargets(string code) =>
        code[..2] is "06" or "07" or "08" or "09" or "13" or "15" or "16" or "17" or "18" or "19" or "20"
        || code.StartsWith("033", StringComparison.Ordinal) || code.StartsWith("035", StringComparison.Ordinal) || code.StartsWith("124", StringComparison.Ordinal)
        || code.StartsWith("1224", StringComparison.Ordinal);

    /// <summary>
    /// The country where a predicate's act takes place: a place or country "in", "into", "to",
    /// "from", "inside" or "across" attached to the predicate or to its object, as an actor of
    /// that country (country level).
    /// </summary>
    private static EventActor? LocationTarget(Doc doc, SentenceGraph g, int head, ActorIndex actorAt)
    {
        var carriers = new List<int> { head };
        carriers.AddRange(g.ChildrenWith(head, "obj", "xcomp"));
        foreach (var x in g.ChildrenWith(head, "xcomp").ToList())
        {
            carriers.AddRange(g.ChildrenWith(x, "obj")); // "willing to withdraw its troops from Lebanon"
        }
        foreach (var carrier in carriers)
        {
            foreach (var c in g.ChildrenWith(carrier, "obl", "nmod"))
            {
                if (g.CaseOf(c) is not ("in" or "into" or "to" or "from" or "inside" or "across" or "throughout"))
                {
                    continue;
                }
                foreach (var t in g.WithConjuncts(c))
                {
                    var m = actorAt.ActorFor(g, t);
                    if (m >= 0 && doc.Actors[m].Type == ActorType.Country && doc.Actors[m].Code.Length >= 3)
                    {
                        var a = doc.Actors[m];
                        return new EventActor(a.Text, a.Code[..3], a.Span, m);
                    }
                    if (PlaceActor(doc, g, t) is { Code.Length: 3 } place && !Dictionaries.ActorDictionary.RegionCodes.Contains(place.Code))
                    {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    private static PlaceMention? PlaceOf(Doc doc, SentenceGraph g, int head)
    {
        foreach (var p in doc.Places)
        {
            if (p.Sentence != g.Sentence.Index)
            {
                continue;
            }
            for (var t = g.Sentence.Tokens.Start; t < g.Sentence.Tokens.End; t++)
            {
                if (doc.Tokens[t].Span.Overlaps(p.Span) && LocallyAttached(g, head, t) && g.CaseOf(NominalHead(g, t)) is "in" or "at" or "inside" or "near" or "across" or "outside" or "throughout" or "within")
                {
                    return p;
                }
            }
        }
        return null;
    }

    private static int NominalHead(SentenceGraph g, int t)
    {
        // Climb compound/flat links to the phrase head that carries the preposition.
        while (g.BaseRelation(t) is "compound" or "flat" or "amod" && g.Head(t) >= 0)
        {
            t = g.Head(t);
        }
        return t;
    }

    /// <summary>True when <paramref name="t"/> is in the predicate's subtree without crossing into another clause.</summary>
    private static bool LocallyAttached(SentenceGraph g, int head, int t)
    {
        var guard = 0;
        while (t >= 0 && guard++ < 50)
        {
            if (t == head)
            {
                return true;
            }
            if (g.BaseRelation(t) is "ccomp" or "advcl" or "acl" or "parataxis" or "csubj" or "conj" && g[t].Upos is "VERB")
            {
                return false;
            }
            t = g.Head(t);
        }
        return false;
    }

    private static int? AttributionOf(Doc doc, int sentence, CharSpan trigger)
    {
        for (var a = 0; a < doc.Attributions.Length; a++)
        {
            var at = doc.Attributions[a];
            if (at.Sentence == sentence && (at.Content is null ? !at.Cue.Span.Overlaps(trigger) : at.Content.Value.Contains(trigger)))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// "Russia said Sudan must return the helicopter": a reported obligation is the speaker's demand
    /// of the clause's subject (CAMEO 100), even when the demanded act has no pattern of its own.
    /// </summary>
    private void DemandsInReportedObligations(Doc doc, SentenceGraph g, ActorIndex actorAt, List<(CodedEvent Event, int Head)> events)
    {
        var demandType = Ontology.Find("100");
        if (demandType is null)
        {
            return;
        }
        for (var v = g.Sentence.Tokens.Start; v < g.Sentence.Tokens.End; v++)
        {
            if (doc.Tokens[v].Upos is not ("VERB" or "AUX" or "ADJ") || events.Any(e => e.Head == v))
            {
                continue;
            }
            if (g.BaseRelation(v) == "ccomp" && g.Head(v) is var governor and >= 0 && events.Any(e => e.Head == governor && e.Event.Cameo.StartsWith("10", StringComparison.Ordinal)))
            {
                continue; // "X insisted that Y must halt…": the governing verb already codes the demand
            }
            var modal = g.ChildrenWith(v, "aux").FirstOrDefault(a => g.Lemma(a) is "must" or "should", -1);
            if (modal < 0 || g.ChildrenWith(v, "advmod").Any(a => g.Lemma(a) is "not" or "n't" or "never"))
            {
                continue;
            }
            var subject = g.FirstChild(v, "nsubj", "nsubj:pass");
            var targets = subject >= 0 ? ResolveActors(doc, g, [subject], actorAt) : [];
            var span = new CharSpan(doc.Tokens[modal].Start, doc.Tokens[v].End);
            if (targets.Count == 0)
            {
                continue;
            }
            int? a = AttributionOf(doc, g.Sentence.Index, span) is int found && doc.Attributions[found].Kind != "according_to" ? found : null;
            if ((a is int at ? doc.Attributions[at].Source : ObligationSpeaker(doc, g, v, actorAt, targets)) is not { } speaker)
            {
                continue;
            }
            foreach (var target in targets.Where(t => t.Code != speaker.Code))
            {
                events.Add((CodedEvents.Create(demandType, g.Sentence.Index, speaker, target, new Trigger(doc.TextOf(span), span), "reported-obligation") with
                {
                    Date = DateOf(doc, g, v),
                    Place = PlaceOf(doc, g, v),
                    Attribution = a,
                }, v));
            }
        }
    }

    /// <summary>
    /// "Blair insisted he had been involved in all decisions": insisting that something is so is
    /// a statement (010); only insisting that something be done ("insisted that Iran must halt",
    /// "insisted that troops withdraw") is a demand. Likewise suggesting that something is so is
    /// no proposal (02x). A demand coded on "insist" whose clause is
    /// declarative is a statement, recorded as an attribution like any other.
    /// </summary>
    private static void InsistingOnFactsIsAsserting(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var (demand, head) = events[i];
            // "A survey suggests 69% say…" is no proposal either.
            if (!(demand.Cameo.StartsWith("10", StringComparison.Ordinal) && g.Lemma(head) == "insist"
                  || demand.Cameo.StartsWith("02", StringComparison.Ordinal) && g.Lemma(head) == "suggest")
                || g.ChildrenWith(head, "obl").Any(o => g.CaseOf(o) is "on" or "upon")
                || g.FirstChild(head, "ccomp") is not (var clause and >= 0) || IsDirective(g, clause))
            {
                continue;
            }
            // A bare statement: the attribution records it, and a statement event is made only
            // when it reports an event (as for "said").
            events.RemoveAt(i);
        }
    }

    /// <summary>
    /// Whether a complement clause says what should be done rather than what is: a modal of
    /// obligation ("must", "should", "ought") or a subjunctive (a bare verb with no auxiliary:
    /// "that Iran halt", "that it be allowed").
    /// </summary>
    private static bool IsDirective(SentenceGraph g, int clause)
    {
        var auxiliaries = g.ChildrenWith(clause, "aux", "cop").ToList();
        if (auxiliaries.Any(a => g.Lemma(a) is "must" or "should" or "ought" or "shall" or "need"))
        {
            return true;
        }
        var finite = auxiliaries.Where(a => g.BaseRelation(a) == "aux" || g[a].Xpos is not "VB").ToList();
        return finite.Count == 0 && (g[clause].Xpos == "VB" || auxiliaries.Any(a => g[a].Xpos == "VB"));
    }

    /// <summary>
    /// Who lays an obligation on a clause's subject when no reporting verb introduces it: the
    /// subject of the verb the clause complements ("Chirac issued a reminder to Iraq that it must
    /// cooperate"), or of the noun whose content it is ("Russia's insistence that Kyiv must…").
    /// </summary>
    private static EventActor? ObligationSpeaker(Doc doc, SentenceGraph g, int clause, ActorIndex actorAt, List<EventActor> obliged)
    {
        var governor = g.Head(clause);
        if (governor < 0)
        {
            return null;
        }
        List<int> candidates = g.BaseRelation(clause) switch
        {
            "ccomp" when g[governor].Upos is "VERB" => VerbSubjects(g, governor, actorAt),
            "acl" when g[governor].Upos is "NOUN" => NounSources(g, governor, [], actorAt),
            _ => [],
        };
        return ResolveActors(doc, g, candidates, actorAt).FirstOrDefault(s => obliged.All(o => o.Code != s.Code));
    }

    /// <summary>
    /// "Hamas agreed to negotiate with Russia": once the complement is coded (036 with a target), the
    /// governing verb's own targetless event (030 "agree") adds nothing.
    /// </summary>
    private static void DropGovernorsOfCodedComplements(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        events.RemoveAll(governor => governor.Event.Target is null && events.Any(other =>
            other.Head != governor.Head
            && other.Event.Source.Code == governor.Event.Source.Code
            && (IsComplementOf(g, other.Head, governor.Head)
                || (IsPurposeClauseOf(g, other.Head, governor.Head) && other.Event.Cameo[..2] == governor.Event.Cameo[..2]))));
    }

    /// <summary>
    /// "used tear gas to disperse the demonstrators": a purpose infinitive of the verb, which codes
    /// the same kind of act as the verb (then with its target).
    /// </summary>
    private static bool IsPurposeClauseOf(SentenceGraph g, int t, int governor) =>
        g.BaseRelation(t) == "advcl" && g.Head(t) == governor && g.ChildrenWith(t, "mark").Any(m => g.Lemma(m) == "to");

    /// <summary>
    /// "rejected an invitation to attend a meeting", "turned down Iran's offer to mediate": the act
    /// proposed is not what happened; the rejection of the proposal is. The complement's event is
    /// dropped when the verb that rejects the noun it hangs on has its own event, and a generic
    /// rejection (120) takes the code for refusing that act (125 for a meeting).
    /// </summary>
    private void DropRefusedProposals(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var head = events[i].Head;
            if (g.BaseRelation(head) != "acl" || g.Head(head) is not (var noun and >= 0) || g[noun].Upos != "NOUN"
                || g.BaseRelation(noun) != "obj" || g.Head(noun) is not (var verb and >= 0) || !RefusingGovernors.Contains(g.Lemma(verb)))
            {
                continue;
            }
            var refusal = events.FindIndex(e => e.Head == verb);
            if (refusal < 0)
            {
                continue;
            }
            var refused = events[i].Event;
            events.RemoveAt(i);
            if (refusal > i)
            {
                refusal--;
            }
            var (governor, governorHead) = events[refusal];
            if (governor.Cameo == "120" && Ontology.Find(IntentCodes.Refusal(refused.Cameo)) is { } specific && !refused.Cameo.StartsWith("12", StringComparison.Ordinal))
            {
                events[refusal] = (CodedEvents.Create(specific, governor.Sentence, governor.Source, governor.Target, governor.Trigger, governor.Pattern) with
                {
                    Date = governor.Date,
                    Place = governor.Place,
                    Negated = governor.Negated,
                    Modality = governor.Modality,
                    ModalityCue = governor.ModalityCue,
                    Attribution = governor.Attribution,
                }, governorHead);
            }
        }
    }

    /// <summary>
    /// "Russia demanded that Ukraine withdraw its troops": a generic demand (100) whose complement
    /// clause is coded takes the code for demanding that act (1056); the act itself stays, requested.
    /// </summary>
    private void SpecifyDemands(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var (demand, head) = events[i];
            if (demand.Cameo != "100")
            {
                continue;
            }
            var complement = events.FirstOrDefault(e => e.Head != head && g.BaseRelation(e.Head) == "ccomp" && g.Head(e.Head) == head
                && e.Event.Source.Code != demand.Source.Code && e.Event.Modality == Modality.Requested);
            if (complement.Event is null || IntentCodes.Demand(complement.Event.Cameo) is var code && code == "100" || Ontology.Find(code) is not { } specific)
            {
                continue;
            }
            events[i] = (CodedEvents.Create(specific, demand.Sentence, demand.Source, demand.Target, demand.Trigger, demand.Pattern) with
            {
                Date = demand.Date,
                Place = demand.Place,
                Negated = demand.Negated,
                Modality = demand.Modality,
                ModalityCue = demand.ModalityCue,
                Attribution = demand.Attribution,
            }, head);
        }
    }

    /// <summary>
    /// "The Arab League urged the European Community to support the PLO": an appeal to others to
    /// back a third party is rallying support on its behalf (CAMEO 053), by the one who appeals,
    /// for the party to be backed; the requested support itself is not coded apart.
    /// </summary>
    private void RallySupport(Doc doc, SentenceGraph g, ActorIndex actorAt, List<(CodedEvent Event, int Head)> events)
    {
        if (Ontology.Find("053") is not { } rally)
        {
            return;
        }
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var (support, head) = events[i];
            if (!(support.Cameo.StartsWith("05", StringComparison.Ordinal) || support.Cameo.StartsWith("032", StringComparison.Ordinal))
                || support.Modality != Modality.Requested || support.Target is null
                || g.BaseRelation(head) is not ("xcomp" or "advcl" or "ccomp") || g.Head(head) is not (var verb and >= 0))
            {
                continue;
            }
            var appeal = events.FindIndex(e => e.Head == verb && (e.Event.Cameo.StartsWith("02", StringComparison.Ordinal) || e.Event.Cameo.StartsWith("10", StringComparison.Ordinal))
                && e.Event.Target?.Code == support.Source.Code && e.Event.Source.Code != support.Target.Code);
            if (appeal < 0)
            {
                continue;
            }
            var a = events[appeal].Event;
            events[appeal] = (CodedEvents.Create(rally, a.Sentence, a.Source, support.Target, a.Trigger, a.Pattern) with
            {
                Date = a.Date,
                Place = a.Place,
                Attribution = a.Attribution,
            }, verb);
            events.RemoveAt(i);
        }
        // The appeal's own pattern may have taken the verb of support ("urge $T support", 022): the
        // party to be backed is then the object of that verb.
        for (var i = 0; i < events.Count; i++)
        {
            var (a, head) = events[i];
            if (!(a.Cameo.StartsWith("02", StringComparison.Ordinal) || a.Cameo.StartsWith("10", StringComparison.Ordinal)) || a.Target is null)
            {
                continue;
            }
            foreach (var x in g.ChildrenWith(head, "xcomp"))
            {
                if (g.Lemma(x) is not ("support" or "back" or "endorse" or "recognize" or "recognise" or "defend") || events.Any(e => e.Head == x))
                {
                    continue;
                }
                var backed = ResolveActors(doc, g, [.. g.ChildrenWith(x, "obj")], actorAt).FirstOrDefault(t => t.Code != a.Target.Code && t.Code != a.Source.Code);
                if (backed is not null)
                {
                    events[i] = (CodedEvents.Create(rally, a.Sentence, a.Source, backed, a.Trigger, a.Pattern) with
                    {
                        Date = a.Date,
                        Place = a.Place,
                        Attribution = a.Attribution,
                    }, head);
                    break;
                }
            }
        }
    }

    private static bool IsComplementOf(SentenceGraph g, int t, int governor)
    {
        for (var depth = 0; depth < 3 && t >= 0; depth++)
        {
            if (g.BaseRelation(t) is not ("xcomp" or "ccomp" or "obj" or "acl"))
            {
                return false;
            }
            t = g.Head(t);
            if (t == governor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A purpose clause of a visit inherits the visit's target: "went to Moscow to negotiate" negotiates with Moscow.</summary>
    private static void InheritPurposeTargets(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var (e, head) = events[i];
            if (e.Target is not null || !(e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("05", StringComparison.Ordinal)))
            {
                continue;
            }
            var clause = head;
            for (var depth = 0; depth < 3 && clause >= 0; depth++)
            {
                if (g.BaseRelation(clause) is not ("advcl" or "acl" or "xcomp"))
                {
                    break;
                }
                clause = g.Head(clause);
                var host = events.FirstOrDefault(o => o.Event.Target is not null && o.Event.Source.Code == e.Source.Code && (o.Head == clause || g.Dominates(clause, o.Head)) && o.Head != head);
                if (host.Event is not null)
                {
                    events[i] = (e with { Target = host.Event.Target }, head);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Reported speech: an event inside what a reporting verb introduces gets a statement event
    /// (CAMEO 010, the speaker to no one) that it points back to. When the reporting verb is coded
    /// already by the same speaker ("told the BBC he hoped…": 010 to the BBC) the reported events
    /// point to that event instead of a second statement.
    /// </summary>
    private List<CodedEvent> LinkReportedSpeech(Doc doc, List<(CodedEvent Event, int Head)> events)
    {
        var result = new List<CodedEvent>(events.Count + 4);
        var statementFor = new Dictionary<int, int>();
        var statementType = Ontology.Find("010");
        var coded = new Dictionary<int, int>(); // attribution → index in events of its coded statement
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i].Event;
            if (!e.Cameo.StartsWith("01", StringComparison.Ordinal) || e.Negated)
            {
                continue;
            }
            for (var a = 0; a < doc.Attributions.Length; a++)
            {
                var at = doc.Attributions[a];
                if (at.Sentence == e.Sentence && at.Kind != "according_to" && at.Source.Code == e.Source.Code
                    && at.Cue.Span.Start < e.Trigger.Span.End && e.Trigger.Span.Start < at.Cue.Span.End)
                {
                    coded.TryAdd(a, i);
                }
            }
        }
        var resultIndexOf = new int[events.Count];
        var pointToCoded = new List<(int Result, int Event)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i].Event;
            resultIndexOf[i] = result.Count;
            if (e.Attribution is int a && statementType is not null && doc.Attributions[a].Kind != "according_to")
            {
                if (coded.TryGetValue(a, out var statementEvent))
                {
                    if (statementEvent != i)
                    {
                        pointToCoded.Add((result.Count, statementEvent));
                    }
                    result.Add(e);
                    continue;
                }
                if (!statementFor.TryGetValue(a, out var statementIndex))
                {
                    var at = doc.Attributions[a];
                    statementIndex = result.Count;
                    statementFor[a] = statementIndex;
                    result.Add(CodedEvents.Create(statementType, at.Sentence, at.Source, null, at.Cue, "reported-speech") with
                    {
                        Date = doc.Article.Date,
                        Attribution = a,
                    });
                    resultIndexOf[i] = result.Count;
                }
                result.Add(e with { ReportedBy = statementIndex });
            }
            else
            {
                result.Add(e);
            }
        }
        foreach (var (at, statementEvent) in pointToCoded)
        {
            result[at] = result[at] with { ReportedBy = resultIndexOf[statementEvent] };
        }
        return result;
    }
}
