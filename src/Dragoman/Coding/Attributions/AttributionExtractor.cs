using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Attributions;

/// <summary>
/// Finds who reports or claims what: reporting verbs with an actor subject ("TASS reported that…",
/// "…, a senior official said"), "according to X", "as per X", statements ("X said in a statement",
/// "X issued a statement…") and attributions of figures ("authorities attributed 6,500 deaths…").
/// Uses the dependency parse when present, word order otherwise.
/// </summary>
public sealed class AttributionExtractor : IDocumentStage
{
    /// <summary>The shared instance.</summary>
    public static AttributionExtractor Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "attributions";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens | Layers.Actors;

    /// <inheritdoc />
    public Layers Produces => Layers.Attributions;

    /// <summary>Lemmas of verbs that attribute content to their subject.</summary>
    internal static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "say", "report", "tell", "announce", "state", "claim", "add", "note", "confirm", "allege", "insist", "write", "quote", "conclude", "find",
        "cite", "explain", "stress", "assert", "declare", "affirm", "acknowledge", "argue", "contend", "maintain", "reiterate",
        "attribute", "estimate", "tweet", "post", "publish", "reveal", "disclose", "indicate", "suggest", "warn", "predict",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that attribute even with nothing after them ("…, officials said"); the others ("noted",
    // "revealed", "added") only when they introduce a clause.
    private static readonly FrozenSet<string> StrongReportingVerbs = new[]
    {
        "say", "report", "tell", "announce", "state", "claim", "allege", "declare", "confirm", "attribute", "estimate", "tweet", "write", "quote", "cite",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool HasReportedContent(SentenceGraph g, int verb) =>
        g.FirstChild(verb, "ccomp") >= 0 || g.BaseRelation(verb) is "parataxis" || g.ChildrenWith(verb, "obj").Any(o => StatementNouns.Contains(g.Lemma(o)));

    private static readonly FrozenSet<string> StatementNouns = new[]
    {
        "statement", "communique", "communiqué", "announcement", "report", "declaration", "press release", "release", "post", "tweet", "interview", "briefing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var attributions = ImmutableArray.CreateBuilder<Attribution>();
        var actorAt = ActorIndex.Build(doc);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind != SentenceKind.Sentence)
            {
                continue;
            }
            // Word order stands in only where there is no parse: with one, a passive "was noted"
            // is not a report, whatever the words around it.
            if (doc.Has(Layers.Parse))
            {
                FromParse(doc, sentence, actorAt, attributions);
            }
            else
            {
                FromWordOrder(doc, sentence, actorAt, attributions);
            }
        }
        return doc with { Attributions = attributions.ToImmutable(), Layers = doc.Layers | Produces };
    }

    private static void FromParse(Doc doc, Sentence sentence, ActorIndex actorAt, ImmutableArray<Attribution>.Builder output)
    {
        var g = new SentenceGraph(doc, sentence);
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
        {
            var token = doc.Tokens[t];
            var lemma = SentenceGraph.LemmaOf(token);
            if (token.Upos == "VERB" && ReportingVerbs.Contains(lemma) && !g.IsPassive(t) && (StrongReportingVerbs.Contains(lemma) || HasReportedContent(g, t)))
            {
                var subject = g.FirstChild(t, "nsubj");
                var source = subject >= 0 ? actorAt.ActorFor(g, subject) : -1;
                if (source < 0)
                {
                    continue;
                }
                var content = ContentOf(doc, g, t);
                var cueEnd = t + 1;
                // "said in a statement": the cue includes the statement phrase.
                output.Add(Make(doc, sentence, source, new TokenRange(t, cueEnd), "reporting_verb", content));
                continue;
            }
            var word = token.Norm.ToLowerInvariant();
            if (word == "according" && t + 1 < sentence.Tokens.End && doc.Tokens[t + 1].Norm.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var nominal = g.Head(t);
                var source = nominal >= 0 ? actorAt.ActorFor(g, nominal) : -1;
                if (source < 0)
                {
                    source = actorAt.FirstActorIn(new TokenRange(t + 2, Math.Min(t + 8, sentence.Tokens.End)));
                }
                if (source >= 0)
                {
                    output.Add(Make(doc, sentence, source, new TokenRange(t, t + 2), "according_to", OutsideOf(doc, sentence, g, nominal)));
                }
                continue;
            }
            if (word == "as" && t + 1 < sentence.Tokens.End && doc.Tokens[t + 1].Norm.Equals("per", StringComparison.OrdinalIgnoreCase))
            {
                var source = actorAt.FirstActorIn(new TokenRange(t + 2, Math.Min(t + 8, sentence.Tokens.End)));
                if (source >= 0)
                {
                    output.Add(Make(doc, sentence, source, new TokenRange(t, t + 2), "according_to", OutsideOf(doc, sentence, g, g.Head(t + 1))));
                }
                continue;
            }
            if (StatementNouns.Contains(lemma) && token.Upos is "NOUN")
            {
                // "X issued a statement …" / "X said in a statement": the statement's governing verb's subject.
                var verb = g.Head(t);
                if (verb < 0)
                {
                    continue;
                }
                var subject = g.FirstChild(verb, "nsubj");
                var source = subject >= 0 ? actorAt.ActorFor(g, subject) : -1;
                if (source < 0 || output.Any(a => a.Sentence == sentence.Index && a.Cue.Span.Start == doc.Tokens[verb].Start))
                {
                    continue;
                }
                output.Add(Make(doc, sentence, source, new TokenRange(t, t + 1), "statement", ContentOf(doc, g, t) ?? ContentOf(doc, g, verb)));
            }
        }
    }

