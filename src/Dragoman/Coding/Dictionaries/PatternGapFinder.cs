using System.Collections.Concurrent;
using System.Collections.Frozen;
using Dragoman.Coding.Discards;
using Dragoman.Coding.Events;
using Dragoman.Coding.Ontology;
using Dragoman.Documents;

namespace Dragoman.Coding.Dictionaries;

/// <summary>Why a predicate shows up as a gap in the event-pattern dictionary.</summary>
public enum PatternGapStatus
{
    /// <summary>No pattern has this head at all.</summary>
    Unknown,

    /// <summary>Patterns have this head, but none matched its dependents (a missing wording).</summary>
    Unmatched,

    /// <summary>
    /// Only a pattern without words matched (a bare head, or a head and a slot), while the predicate
    /// came with an object, particle or prepositional phrase that may call for a specific code
    /// ("conceded to the demands" coded by the bare "concede").
    /// </summary>
    Generic,
}

/// <summary>A value seen with a gap (a frame, an object lemma, a preposition, an actor code) and how often.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">Occurrences.</param>
public sealed record GapFeature(string Value, int Count);

/// <summary>
/// A verb or event noun whose participants name actors but that the event patterns do not code
/// (or code only generically), with what typically goes with it.
/// </summary>
/// <param name="Lemma">The predicate's lemma.</param>
/// <param name="Kind">Verb or noun.</param>
/// <param name="Status">Why it is a gap.</param>
/// <param name="Count">Occurrences in the corpus.</param>
/// <param name="Documents">Articles it occurs in.</param>
/// <param name="WithSource">Occurrences whose source (subject, possessor, actor adjective) is an actor.</param>
/// <param name="WithTarget">Occurrences with an actor among the objects or prepositional phrases.</param>
/// <param name="Frames">Its dependents written as a candidate pattern ("call off strike", "suspend link with $T"), most frequent first.</param>
/// <param name="Particles">Particles ("off", "out").</param>
/// <param name="Objects">Direct-object lemmas, "$T" for an actor.</param>
/// <param name="Prepositions">Prepositions of its obliques and noun modifiers.</param>
/// <param name="Governors">For nouns: the verbs that take it as their object ("launch" for "launched a crackdown").</param>
/// <param name="Sources">Source actor codes.</param>
/// <param name="Targets">Target actor codes.</param>
/// <param name="MatchedPattern">For <see cref="PatternGapStatus.Generic"/>: the pattern that matched, as "file:line pattern".</param>
/// <param name="Examples">A few sentences, each prefixed with "[SOURCE → TARGET]".</param>
public sealed record PatternGap(
    string Lemma,
    PredicateKind Kind,
    PatternGapStatus Status,
    int Count,
    int Documents,
    int WithSource,
    int WithTarget,
    IReadOnlyList<GapFeature> Frames,
    IReadOnlyList<GapFeature> Particles,
    IReadOnlyList<GapFeature> Objects,
    IReadOnlyList<GapFeature> Prepositions,
    IReadOnlyList<GapFeature> Governors,
    IReadOnlyList<GapFeature> Sources,
    IReadOnlyList<GapFeature> Targets,
    string? MatchedPattern,
    IReadOnlyList<string> Examples);

