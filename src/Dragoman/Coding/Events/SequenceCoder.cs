using System.Collections.Immutable;
using Dragoman.Coding.Actors;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Dictionaries.Petrarch;
using Dragoman.Coding.Ontology;
using Dragoman.Documents;

namespace Dragoman.Coding.Events;

/// <summary>
/// Codes events with word-sequence verb patterns (PETRARCH and TABARI dictionaries) on the
/// dependency parse, following PETRARCH's rules:
/// <list type="bullet">
/// <item>verbs are found by their written forms; once a verb codes, the verbs inside its clause
/// (its dependency subtree after it) and the later verbs before the next comma are not coded
/// again;</item>
/// <item>the words after the verb are its clause's words after it; the words before it run back to
/// the sentence start or the nearest comma; noun phrases come from <see cref="NounPhraseChunker"/>
/// and carry the codes of the actor mentions found in them;</item>
/// <item>a pattern fixes the code and may name the source (<c>$</c>), target (<c>+</c>) or a
/// compound (<c>%</c>); otherwise the target is the first coded (or compound) noun phrase after the
/// verb and the source the first coded noun phrase before it, in text order, with a different code;</item>
/// <item>a passive verb with a "by" phrase swaps source and target; a paired code ("032:033") adds
/// the reciprocal event; compounds give one event per actor pair; events with an uncoded side are
/// dropped unless <see cref="SequenceCodingOptions.RequireDyad"/> is off;</item>
/// <item>short comma-delimited clauses are removed first, and sentences holding a discard phrase
/// are not coded (a story-level discard stops the whole document).</item>
/// </list>
/// </summary>
internal sealed class SequenceCoder(EventPatternDictionary patterns, CameoOntology ontology, SequenceCodingOptions options, PetrarchLexicon? discards)
{
    private readonly VerbLexicon lexicon = patterns.SurfaceVerbs ?? throw new ArgumentException("the dictionary has no written verb forms", nameof(patterns));
    private readonly CameoOntology ontology = ontology;
    private readonly SequenceCodingOptions options = options;

    private sealed record Bound(int Source, int Target);