    private static void FromWordOrder(Doc doc, Sentence sentence, ActorIndex actorAt, ImmutableArray<Attribution>.Builder output)
    {
        var end = sentence.Tokens.End;
        for (var t = sentence.Tokens.Start; t < end; t++)
        {
            var w = doc.Tokens[t].Norm.ToLowerInvariant();
            if ((w == "according" && t + 1 < end && doc.Tokens[t + 1].Norm.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (w == "as" && t + 1 < end && doc.Tokens[t + 1].Norm.Equals("per", StringComparison.OrdinalIgnoreCase)))
            {
                var according = actorAt.FirstActorIn(new TokenRange(t + 2, Math.Min(t + 8, end)));
                if (according >= 0)
                {
                    output.Add(Make(doc, sentence, according, new TokenRange(t, t + 2), "according_to", null));
                }
                continue;
            }
            if (!LooksLikeReportingVerb(w))
            {
                continue;
            }
            // "TASS reported", "the Wall Street Journal recently reported": an actor ending just before (adverbs allowed).
            var k = t - 1;
            while (k >= sentence.Tokens.Start && doc.Tokens[k].Norm.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && k >= t - 2)
            {
                k--;
            }
            var source = k >= sentence.Tokens.Start ? actorAt.ActorEndingAt(k) : -1;
            // "…, said the ministry": an actor just after.
            if (source < 0 && t + 1 < end)
            {
                source = actorAt.ActorStartingNear(t + 1, 2);
            }
            if (source >= 0)
            {
                output.Add(Make(doc, sentence, source, new TokenRange(t, t + 1), "reporting_verb", null));
            }
        }
    }

    private static bool LooksLikeReportingVerb(string w) => w is "said" or "says" or "reported" or "reports" or "told" or "announced" or "stated"
        or "claimed" or "claims" or "added" or "noted" or "confirmed" or "alleged" or "insisted" or "wrote" or "declared" or "attributed" or "estimated";

    /// <summary>The clause a reporting verb introduces (its ccomp), or the main clause it comments on ("…, an official said").</summary>
    private static CharSpan? ContentOf(Doc doc, SentenceGraph g, int verb)
    {
        var complement = g.FirstChild(verb, "ccomp");
        if (complement < 0)
        {
            complement = g.FirstChild(verb, "acl", "xcomp");
        }
        if (complement >= 0)
        {
            return Span(doc, g.Subtree(complement));
        }
        var rel = g.BaseRelation(verb);
        var head = g.Head(verb);
        if (rel is "parataxis" or "ccomp" or "advcl" && head >= 0)
        {
            // Everything of the head clause except the reporting clause itself.
            var exclude = new HashSet<int>(g.Subtree(verb));
            return Span(doc, g.Subtree(head).Where(t => !exclude.Contains(t)).ToList());
        }
        if (rel == "root")
        {
            // "X said on Monday": nothing else reported.
            var rest = new List<int>();
            foreach (var c in g.ChildrenWith(verb, "parataxis", "ccomp"))
            {
                rest.AddRange(g.Subtree(c));
            }
            return rest.Count > 0 ? Span(doc, rest) : null;
        }
        return null;
    }

    private static CharSpan? OutsideOf(Doc doc, Sentence sentence, SentenceGraph g, int nominal)
    {
        if (nominal < 0)
        {
            return sentence.Span;
        }
        var exclude = new HashSet<int>(g.Subtree(nominal));
        var rest = Enumerable.Range(sentence.Tokens.Start, sentence.Tokens.Length).Where(t => !exclude.Contains(t) && doc.Tokens[t].Upos != "PUNCT").ToList();
        return rest.Count > 0 ? Span(doc, rest) : null;
    }

    private static CharSpan? Span(Doc doc, List<int> tokens)
    {
        var real = tokens.Where(t => doc.Tokens[t].Upos != "PUNCT").ToList();
        if (real.Count == 0)
        {
            return null;
        }
        return new CharSpan(doc.Tokens[real.Min()].Start, doc.Tokens[real.Max()].End);
    }

    private static Attribution Make(Doc doc, Sentence sentence, int actor, TokenRange cue, string kind, CharSpan? content)
    {
        var m = doc.Actors[actor];
        var cueSpan = doc.SpanOf(cue);
        return new Attribution
        {
            Sentence = sentence.Index,
            Source = new EventActor(m.Text, m.Code, m.Span, actor),
            Cue = new Trigger(doc.TextOf(cueSpan), cueSpan),
            Kind = kind,
            Content = content,
        };
    }
}