/// <summary>
/// Finds gaps in the event-pattern dictionary on a coded corpus: verbs and event nouns whose
/// subject (or possessor) and/or object resolve to actors but that no pattern matched, or that
/// only a generic pattern matched although a particle, object or prepositional phrase says more.
/// Each gap comes with its typical dependents, written as candidate patterns, and example
/// sentences: what a dictionary maintainer needs to add the missing patterns.
/// </summary>
public sealed class PatternGapFinder
{
    // Verbs that are not events whatever their arguments, or that other layers cover (speech is an attribution).
    private static readonly FrozenSet<string> IgnoredVerbs = new[]
    {
        "be", "say", "add", "seem", "become", "appear", "remain", "tell", "think", "believe", "know", "feel", "mean",
        "describe", "write", "note", "explain", "insist", "argue", "suggest", "report", "quote",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Prepositions of place and time: "in London", "after the election" say where and when, not to whom.
    private static readonly FrozenSet<string> CircumstantialPrepositions = new[]
    {
        "in", "at", "during", "after", "before", "since", "until", "till", "within", "near", "inside", "throughout", "across",
        "like", "as", "than", "despite", "because of", "due to", "ahead of", "by", "amid", "amongst", "among", "around", "about",
        "according to", "until", "upon", "via", "per", "including", "outside", "into", "onto", "out of",
    }.ToFrozenSet(StringComparer.Ordinal);

    private sealed class Tally
    {
        public int Count;
        public int WithSource;
        public int WithTarget;
        public string? Matched;
        public readonly HashSet<string> Docs = [];
        public readonly Dictionary<string, int> Frames = [];
        public readonly Dictionary<string, int> Particles = [];
        public readonly Dictionary<string, int> Objects = [];
        public readonly Dictionary<string, int> Prepositions = [];
        public readonly Dictionary<string, int> Governors = [];
        public readonly Dictionary<string, int> Sources = [];
        public readonly Dictionary<string, int> Targets = [];
        public readonly List<string> Examples = [];
    }

    private readonly EventCoder coder;
    private readonly FrozenDictionary<string, EventPattern> byLocation;
    private readonly ConcurrentDictionary<(string Lemma, PredicateKind Kind, PatternGapStatus Status, string? Matched), Tally> tallies = new();

    /// <summary>A finder for gaps in <paramref name="patterns"/>.</summary>
    /// <param name="patterns">The event patterns the corpus was coded with.</param>
    /// <param name="ontology">The CAMEO ontology.</param>
    /// <param name="discards">Sentence discards: sentences the coder skips are skipped here too; null for none.</param>
    public PatternGapFinder(EventPatternDictionary patterns, CameoOntology ontology, DiscardDictionary? discards = null)
    {
        coder = new EventCoder(patterns, ontology) { SentenceDiscards = discards };
        byLocation = patterns.Patterns.GroupBy(p => p.Location, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Adds one coded document (actors and events done). Thread-safe.</summary>
    public void Add(Doc doc)
    {
        if (doc.Discard is not null || !doc.Has(Layers.Parse | Layers.Actors))
        {
            return; // sport and entertainment stories are not coded at all
        }
        var actorAt = ActorIndex.Build(doc);
        var (triggered, eventHeads) = TriggerTokens(doc);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind != SentenceKind.Sentence || coder.HasSentenceDiscard(doc, sentence))
            {
                continue;
            }
            var g = new SentenceGraph(doc, sentence);
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                var kind = doc.Tokens[t].Upos switch
                {
                    "VERB" => PredicateKind.Verb,
                    "NOUN" => PredicateKind.Noun,
                    _ => (PredicateKind?)null,
                };
                if (kind is not { } k || actorAt.At(t) >= 0 || (k == PredicateKind.Verb && IgnoredVerbs.Contains(g.Lemma(t))))
                {
                    continue;
                }
                if (k == PredicateKind.Noun && actorAt.ActorFor(g, t) is var named && named >= 0
                    && g.ChildrenWith(t, "nmod").Any(c => g.CaseOf(c) == "of" && actorAt.At(c) == named))
                {
                    continue; // "leaders of Hamas", "members of the group": the noun names the actor
                }
                if (eventHeads.TryGetValue(t, out var pattern))
                {
                    if (!pattern.Elements.Any(e => e is WordElement))
                    {
                        Observe(doc, g, t, k, PatternGapStatus.Generic, pattern, actorAt);
                    }
                    continue;
                }
                if (triggered.Contains(t))
                {
                    continue; // a word of another predicate's pattern ("attack" in "launched an attack")
                }
                var best = coder.BestPattern(doc, g, t, k, actorAt, out var knownHead);
                if (best is null)
                {
                    Observe(doc, g, t, k, knownHead ? PatternGapStatus.Unmatched : PatternGapStatus.Unknown, null, actorAt);
                }
                else if (!best.Elements.Any(e => e is WordElement))
                {
                    // Matched, yet no event came out (no source actor, or a bare statement): a gap only when it is generic.
                    Observe(doc, g, t, k, PatternGapStatus.Generic, best, actorAt);
                }
            }
        }
    }

    /// <summary>Gaps seen at least <paramref name="minimumCount"/> times, most frequent first.</summary>
    public IReadOnlyList<PatternGap> Gaps(int minimumCount = 2) =>
        [.. tallies
            .Where(kv => kv.Value.Count >= minimumCount)
            .Select(kv => ToGap(kv.Key.Lemma, kv.Key.Kind, kv.Key.Status, kv.Value))
            .OrderByDescending(gap => gap.Count)
            .ThenByDescending(gap => gap.WithTarget)
            .ThenBy(gap => gap.Lemma, StringComparer.Ordinal)
            .ThenBy(gap => gap.Status)];

