using System.Collections.Immutable;
using Dragoman.Coding.Dictionaries.Petrarch;
using Dragoman.Coding.Events;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Actors;

/// <summary>
/// Codes noun phrases with PETRARCH actor and agent dictionaries, as PETRARCH does: in each noun
/// phrase (see <see cref="NounPhraseChunker"/>) the first actor phrase found from the left gives
/// the base code (dated codes chosen by the article's date), and every agent phrase elsewhere in
/// the noun phrase adds its code after (<c>~GOV</c>) or before (<c>NGO~</c>) it, unless that code
/// is already part of it: "Dagolath's first Deputy Prime Minister Telemar" → DAG + GOV. A noun
/// phrase with agents but no actor is coded "---" plus the agents ("---GOV"). Each conjunct of a
/// coordination is coded on its own, with the shared words ("lawmakers in Fornost and Gondor" →
/// FORLEG, GONLEG). Mentions cover their conjunct's words, from the first to the last.
/// </summary>
public sealed class PetrarchActorRecognizer(PetrarchLexicon lexicon) : IDocumentStage
{
    /// <summary>The dictionaries in use.</summary>
    public PetrarchLexicon Lexicon { get; } = lexicon;

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens;

    /// <inheritdoc />
    public Layers Produces => Layers.Actors | Layers.Places;

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        if (!doc.Has(Layers.Parse))
        {
            return doc with { Layers = doc.Layers | Produces };
        }
        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var words = new List<string>(16);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Tokens.Length == 0)
            {
                continue;
            }
            var g = new SentenceGraph(doc, sentence);
            var (chunks, _) = NounPhraseChunker.Chunk(g);
            foreach (var chunk in chunks)
            {
                foreach (var expansion in chunk.Expansions)
                {
                    words.Clear();
                    foreach (var t in expansion)
                    {
                        if (IsWord(doc.Tokens[t]))
                        {
                            // A token written with underscores ("Dol_Amroth") is read as the words it joins.
                            foreach (var part in UpperWord(doc.Tokens[t]).Split('_', StringSplitOptions.RemoveEmptyEntries))
                            {
                                words.Add(part);
                            }
                        }
                    }
                    var coded = Code(words, doc.Article.Date);
                    if (coded is null)
                    {
                        continue;
                    }
                    var range = new TokenRange(expansion[0], expansion[^1] + 1);
                    var span = doc.SpanOf(range);
                    mentions.Add(new ActorMention
                    {
                        Sentence = sentence.Index,
                        Tokens = range,
                        Span = span,
                        Text = doc.TextOf(span),
                        Code = coded.Value.Code,
                        Name = coded.Value.Name,
                        Type = TypeOf(coded.Value.Code, coded.Value.HasAgent),
                        Role = coded.Value.Role,
                    });
                }
            }
        }
        return doc with { Actors = mentions.ToImmutable(), Layers = doc.Layers | Produces };
    }

    /// <summary>
    /// PETRARCH dictionaries do not type their actors; the code says enough: a bare three-letter code
    /// is a state, IGO/NGO/MNC codes are organisations, an agent makes the phrase an agent.
    /// </summary>
    private static ActorType TypeOf(string code, bool hasAgent)
    {
        if (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("MNC", StringComparison.Ordinal))
        {
            return ActorType.Organization;
        }
        if (hasAgent)
        {
            return ActorType.Agent;
        }
        return code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? ActorType.Country : ActorType.Unknown;
    }

    /// <summary>A token takes part in phrase matching unless it is punctuation or a possessive marker.</summary>
    internal static bool IsWord(Token t) => t.Upos != "PUNCT" && t.Xpos != "POS" && t.Norm is not ("'s" or "'" or "’s");

    /// <summary>The word as dictionaries write it: upper case, invariant culture.</summary>
    internal static string UpperWord(Token t) => t.Norm.ToUpperInvariant();

    /// <summary>
    /// The PETRARCH code of a noun phrase's words: the first actor plus every agent not already in
    /// the code; null when the words hold neither an actor nor an agent (or the actor codes nothing then).
    /// </summary>
    public (string Code, string Name, bool HasActor, bool HasAgent, string? Role)? Code(IReadOnlyList<string> words, DateOnly? date)
    {
        var actor = Lexicon.FirstActor(words);
        var agents = new List<(PetrarchAgent Agent, int Start, int Length)>();
        for (var k = 0; k < words.Count; k++)
        {
            if (actor is { } a && k >= a.Start && k < a.Start + a.Length)
            {
                continue; // the actor's own words are not agents
            }
            // Every position is tried, so overlapping agents all count ("main opposition group": MOP and OPP).
            if (Lexicon.AgentAt(words, k) is { } found)
            {
                agents.Add((found.Agent, k, found.Length));
            }
        }
        var actorCode = actor?.Actor.CodeOn(date);
        var name = actor is { } first ? string.Join(' ', first.Actor.Phrases[0].Words) : null;
        if (agents.Count == 0)
        {
            return actorCode is null ? null : (actorCode, name!, true, false, null);
        }
        var code = actorCode ?? "---";
        foreach (var (agent, _, _) in agents)
        {
            if (ContainsAligned(code, agent.Code))
            {
                continue; // the code already says it ("USAGOV" + GOV)
            }
            code = agent.Prefix ? agent.Code + code : code + agent.Code;
        }
        var role = string.Join("; ", agents.Select(a => string.Join(' ', words.Skip(a.Start).Take(a.Length))).Distinct());
        return (code, name ?? string.Join(' ', agents[0].Agent.Phrase.Words), actorCode is not null, true, role);
    }

    /// <summary>True when <paramref name="part"/> occurs in <paramref name="code"/> at a multiple of three (CAMEO codes are built of three-letter parts).</summary>
    private static bool ContainsAligned(string code, string part)
    {
        for (var k = 0; k + part.Length <= code.Length; k += 3)
        {
            if (string.CompareOrdinal(code, k, part, 0, part.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
