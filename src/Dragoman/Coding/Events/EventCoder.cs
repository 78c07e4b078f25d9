using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Coding.Attributions;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Ontology;
using Dragoman.Documents;
using Dragoman.Pipeline;

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
        ["demand"] = Modality.Requested, ["request"] = Modality.Requested, ["appeal"] = Modality.Requested,
        ["claim"] = Modality.Alleged, ["allege"] = Modality.Alleged, ["accuse"] = Modality.Alleged,
        ["willing"] = Modality.Intended, ["ready"] = Modality.Intended, ["prepared"] = Modality.Intended, ["determined"] = Modality.Intended,
        ["committed"] = Modality.Intended, ["keen"] = Modality.Intended, ["eager"] = Modality.Intended, ["poised"] = Modality.Intended,
        ["set"] = Modality.Intended, ["due"] = Modality.Intended, ["resolve"] = Modality.Intended, ["vote"] = Modality.Intended,
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
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NegatingGovernors = new[] { "fail", "avoid", "stop", "cease", "neglect" }.ToFrozenSet(StringComparer.Ordinal);

    // "refused to release", "declined to meet": a refusal of the act, coded as CAMEO 12x.
    private static readonly FrozenSet<string> RefusingGovernors = new[] { "refuse", "decline", "reject", "oppose", "rule", "unwilling", "reluctant" }.ToFrozenSet(StringComparer.Ordinal);

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
        var actorAt = ActorIndex.Build(doc);
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
                if (!consumed.Contains(t) && (doc.Tokens[t].Upos is "VERB" || (doc.Tokens[t].Upos is "AUX" or "ADJ" && Patterns.IsVerbHead(g.Lemma(t)))))
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
            DemandsInReportedObligations(doc, g, actorAt, sentenceEvents);
            InheritPurposeTargets(g, sentenceEvents);
            DropGovernorsOfCodedComplements(g, sentenceEvents);
            events.AddRange(sentenceEvents.OrderBy(e => e.Event.Trigger.Span.Start));
        }
        var linked = LinkReportedSpeech(doc, events);
        return doc with { Events = [.. linked], Layers = doc.Layers | Produces };
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
            var local = LocalTokens(g, head, kind, excluded); // the same for every pattern of this head
            foreach (var pattern in candidates)
            {
                if (pattern.Specificity + 3 <= bestScore && best?.Pattern.CodesNothing != true)
                {
                    break; // sorted by specificity: nothing later can win
                }
                if (TryMatch(doc, g, head, pattern, local, consumed, actorAt, out var found))
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
                foreach (var w in best.Words)
                {
                    consumed.Add(w);
                }
                if (!best.Pattern.CodesNothing)
                {
                    Emit(doc, g, best, actorAt, output); // a "---" pattern wins and codes nothing ("met the target")
                }
                codedAny = true;
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
        return score > bestScore;
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
            var local = LocalTokens(g, head, kind, excluded);
            foreach (var pattern in candidates)
            {
                if (pattern.Specificity + 3 <= bestScore && best?.CodesNothing != true)
                {
                    break;
                }
                if (TryMatch(doc, g, head, pattern, local, consumed, actorAt, out var found))
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
    /// The tagger's lemma first, then forms derived from the word itself, so a lemmatiser slip
    /// ("lauding" → "laude") does not hide a verb the dictionary knows.
    /// </summary>
    private static IEnumerable<string> LemmaCandidates(SentenceGraph g, int head, PredicateKind kind)
    {
        var lemma = g.Lemma(head);
        yield return lemma;
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

    private static bool TryMatch(Doc doc, SentenceGraph g, int head, EventPattern pattern, List<int> local, HashSet<int> consumed, ActorIndex actorAt, out Found found)
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
                        if (!words.Contains(t) && t != head && !consumed.Contains(t) && w.Words.Contains(g.Lemma(t)))
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
                    foreach (var candidate in SlotCandidates(g, head, pattern, s, local, words))
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
            sources.AddRange(pattern.Kind == PredicateKind.Verb ? VerbSubjects(g, head, actorAt) : NounSources(g, head, targets, actorAt));
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
                if (!LocalRelations.Contains(rel) && !nounComplement)
                {
                    continue;
                }
                if (excluded.Contains(c))
                {
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
    private static List<int> SlotCandidates(SentenceGraph g, int head, EventPattern pattern, SlotElement slot, List<int> local, List<int> words)
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
                    Add(g.FirstChild(head, "iobj"));
                    foreach (var c in g.ChildrenWith(head, "obl"))
                    {
                        if (g.CaseOf(c) == "to")
                        {
                            Add(c);
                        }
                    }
                    var obj = g.FirstChild(head, "obj");
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
                    // "demanded that the US cancel plans": the subject of the complement clause.
                    foreach (var clause in g.ChildrenWith(head, "ccomp"))
                    {
                        if (!g.ChildrenWith(clause, "mark").Any(m => g.Lemma(m) is "if" or "whether"))
                        {
                            Add(g.FirstChild(clause, "nsubj", "nsubj:pass"));
                        }
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
                return VerbSubjects(g, head, actorAt, depth + 1);
            case "conj":
                return VerbSubjects(g, head, actorAt, depth + 1);
            case "advcl":
                if (g.ChildrenWith(verb, "mark").Any(m => g.Lemma(m) == "to") && ObjectControlVerbs.Contains(g.Lemma(head)) && g.FirstChild(head, "obj", "iobj") is var controller && controller >= 0)
                {
                    return g.WithConjuncts(controller); // "urged both sides to release": the sides release
                }
                return g[head].Upos is "VERB" or "AUX" ? VerbSubjects(g, head, actorAt, depth + 1) : [];
            case "acl":
                var xpos = g[verb].Xpos;
                if (xpos == "VBG")
                {
                    // "a statement lauding X" speaks for whoever issued the statement; "troops firing" for the troops.
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
                    return [];
                }
                if (xpos == "VB" || g.ChildrenWith(verb, "mark").Any(m => g.Lemma(m) == "to"))
                {
                    // "Israel's decision to delay", "a mission to negotiate"
                    var poss = g.FirstChild(head, "nmod:poss");
                    if (poss >= 0)
                    {
                        return g.WithConjuncts(poss);
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
        if (governor >= 0 && rel is "nsubj" && g.FirstChild(governor, "cop") >= 0)
        {
            return [];
        }
        return [];
    }

    private void Emit(Doc doc, SentenceGraph g, Found found, ActorIndex actorAt, List<(CodedEvent, int)> output)
    {
        var sources = ResolveActors(doc, g, found.Sources, actorAt);
        if (sources.Count == 0 && found.Pattern.Kind == PredicateKind.Verb && !g.IsPassive(found.Head) && !found.Pattern.Elements.OfType<SlotElement>().Any(e => e.Role == SlotRole.Source))
        {
            sources = SubjectByWordOrder(doc, g, found.Head, actorAt, found.Targets);
        }
        if (sources.Count == 0)
        {
            return; // no known actor does it: PETRARCH's rule too
        }
        var targets = ResolveActors(doc, g, found.Targets, actorAt);
        // "Syria warned that it would act": a pronoun or short name for the source is no target.
        targets.RemoveAll(t => t.Mention is int m && doc.Actors[m].Antecedent is not null
            && sources.Any(s => s.Code == t.Code && s.Mention is int sm && doc.Actors[sm].Name == doc.Actors[m].Name));
        if (targets.Count == 0 && sources.Count >= 2 && IsSymmetric(found.Pattern))
        {
            found = found with { Reciprocal = true }; // "Indian and Chinese troops clashed": each with the other
        }
        if (targets.Count == 0 && int.TryParse(found.Pattern.Code.AsSpan(0, 2), out var rootNumber) && rootNumber >= 10)
        {
            // Conflict acts "against X" target X, whatever the pattern says: "threatened action against Russia".
            targets = AgainstTargets(doc, g, found.Head, actorAt, sources);
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
        if (refused || (negated && modality == Modality.Intended))
        {
            // "refused to release", "will not negotiate": a refusal, asserted.
            code = IntentCodes.Refusal(found.Pattern.Code);
            negated = false;
            modality = Modality.Asserted;
        }
        else
        {
            if (modality == Modality.Intended && modalityCue == "to" && int.TryParse(found.Pattern.Code.AsSpan(0, 2), out var purposeRoot) && purposeRoot >= 9)
            {
                // A purpose clause of an act that happened ("used tear gas to disperse the crowd",
                // "resorted to throwing stones") is part of the act, not a threat of it.
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
        if (modality == Modality.Requested && modalityCue?.ToLowerInvariant() is "must" or "should" && attribution is int a
            && doc.Attributions[a].Kind != "according_to" && !negated)
        {
            // "Chirac said Iraq must cooperate": the speaker demands it of the clause's subject.
            targets = sources;
            sources = [doc.Attributions[a].Source];
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
        if (g.BaseRelation(verb) is "xcomp" or "acl" || g[verb].Xpos is "VBG" or "VBN" or "VB")
        {
            return []; // infinitives and participles take their subject from the clause above
        }
        for (var t = verb - 1; t >= g.Sentence.Tokens.Start; t--)
        {
            var token = g[t];
            if (token.Upos is "VERB" || token.Norm is ";" or ":" || token.Upos is "SCONJ" || (token.Upos == "PRON" && g.Lemma(t) is "who" or "which" or "that"))
            {
                return [];
            }
            var m = actorAt.At(t);
            if (m >= 0 && !doc.Actors[m].IsModifier && !targets.Contains(t))
            {
                var a = doc.Actors[m];
                return [new EventActor(a.Text, a.Code, a.Span, m)];
            }
        }
        return [];
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
        scope.AddRange(g.ChildrenWith(head, "obj", "xcomp", "ccomp")); // "warned that it would take action against X"
        foreach (var t in scope)
        {
            foreach (var c in g.ChildrenWith(t, "obl", "nmod"))
            {
                if (g.CaseOf(c) == "against")
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
                    var start = Math.Min(g.Subtree(t).Min(), c);
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
                var start = g.Subtree(t).Min();
                var span = new CharSpan(doc.Tokens[start].Start, g[t].End);
                return new EventActor(doc.TextOf(span), p.Country, span, null);
            }
        }
        return null;
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
                if (RefusingGovernors.Contains(lemma) && rel is "xcomp" or "obj" or "advcl")
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
                if (ModalGovernors.TryGetValue(lemma, out var m) && (rel is "xcomp" or "obj" || (m == Modality.Alleged && rel == "ccomp")))
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
            var modal = g.ChildrenWith(v, "aux").FirstOrDefault(a => g.Lemma(a) is "must" or "should", -1);
            if (modal < 0 || g.ChildrenWith(v, "advmod").Any(a => g.Lemma(a) is "not" or "n't" or "never"))
            {
                continue;
            }
            var subject = g.FirstChild(v, "nsubj", "nsubj:pass");
            var targets = subject >= 0 ? ResolveActors(doc, g, [subject], actorAt) : [];
            var span = new CharSpan(doc.Tokens[modal].Start, doc.Tokens[v].End);
            if (targets.Count == 0 || AttributionOf(doc, g.Sentence.Index, span) is not int a || doc.Attributions[a].Kind == "according_to")
            {
                continue;
            }
            var speaker = doc.Attributions[a].Source;
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
    /// "Hamas agreed to negotiate with Russia": once the complement is coded (036 with a target), the
    /// governing verb's own targetless event (030 "agree") adds nothing.
    /// </summary>
    private static void DropGovernorsOfCodedComplements(SentenceGraph g, List<(CodedEvent Event, int Head)> events)
    {
        events.RemoveAll(governor => governor.Event.Target is null && events.Any(other =>
            other.Head != governor.Head
            && other.Event.Source.Code == governor.Event.Source.Code
            && IsComplementOf(g, other.Head, governor.Head)));
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
    /// (CAMEO 010, the speaker to no one) that it points back to.
    /// </summary>
    private List<CodedEvent> LinkReportedSpeech(Doc doc, List<(CodedEvent Event, int Head)> events)
    {
        var result = new List<CodedEvent>(events.Count + 4);
        var statementFor = new Dictionary<int, int>();
        var statementType = Ontology.Find("010");
        foreach (var (e, _) in events)
        {
            if (e.Attribution is int a && statementType is not null && doc.Attributions[a].Kind != "according_to")
            {
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
                }
                result.Add(e with { ReportedBy = statementIndex });
            }
            else
            {
                result.Add(e);
            }
        }
        return result;
    }
}