    /// <summary>Tokens that are words of coded events' triggers, and the head of each event with its pattern.</summary>
    private (HashSet<int> Triggered, Dictionary<int, EventPattern> Heads) TriggerTokens(Doc doc)
    {
        var triggered = new HashSet<int>();
        var heads = new Dictionary<int, EventPattern>();
        foreach (var e in doc.Events)
        {
            if (e.Pattern is null || !byLocation.TryGetValue(e.Pattern, out var pattern))
            {
                continue;
            }
            var sentence = doc.Sentences[e.Sentence];
            var words = e.Trigger.Text.Split(' ');
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                var token = doc.Tokens[t];
                if (!e.Trigger.Span.Contains(token.Span) || !words.Contains(token.Text))
                {
                    continue;
                }
                triggered.Add(t);
                var lemma = SentenceGraph.LemmaOf(token);
                var norm = token.Norm.ToLowerInvariant();
                if (pattern.Heads.Any(h => h == lemma || h == norm || norm.StartsWith(h, StringComparison.Ordinal)) && !heads.ContainsKey(t))
                {
                    heads[t] = pattern;
                }
            }
        }
        return (triggered, heads);
    }

    private void Observe(Doc doc, SentenceGraph g, int head, PredicateKind kind, PatternGapStatus status, EventPattern? matched, ActorIndex actorAt)
    {
        var sources = new List<string>();
        var targets = new List<string>();
        var frame = new List<string> { g.Lemma(head) };
        var particles = new List<string>();
        var objects = new List<string>();
        var prepositions = new List<string>();
        string? governor = null;
        var specific = false; // a dependent that a more specific pattern could name

        // A prepositional dependent ("with Iran", "on the ballot") as a frame element; circumstances
        // ("in May", "on Monday") only when an actor stands there.
        void AddPrepositional(int c)
        {
            var preposition = g.CaseOf(c);
            if (preposition.Length == 0 || (CircumstantialPrepositions.Contains(preposition) && !IsActor(doc, g, c, actorAt)))
            {
                return;
            }
            var (text, actor) = Describe(doc, g, c, actorAt, targets);
            prepositions.Add(preposition);
            frame.Add(preposition + " " + text);
            specific |= !actor;
        }
        if (kind == PredicateKind.Verb)
        {
            AddActors(doc, g, EventCoder.VerbSubjects(g, head, actorAt), actorAt, sources);
            foreach (var c in g.Children(head))
            {
                var rel = g.Relation(c);
                var baseRel = g.BaseRelation(c);
                if (rel == "compound:prt")
                {
                    particles.Add(g.Lemma(c));
                    frame.Add(g.Lemma(c));
                    specific = true;
                }
                else if (baseRel is "obj" or "iobj" || rel == "nsubj:pass")
                {
                    var (text, actor) = Describe(doc, g, c, actorAt, targets);
                    objects.Add(text);
                    frame.Add(text);
                    specific |= !actor || text.Contains(' ', StringComparison.Ordinal);
                    // "suspended links with Britain", "a warm welcome to the president": the object's own phrases.
                    foreach (var m in g.ChildrenWith(c, "nmod"))
                    {
                        var preposition = g.CaseOf(m);
                        if (g.Relation(m) != "nmod:poss" && preposition.Length > 0 && preposition != "of"
                            && (!CircumstantialPrepositions.Contains(preposition) || IsActor(doc, g, m, actorAt)))
                        {
                            frame.Add(preposition + " " + Describe(doc, g, m, actorAt, targets).Text);
                        }
                    }
                }
                else if (baseRel == "xcomp" && g[c].Upos == "VERB")
                {
                    frame.Add(g.Lemma(c)); // "forced the refugees out", "urged X to withdraw": the complement verb
                }
            }
            foreach (var c in g.ChildrenWith(head, "obl"))
            {
                if (g.Relation(c) is not ("obl:tmod" or "obl:npmod" or "obl:agent"))
                {
                    AddPrepositional(c);
                }
            }
        }
        else
        {
            AddActors(doc, g, EventCoder.NounSources(g, head, [], actorAt), actorAt, sources);
            foreach (var c in g.ChildrenWith(head, "nmod"))
            {
                if (g.Relation(c) != "nmod:poss")
                {
                    AddPrepositional(c);
                }
            }
            var up = g.Head(head);
            if (up >= 0 && g.BaseRelation(head) == "obj" && g[up].Upos == "VERB")
            {
                governor = g.Lemma(up);
                if (!EventCoder.SupportVerbs.Contains(governor))
                {
                    return; // "suspended links with X": the verb's gap, whose frame holds the noun's phrases
                }
            }
            if (sources.Count > 0 && targets.Count == 0 && governor is null)
            {
                return; // "Labour's plans": an actor's noun, not an event it takes part in
            }
            // A noun no pattern knows is an event only by its company: an actor that launches, mounts,
            // holds it ("launched a crackdown"), or an actor it is on, against, with ("a crackdown on X").
            var supported = governor is not null && EventCoder.SupportVerbs.Contains(governor) && sources.Count > 0;
            var directed = g.ChildrenWith(head, "nmod").Any(c => g.CaseOf(c) is var p && p.Length > 0 && p != "of"
                && !CircumstantialPrepositions.Contains(p) && IsActor(doc, g, c, actorAt));
            if (status == PatternGapStatus.Unknown && !supported && !directed)
            {
                return;
            }
        }
        if (sources.Count == 0 && targets.Count == 0)
        {
            return;
        }
        if (kind == PredicateKind.Verb && targets.Count == 0 && frame.Count == 1)
        {
            return; // an actor that does something, with nothing to say what: too little to write a pattern from
        }
        if (status == PatternGapStatus.Generic && !specific)
        {
            return;
        }
        var key = (g.Lemma(head), kind, status, matched is null ? null : $"{matched.Location} {matched.Text}");
        var tally = tallies.GetOrAdd(key, _ => new Tally());
        var context = doc.TextOf(g.Sentence.Span);
        var example = $"[{(sources.Count == 0 ? "-" : string.Join(',', sources.Distinct()))} → {(targets.Count == 0 ? "-" : string.Join(',', targets.Distinct()))}] {context}";
        var frameText = string.Join(' ', frame);
        lock (tally)
        {
            tally.Count++;
            tally.Matched = key.Item4;
            tally.Docs.Add(doc.Article.Id);
            if (sources.Count > 0)
            {
                tally.WithSource++;
            }
            if (targets.Count > 0)
            {
                tally.WithTarget++;
            }
            Increment(tally.Frames, frameText);
            particles.ForEach(p => Increment(tally.Particles, p));
            objects.ForEach(o => Increment(tally.Objects, o));
            prepositions.ForEach(p => Increment(tally.Prepositions, p));
            if (governor is not null)
            {
                Increment(tally.Governors, governor);
            }
            sources.Distinct().ToList().ForEach(s => Increment(tally.Sources, s));
            targets.Distinct().ToList().ForEach(s => Increment(tally.Targets, s));
            if (tally.Examples.Count < 3 && !tally.Examples.Any(e => e.EndsWith(context, StringComparison.Ordinal)))
            {
                tally.Examples.Add(example);
            }
        }
    }

    /// <summary>
    /// A dependent in pattern notation: "$T" for an actor ("Iran"), "$T lemma" for a noun phrase
    /// an actor is inside of ("Iran's proposal" → "$T proposal"), else its lemma. Actor codes go to <paramref name="targets"/>.
    /// </summary>
    private static (string Text, bool Actor) Describe(Doc doc, SentenceGraph g, int t, ActorIndex actorAt, List<string> targets)
    {
        var before = targets.Count;
        AddActors(doc, g, [t], actorAt, targets);
        if (targets.Count == before)
        {
            return (g.Lemma(t), false);
        }
        var direct = actorAt.At(t);
        return direct >= 0 && !doc.Actors[direct].IsModifier ? ("$T", true) : ("$T " + g.Lemma(t), true);
    }

    private static bool IsActor(Doc doc, SentenceGraph g, int t, ActorIndex actorAt) =>
        actorAt.ActorFor(g, t) >= 0 || EventCoder.PlaceActor(doc, g, t) is not null;

    private static void AddActors(Doc doc, SentenceGraph g, List<int> tokens, ActorIndex actorAt, List<string> codes)
    {
        foreach (var t in tokens)
        {
            foreach (var c in g.WithConjuncts(t))
            {
                var m = actorAt.ActorFor(g, c);
                if (m >= 0)
                {
                    codes.Add(doc.Actors[m].Code);
                }
                else if (EventCoder.PlaceActor(doc, g, c) is { } place)
                {
                    codes.Add(place.Code);
                }
            }
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static PatternGap ToGap(string lemma, PredicateKind kind, PatternGapStatus status, Tally t)
    {
        static IReadOnlyList<GapFeature> Top(Dictionary<string, int> counts, int n) =>
            [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => new GapFeature(kv.Key, kv.Value))];
        return new PatternGap(lemma, kind, status, t.Count, t.Docs.Count, t.WithSource, t.WithTarget,
            Top(t.Frames, 8), Top(t.Particles, 5), Top(t.Objects, 8), Top(t.Prepositions, 6), Top(t.Governors, 5),
            Top(t.Sources, 5), Top(t.Targets, 5), t.Matched, [.. t.Examples]);
    }
}