    /// <summary>The document's events.</summary>
    public ImmutableArray<CodedEvent> Code(Doc doc)
    {
        var discarded = new bool[doc.Sentences.Length];
        if (discards is { Discards.Length: > 0 })
        {
            foreach (var sentence in doc.Sentences)
            {
                var found = Discard(doc, sentence);
                if (found is { WholeStory: true })
                {
                    return [];
                }
                discarded[sentence.Index] = found is not null;
            }
        }
        var actorsBySentence = doc.Actors.Select((a, i) => (a, i)).ToLookup(x => x.a.Sentence, x => x.i);
        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Kind != SentenceKind.Sentence || sentence.Tokens.Length == 0 || discarded[sentence.Index])
            {
                continue;
            }
            new SentenceCoding(this, doc, sentence, actorsBySentence[sentence.Index]).Run(events);
        }
        return events.ToImmutable();
    }

    private PetrarchDiscard? Discard(Doc doc, Sentence sentence)
    {
        var words = new List<string>(sentence.Tokens.Length);
        foreach (var t in doc.TokensOf(sentence.Index))
        {
            words.Add(t.Norm.ToUpperInvariant());
        }
        return discards!.FindDiscard(words);
    }

    /// <summary>The coding of one sentence: its noun phrases, removed clauses and verbs.</summary>
    private sealed class SentenceCoding
    {
        private readonly SequenceCoder coder;
        private readonly Doc doc;
        private readonly SentenceGraph g;
        private readonly int first;
        private readonly int count;
        private readonly string[] words;
        private readonly HashSet<string> sentenceWords;
        private readonly List<NounChunk> chunks;
        private readonly int[] chunkOf;
        private readonly string?[][] codes;
        private readonly int?[][] mentionOf;
        private readonly bool[] deleted;
        private readonly bool[] hidden;

        public SentenceCoding(SequenceCoder coder, Doc doc, Sentence sentence, IEnumerable<int> mentions)
        {
            this.coder = coder;
            this.doc = doc;
            g = new SentenceGraph(doc, sentence);
            first = sentence.Tokens.Start;
            count = sentence.Tokens.Length;
            words = new string[count];
            for (var i = 0; i < count; i++)
            {
                words[i] = doc.Tokens[first + i].Norm.ToUpperInvariant();
            }
            sentenceWords = new HashSet<string>(words, StringComparer.Ordinal);
            (chunks, chunkOf) = NounPhraseChunker.Chunk(g);
            (codes, mentionOf) = AssignCodes(mentions);
            hidden = HiddenVerbs();
            deleted = CommaClauses();
        }

        /// <summary>Each conjunct's code, from the mention covering exactly its words (or, failing that, any mention inside the phrase).</summary>
        private (string?[][] Codes, int?[][] Mentions) AssignCodes(IEnumerable<int> mentions)
        {
            var codeTable = chunks.Select(c => new string?[c.Expansions.Count]).ToArray();
            var mentionTable = chunks.Select(c => new int?[c.Expansions.Count]).ToArray();
            foreach (var m in mentions)
            {
                var mention = doc.Actors[m];
                var start = mention.Tokens.Start - first;
                if (start < 0 || start >= count)
                {
                    continue;
                }
                var c = chunkOf[start];
                if (c < 0 && mention.Tokens.End - 1 - first < count)
                {
                    c = chunkOf[mention.Tokens.End - 1 - first];
                }
                if (c < 0)
                {
                    continue;
                }
                var chunk = chunks[c];
                var e = chunk.Expansions.FindIndex(x => x[0] == mention.Tokens.Start && x[^1] == mention.Tokens.End - 1);
                if (e < 0)
                {
                    e = Array.IndexOf(codeTable[c], null);
                }
                if (e >= 0 && codeTable[c][e] is null)
                {
                    codeTable[c][e] = mention.Code;
                    mentionTable[c][e] = m;
                }
            }
            return (codeTable, mentionTable);
        }

        /// <summary>Verbs PETRARCH never sees: inside noun phrases and relative clauses (which its reader turns into plain words).</summary>
        private bool[] HiddenVerbs()
        {
            var result = new bool[count];
            for (var i = 0; i < count; i++)
            {
                if (chunkOf[i] >= 0)
                {
                    result[i] = true;
                }
                if (g.Relation(first + i) == "acl:relcl" && HasRelativizer(first + i))
                {
                    foreach (var t in g.Subtree(first + i))
                    {
                        result[t - first] = true;
                    }
                }
            }
            return result;
        }

        // "who", "which", "that", "where": a relative clause proper (a Penn SBAR), not a misattached main clause.
        private bool HasRelativizer(int clause) =>
            g.Children(clause).Any(c => doc.Tokens[c].Xpos is "WDT" or "WP" or "WP$" or "WRB" || (g.Lemma(c) is "that" or "which" or "who" or "whom" or "whose" or "where"))
            || g.Children(clause).Any(c => g.Children(c).Any(d => doc.Tokens[d].Xpos is "WDT" or "WP" or "WP$"));

        private bool IsClauseComma(int i) => words[i] == "," && chunkOf[i] < 0;

        /// <summary>Counts words (tokens starting with a letter) strictly between two positions.</summary>
        private int WordsBetween(int from, int to, bool[] removed)
        {
            var n = 0;
            for (var i = from + 1; i < to; i++)
            {
                if (!removed[i] && words[i].Length > 0 && char.IsLetter(words[i][0]))
                {
                    n++;
                }
            }
            return n;
        }

        /// <summary>
        /// PETRARCH's comma-clause elimination: a short clause before the first comma, after the last
        /// one or between two commas is removed, except words of a noun phrase that reaches outside it.
        /// </summary>
        private bool[] CommaClauses()
        {
            var removed = new bool[count];
            var options = coder.options;
            var commas = Enumerable.Range(0, count).Where(IsClauseComma).ToList();
            if (commas.Count == 0)
            {
                return removed;
            }
            var end = count - 1; // the final punctuation (or word) stays
            if (options.CommaBMax != 0)
            {
                var n = WordsBetween(-1, commas[0], removed);
                if (n >= options.CommaBMin && n <= options.CommaBMax)
                {
                    Remove(removed, 0, commas[0]);
                }
            }
            if (options.CommaEMax != 0)
            {
                var last = commas[^1];
                var n = WordsBetween(last, count, removed);
                if (n >= options.CommaEMin && n <= options.CommaEMax)
                {
                    Remove(removed, last + 1, end);
                }
            }
            if (options.CommaMax != 0)
            {
                for (var k = 0; k + 1 < commas.Count; k++)
                {
                    var n = WordsBetween(commas[k], commas[k + 1], removed);
                    if (n >= options.CommaMin && n <= options.CommaMax)
                    {
                        Remove(removed, commas[k], commas[k + 1]);
                    }
                }
            }
            // A comma left with no words before it (or after it, at the end) goes too.
            var remaining = commas.Where(c => !removed[c]).ToList();
            if (remaining.Count > 0 && WordsBetween(-1, remaining[0], removed) == 0)
            {
                removed[remaining[0]] = true;
                remaining.RemoveAt(0);
            }
            if (remaining.Count > 0 && WordsBetween(remaining[^1], end, removed) == 0)
            {
                removed[remaining[^1]] = true;
            }
            return removed;
        }

        /// <summary>Removes positions [from, to), keeping the words of noun phrases that extend outside.</summary>
        private void Remove(bool[] removed, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var c = chunkOf[i];
                if (c >= 0 && (chunks[c].First - first < from || chunks[c].Last - first >= to))
                {
                    continue;
                }
                removed[i] = true;
            }
        }

        public void Run(ImmutableArray<CodedEvent>.Builder output)
        {
            var blocked = new bool[count];
            var sentenceEvents = new List<(string Source, string Target, string Code, CodedEvent Event)>();
            for (var i = 0; i < count; i++)
            {
                if (deleted[i] || blocked[i] || hidden[i] || !IsVerbCandidate(doc.Tokens[first + i]))
                {
                    continue;
                }
                var (form, verbStart, verbEnd) = FindForm(i);
                if (form is null)
                {
                    continue;
                }
                var block = coder.lexicon.Blocks[form.Block];
                var lower = LowerSpan(i, verbStart, verbEnd);
                var upper = UpperSpan(i, verbStart);
                var upperFromVerb = new List<int>(upper);
                upperFromVerb.Reverse();
                EventPattern? matched = null;
                Bound? bound = null;
                foreach (var pattern in block.Patterns)
                {
                    if (pattern.Sequence is { } sequence && HasWords(sequence) && TryMatch(sequence, upperFromVerb, lower, out var b))
                    {
                        matched = pattern;
                        bound = b;
                        break;
                    }
                }
                // A pattern coded "---" falls back to the verb's own code, as in PETRARCH.
                var (code, reciprocal) = matched is { } m && (m.Code != "---" || m.ReciprocalCode is not null)
                    ? (m.Code == "---" ? null : m.Code, m.ReciprocalCode)
                    : (form.Code, form.ReciprocalCode);
                if (code is null && reciprocal is null)
                {
                    continue; // the verb codes nothing here: look further
                }
                // The verb has coded: the verbs of its clause are not coded on their own.
                foreach (var t in lower)
                {
                    blocked[t] = true;
                }
                for (var t = verbStart; t <= verbEnd; t++)
                {
                    blocked[t] = true;
                }
                BlockRestOfPhrase(i, verbEnd, blocked);
                Emit(i, verbStart, verbEnd, upper, lower, bound ?? new Bound(-1, -1), code, reciprocal, matched, form, sentenceEvents);
            }
            if (coder.options.RequireDyad)
            {
                sentenceEvents.RemoveAll(e => e.Source == "---" || e.Target == "---");
            }
            var seen = new HashSet<(string, string, string)>();
            foreach (var e in sentenceEvents)
            {
                if (seen.Add((e.Source, e.Target, e.Code)))
                {
                    output.Add(e.Event);
                }
            }
        }

        /// <summary>
        /// PETRARCH skips to the end of a coded verb's phrase, which runs on to the next comma unless
        /// the clause ends: later verbs before that comma are blocked too, except the verbs the coded
        /// one depends on and their coordinated verbs ("… restored ties and promised aid"). This keeps
        /// a parser's misattached subordinate clause ("after crowds burned its embassy") from coding.
        /// </summary>
        private void BlockRestOfPhrase(int verb, int verbEnd, bool[] blocked)
        {
            var governors = new HashSet<int>();
            for (var h = g.Head(first + verb); h >= 0; h = g.Head(h))
            {
                governors.Add(h);
            }
            governors.Add(first + verb);
            for (var k = verbEnd + 1; k < count; k++)
            {
                if (!deleted[k] && IsClauseComma(k))
                {
                    break;
                }
                var t = first + k;
                if (governors.Contains(t) || (g.BaseRelation(t) == "conj" && g.Head(t) >= 0 && governors.Contains(g.Head(t)) && IsCoordinated(g.Head(t), t)))
                {
                    continue;
                }
                blocked[k] = true;
            }
        }

        /// <summary>A word tagged as a verb heads a verb phrase: Penn VB* when the parse has Penn tags (modals do not), else UD VERB or AUX.</summary>
        private static bool IsVerbCandidate(Token t) =>
            t.Xpos is { Length: > 0 } x ? x.StartsWith("VB", StringComparison.Ordinal) : t.Upos is "VERB" or "AUX";

        /// <summary>The position <paramref name="steps"/> words away from <paramref name="i"/>, skipping removed words.</summary>
        private int Step(int i, int direction, int steps)
        {
            var k = i;
            for (var s = 0; s < steps; s++)
            {
                k += direction;
                while (k >= 0 && k < count && deleted[k])
                {
                    k += direction;
                }
            }
            return Math.Clamp(k, 0, count - 1);
        }

        /// <summary>
        /// The verb form at the tagged verb <paramref name="i"/> and the span of its words: a form whose
        /// verb word it is, longest first, or else a multi-word form holding it as another word (parsers
        /// often tag "WIRE" rather than "TAP" in "wire tap" as the verb).
        /// </summary>
        private (VerbForm? Form, int Start, int End) FindForm(int i)
        {
            foreach (var f in coder.lexicon.Lookup(words[i]))
            {
                if (FormFitsAt(f, i, f.Before.Length, out var start, out var end))
                {
                    return (f, start, end);
                }
            }
            foreach (var (f, position) in coder.lexicon.LookupWithin(words[i]))
            {
                if (FormFitsAt(f, i, position, out var start, out var end))
                {
                    return (f, start, end);
                }
            }
            return (null, i, i);
        }

        /// <summary>True when a form's words stand in a row with word <paramref name="position"/> of the form at token <paramref name="i"/>.</summary>
        private bool FormFitsAt(VerbForm form, int i, int position, out int start, out int end)
        {
            var all = form.Before.Add(form.Verb).AddRange(form.After);
            start = end = i;
            var k = i;
            for (var b = position - 1; b >= 0; b--)
            {
                k = Next(k, -1);
                if (k < 0 || words[k] != all[b])
                {
                    return false;
                }
                start = k;
            }
            k = i;
            for (var a = position + 1; a < all.Length; a++)
            {
                k = Next(k, +1);
                if (k < 0 || words[k] != all[a])
                {
                    return false;
                }
                end = k;
            }
            return true;
        }

        private int Next(int k, int direction)
        {
            do
            {
                k += direction;
            }
            while (k >= 0 && k < count && deleted[k]);
            return k >= 0 && k < count ? k : -1;
        }

        /// <summary>
        /// The verb's clause after it: the verb's subtree (or, for an auxiliary or copula, its head's)
        /// after the verb's last word, without coordinated verbs and their subtrees.
        /// </summary>
        private List<int> LowerSpan(int verb, int verbStart, int verbEnd)
        {
            var t = first + verb;
            var root = g.Relation(t) is "aux" or "aux:pass" or "cop" && g.Head(t) >= 0 ? g.Head(t) : t;
            // A multi-word verb's words belong to one clause, however the parser linked them ("wire" + conj "tap").
            bool InVerb(int x) => x - first >= verbStart && x - first <= verbEnd;
            var result = new List<int>();
            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var x = stack.Pop();
                if (x - first > verbEnd && !deleted[x - first] && doc.Tokens[x].Xpos != "POS")
                {
                    result.Add(x - first);
                }
                foreach (var c in g.ChildSpan(x))
                {
                    if (x == root && g.BaseRelation(c) == "conj" && g.IsVerbal(c) && !InVerb(c) && IsCoordinated(root, c))
                    {
                        continue; // "condemned … and promised …": the second verb is a clause of its own
                    }
                    if (x == root && g.BaseRelation(c) == "cc" && g.ChildrenWith(root, "conj").Any(k => k > c && g.IsVerbal(k)))
                    {
                        continue;
                    }
                    if (IsSeparateClause(c, verbEnd))
                    {
                        continue; // ", a senior official said": a clause of its own after a comma, whatever it hangs on
                    }
                    stack.Push(c);
                }
            }
            result.Sort();
            return result;
        }

        /// <summary>
        /// A conjunct verb joined by "and"/"or" or a comma is a clause of its own; one joined by nothing
        /// is a parser's slip (a subordinate clause read as a conjunct) and stays in the clause.
        /// </summary>
        private bool IsCoordinated(int root, int conj)
        {
            if (g.FirstChild(conj, "cc") >= 0)
            {
                return true;
            }
            for (var k = root + 1; k < conj; k++)
            {
                if (g[k].Upos == "CCONJ" || g[k].Xpos == "CC" || (words[k - first] == "," && chunkOf[k - first] < 0))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A verb with its own subject and no subordinator, set off from the verb by a comma, is a clause
        /// of its own ("…, a senior official said"): in a Penn tree it is not inside the verb phrase,
        /// whatever a dependency parser attached it to.
        /// </summary>
        private bool IsSeparateClause(int c, int verbEnd)
        {
            // A subordinate clause ("after crowds burned …") may sit in the verb phrase after a comma; a bare clause may not.
            // A relative clause with no relativiser and a subject of its own is such a clause misattached too.
            var clausal = g.BaseRelation(c) is "advcl" or "parataxis" or "ccomp" or "conj" || (g.BaseRelation(c) == "acl" && !HasRelativizer(c));
            if (!g.IsVerbal(c) || !clausal || g.FirstChild(c, "nsubj", "nsubj:pass") < 0 || g.FirstChild(c, "mark") >= 0)
            {
                return false;
            }
            for (var k = verbEnd + 1; k < c - first; k++)
            {
                if (!deleted[k] && IsClauseComma(k))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The words before the verb back to the nearest remaining comma outside a noun phrase, or the
        /// sentence start. When the verb's own subject lies before that comma ("the minister, in remarks
        /// published on Monday, urged …"), the subject's noun phrase is added in front.
        /// </summary>
        private List<int> UpperSpan(int verb, int verbStart)
        {
            var result = new List<int>();
            var stop = -1;
            for (var k = verbStart - 1; k >= 0; k--)
            {
                if (deleted[k])
                {
                    continue;
                }
                if (IsClauseComma(k))
                {
                    stop = k;
                    break;
                }
                if (doc.Tokens[first + k].Xpos != "POS")
                {
                    result.Add(k);
                }
            }
            result.Reverse();
            if (stop >= 0 && SubjectChunk(verb) is int c && chunks[c].Last - first < stop)
            {
                result.InsertRange(0, chunks[c].Tokens.Select(t => t - first).Where(t => !deleted[t] && doc.Tokens[first + t].Xpos != "POS"));
            }
            return result;
        }

        /// <summary>The noun phrase of the verb's subject (or its head's, for an auxiliary or copula), or null.</summary>
        private int? SubjectChunk(int verb)
        {
            var t = first + verb;
            var clause = g.Relation(t) is "aux" or "aux:pass" or "cop" && g.Head(t) >= 0 ? g.Head(t) : t;
            var subject = g.FirstChild(clause, "nsubj", "nsubj:pass");
            return subject >= 0 && chunkOf[subject - first] >= 0 ? chunkOf[subject - first] : null;
        }

        /// <summary>True unless the sentence lacks a word the pattern cannot do without (a cheap test before matching).</summary>
        private bool HasWords(WordSequence sequence)
        {
            foreach (var w in sequence.RequiredWords)
            {
                if (!sentenceWords.Contains(w))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Matches a pattern's steps before and after the verb; returns the noun phrases its markers name.</summary>
        /// <param name="sequence">The pattern.</param>
        /// <param name="upperFromVerb">The words before the verb, nearest first.</param>
        /// <param name="lower">The words after the verb, in text order.</param>
        /// <param name="bound">The noun phrases named by the pattern's markers (-1 for none).</param>
        private bool TryMatch(WordSequence sequence, List<int> upperFromVerb, List<int> lower, out Bound bound)
        {
            bound = new Bound(-1, -1);
            var source = -1;
            var target = -1;
            // After the verb: text order. Before: outwards from the verb.
            if (!MatchSide(sequence.After, 0, lower, 0, reverse: false, ref source, ref target))
            {
                return false;
            }
            var upperSource = -1;
            var upperTarget = -1;
            if (!MatchSide(sequence.BeforeFromVerb, 0, upperFromVerb, 0, reverse: true, ref upperSource, ref upperTarget))
            {
                return false;
            }
            bound = new Bound(source >= 0 ? source : upperSource, target >= 0 ? target : upperTarget);
            return true;
        }

        private bool MatchSide(ImmutableArray<SequenceStep> steps, int step, List<int> items, int position, bool reverse, ref int source, ref int target)
        {
            if (step == steps.Length)
            {
                return true;
            }
            var s = steps[step];
            switch (s.Element)
            {
                case SequenceWords w:
                    for (var p = position; p < items.Count; p++)
                    {
                        foreach (var run in w.Alternatives)
                        {
                            if (RunMatches(run, items, p, reverse))
                            {
                                var savedSource = source;
                                var savedTarget = target;
                                if (MatchSide(steps, step + 1, items, p + run.Length, reverse, ref source, ref target))
                                {
                                    return true;
                                }
                                source = savedSource;
                                target = savedTarget;
                            }
                        }
                        if (s.Adjacent)
                        {
                            break;
                        }
                    }
                    return false;
                case ActorMarker m:
                    {
                        var p = position;
                        while (p < items.Count && (chunkOf[items[p]] < 0 || (m.Kind == ActorMarkerKind.Compound && !chunks[chunkOf[items[p]]].IsCompound)))
                        {
                            if (s.Adjacent && m.Kind != ActorMarkerKind.Compound)
                            {
                                return false;
                            }
                            p++;
                        }
                        if (p >= items.Count)
                        {
                            return false;
                        }
                        var c = chunkOf[items[p]];
                        var next = p;
                        while (next < items.Count && chunkOf[items[next]] == c)
                        {
                            next++;
                        }
                        var savedSource = source;
                        var savedTarget = target;
                        switch (m.Kind)
                        {
                            case ActorMarkerKind.Source:
                                source = c;
                                break;
                            case ActorMarkerKind.Target:
                                target = c;
                                break;
                            case ActorMarkerKind.Compound:
                                // A compound before the verb acts; after it, it is acted upon.
                                if (reverse)
                                {
                                    source = c;
                                }
                                else
                                {
                                    target = c;
                                }
                                break;
                        }
                        if (MatchSide(steps, step + 1, items, next, reverse, ref source, ref target))
                        {
                            return true;
                        }
                        source = savedSource;
                        target = savedTarget;
                        return false;
                    }
                default:
                    return false;
            }
        }

        /// <summary>True when a run of words (text order) matches at position <paramref name="p"/>; in reverse mode the run ends there.</summary>
        private bool RunMatches(ImmutableArray<string> run, List<int> items, int p, bool reverse)
        {
            if (p + run.Length > items.Count)
            {
                return false;
            }
            for (var j = 0; j < run.Length; j++)
            {
                var word = reverse ? run[run.Length - 1 - j] : run[j];
                if (!string.Equals(words[items[p + j]], word, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        // A coordination counts as coded when one of its conjuncts is (or when uncoded phrases are named by their words).
        private bool IsCoded(int c) =>
            codes[c].Any(x => x is not null && x != "---") || (chunks[c].IsCompound && coder.options.NewActorLength > 0);

        private string? SingleCode(int c) => chunks[c].IsCompound ? null : codes[c][0] ?? "---";

        private void Emit(int verb, int verbStart, int verbEnd, List<int> upper, List<int> lower, Bound bound, string? code, string? reciprocal,
            EventPattern? pattern, VerbForm form, List<(string, string, string, CodedEvent)> output)
        {
            var target = bound.Target;
            if (target < 0)
            {
                target = FirstChunk(lower, c => IsCoded(c)) ?? FirstChunk(lower, _ => true) ?? -1;
            }
            if (target < 0)
            {
                return; // nothing after the verb to act upon: PETRARCH codes no event
            }
            var source = bound.Source;
            if (source < 0)
            {
                // The source may not be the target's actor again; uncoded phrases are never the same actor.
                var targetCode = SingleCode(target);
                bool Differs(int c) => targetCode is null or "---" || chunks[c].IsCompound || SingleCode(c) != targetCode;
                source = FirstChunk(upper, c => IsCoded(c) && Differs(c)) ?? FirstChunk(upper, Differs) ?? -1;
            }
            if (source < 0)
            {
                return;
            }
            var sources = ActorsOf(source);
            var targets = ActorsOf(target);
            var passive = IsPassive(verb, lower);
            var trigger = TriggerOf(verbStart, verbEnd);
            if (reciprocal is not null)
            {
                // A paired event with one side uncoded takes the coded side for both.
                if (sources[0].Code == "---" || targets[0].Code == "---")
                {
                    if (targets[0].Code == "---")
                    {
                        targets = sources;
                    }
                    else
                    {
                        sources = targets;
                    }
                }
                if (code is not null)
                {
                    Pairs(sources, targets, code, passive, trigger, pattern, form, output);
                }
                Pairs(targets, sources, reciprocal, passive, trigger, pattern, form, output);
            }
            else if (code is not null)
            {
                Pairs(sources, targets, code, passive, trigger, pattern, form, output);
            }
        }

        private int? FirstChunk(List<int> items, Func<int, bool> accept)
        {
            foreach (var i in items)
            {
                var c = chunkOf[i];
                if (c >= 0 && accept(c))
                {
                    return c;
                }
            }
            return null;
        }

        /// <summary>A passive verb ("was criticized") with a "by" after it: the roles are swapped.</summary>
        private bool IsPassive(int verb, List<int> lower) =>
            g.IsPassive(first + verb) && lower.Any(k => words[k] == "BY");

        private void Pairs(List<EventActor> sources, List<EventActor> targets, string code, bool passive, Trigger trigger,
            EventPattern? pattern, VerbForm form, List<(string, string, string, CodedEvent)> output)
        {
            foreach (var s in sources)
            {
                foreach (var t in targets)
                {
                    if (s.Code == t.Code)
                    {
                        continue; // no event of an actor upon itself
                    }
                    var (src, tgt) = passive ? (t, s) : (s, t);
                    output.Add((src.Code, tgt.Code, code, MakeEvent(src, tgt, code, trigger, pattern, form)));
                }
            }
        }

        private CodedEvent MakeEvent(EventActor source, EventActor target, string code, Trigger trigger, EventPattern? pattern, VerbForm form)
        {
            var type = coder.ontology.Find(code);
            return new CodedEvent
            {
                Sentence = g.Sentence.Index,
                Source = source,
                Target = target,
                Cameo = code,
                CameoName = type?.Name ?? "",
                Goldstein = type?.Goldstein ?? 0,
                QuadClass = type is not null && code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? type.QuadClass : 0,
                PloverType = type?.Plover?.Type,
                PloverMode = type?.Plover?.Mode,
                PloverContext = type?.Plover?.Context,
                Date = doc.Article.Date,
                Trigger = trigger,
                Pattern = pattern?.Location ?? $"{Path.GetFileName(coder.lexicon.Blocks[form.Block].File)}:{form.Line}",
            };
        }

        private Trigger TriggerOf(int from, int to)
        {
            var span = new CharSpan(doc.Tokens[first + from].Start, doc.Tokens[first + to].End);
            return new Trigger(doc.TextOf(span), span);
        }

        /// <summary>The actors a noun phrase stands for: each conjunct's code ("A/B" codes split), uncoded conjuncts left out unless all are.</summary>
        private List<EventActor> ActorsOf(int c)
        {
            var chunk = chunks[c];
            var result = new List<EventActor>();
            for (var e = 0; e < chunk.Expansions.Count; e++)
            {
                var expansion = chunk.Expansions[e];
                var span = new CharSpan(doc.Tokens[expansion[0]].Start, doc.Tokens[expansion[^1]].End);
                var text = doc.TextOf(span);
                var code = codes[c][e];
                if (code is null || code == "---")
                {
                    if (coder.options.NewActorLength > 0)
                    {
                        var phrase = string.Join(' ', expansion.Where(t => PetrarchActorRecognizer.IsWord(doc.Tokens[t])).Select(t => PetrarchActorRecognizer.UpperWord(doc.Tokens[t])));
                        var wordCount = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                        result.Add(new EventActor(text, wordCount <= coder.options.NewActorLength ? "\"" + phrase + "\"" : "---", span, null));
                    }
                    continue;
                }
                foreach (var part in code.Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    result.Add(new EventActor(text, part, span, mentionOf[c][e]));
                }
            }
            if (result.Count == 0)
            {
                var span = new CharSpan(doc.Tokens[chunk.First].Start, doc.Tokens[chunk.Last].End);
                result.Add(new EventActor(doc.TextOf(span), "---", span, null));
            }
            return result;
        }
    }
}
