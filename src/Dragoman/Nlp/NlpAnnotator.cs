using System.Buffers;
using System.Collections.Immutable;
using Dragoman.Documents;
using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Parsing;
using Dragoman.Nlp.Tagging;
using Dragoman.Pipeline;

namespace Dragoman.Nlp;

/// <summary>
/// The nlp stage: tags and lemmatises every sentence, parses the prose sentences (headings and
/// captions keep Head -1 and no relation) and finds named entities (PER, ORG, LOC, GPE), one
/// sentence at a time. Immutable and thread-safe: one instance serves every thread.
/// </summary>
public sealed class NlpAnnotator : IDocumentStage
{
    private static readonly Lazy<NlpAnnotator> DefaultInstance = new(() =>
        new NlpAnnotator(PosTagger.Default, DependencyParser.Default, EntityRecognizer.Default, ActorGazetteer.Bundled));

    /// <summary>Builds the stage from its models; <paramref name="gazetteer"/> is optional.</summary>
    public NlpAnnotator(PosTagger tagger, DependencyParser parser, EntityRecognizer recognizer, IEntityGazetteer? gazetteer)
    {
        Tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        Parser = parser ?? throw new ArgumentNullException(nameof(parser));
        Recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        Gazetteer = gazetteer;
    }

    /// <summary>The stage with the shipped models and the bundled actor dictionary's gazetteer (loaded on first use).</summary>
    public static NlpAnnotator Default => DefaultInstance.Value;

    /// <summary>The tagger and lemmatiser.</summary>
    public PosTagger Tagger { get; }

    /// <summary>The dependency parser.</summary>
    public DependencyParser Parser { get; }

    /// <summary>The entity recogniser.</summary>
    public EntityRecognizer Recognizer { get; }

    /// <summary>Known names used by the entity recogniser, when any.</summary>
    public IEntityGazetteer? Gazetteer { get; }

    /// <inheritdoc />
    public string Name => "nlp";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens;

    /// <inheritdoc />
    public Layers Produces => Layers.Tags | Layers.Parse | Layers.Entities;

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var tokens = doc.Tokens.ToBuilder();
        var entities = ImmutableArray.CreateBuilder<EntitySpan>();
        var longest = 0;
        foreach (var sentence in doc.Sentences)
        {
            longest = Math.Max(longest, sentence.Tokens.Length);
        }
        var forms = ArrayPool<string>.Shared.Rent(longest);
        var upos = ArrayPool<string>.Shared.Rent(longest);
        var xpos = ArrayPool<string>.Shared.Rent(longest);
        var ints = ArrayPool<int>.Shared.Rent(3 * longest);
        var memory = Recognizer.UsesMemory ? new EntityMemory() : null;
        try
        {
            foreach (var sentence in doc.Sentences)
            {
                var range = sentence.Tokens;
                var n = range.Length;
                if (n == 0)
                {
                    continue;
                }
                for (var i = 0; i < n; i++)
                {
                    forms[i] = doc.Tokens[range.Start + i].Norm;
                }
                var words = forms.AsSpan(0, n);
                var classes = ints.AsSpan(0, n);
                Tagger.TagClasses(words, classes);
                SetTags(classes[..n], upos, xpos);
                if (CorrectKnownNames(words, upos.AsSpan(0, n), xpos.AsSpan(0, n)))
                {
                    // Tag the sentence again with the corrected names fixed, so that the words
                    // after them are tagged in the right context ("accused the RSF of killing":
                    // after a name, "of" introduces the clause of the accusation).
                    var forced = ints.AsSpan(n, n);
                    for (var i = 0; i < n; i++)
                    {
                        var cls = Tagger.ClassOf(upos[i], xpos[i]);
                        forced[i] = cls != classes[i] ? cls : -1;
                    }
                    Tagger.TagClasses(words, classes, forced);
                    SetTags(classes[..n], upos, xpos);
                }
                if (n > 2 && upos[0] == "PROPN" && IsCapitalisedParticiple(words[0]) && (Gazetteer is null || Gazetteer.Lookup(words[..1]) == GazetteerKinds.None))
                {
                    // "Endorsing Putin's role, Hamas…": a capital at the start of a sentence says
                    // nothing, so a participle taken for a name there is tagged as written in lower case.
                    var first = forms[0];
                    forms[0] = first.ToLowerInvariant();
                    var lowered = ints.AsSpan(n, n);
                    Tagger.TagClasses(forms.AsSpan(0, n), lowered);
                    forms[0] = first;
                    if (Tagger.UposOf(lowered[0]) == "VERB")
                    {
                        SetTags(lowered[..n], upos, xpos);
                    }
                }
                RetagInfinitivesAfterTo(words, upos.AsSpan(0, n), xpos.AsSpan(0, n), ints.AsSpan(n, 2 * n));
                RetagIrregularPasts(words, upos.AsSpan(0, n), xpos.AsSpan(0, n), ints.AsSpan(n, 2 * n));
                CorrectMainVerbParticiples(words, upos.AsSpan(0, n), xpos.AsSpan(0, n));
                var heads = ints.AsSpan(n, n);
                var labels = ints.AsSpan(2 * n, n);
                var parsed = sentence.Kind == SentenceKind.Sentence;
                if (parsed)
                {
                    Parser.Parse(words, xpos.AsSpan(0, n), upos.AsSpan(0, n), heads, labels);
                }
                for (var i = 0; i < n; i++)
                {
                    var index = range.Start + i;
                    tokens[index] = tokens[index] with
                    {
                        Upos = upos[i],
                        Xpos = xpos[i],
                        Lemma = Tagger.Lemmatizer.Lemmatize(forms[i], xpos[i]),
                        Head = parsed && heads[i] >= 0 ? range.Start + heads[i] : -1,
                        Relation = parsed ? Parser.LabelName(labels[i]) : null,
                    };
                }
                foreach (var span in Recognizer.Recognize(words, xpos.AsSpan(0, n), Gazetteer, memory))
                {
                    entities.Add(ToEntity(doc, sentence.Index, range.Start, span));
                }
            }
        }
        finally
        {
            ArrayPool<string>.Shared.Return(forms, clearArray: true);
            ArrayPool<string>.Shared.Return(upos, clearArray: true);
            ArrayPool<string>.Shared.Return(xpos, clearArray: true);
            ArrayPool<int>.Shared.Return(ints);
        }
        return doc with
        {
            Tokens = tokens.Count == tokens.Capacity ? tokens.MoveToImmutable() : tokens.ToImmutable(),
            Entities = entities.ToImmutable(),
            Layers = doc.Layers | Produces,
        };
    }

    /// <summary>
    /// A capitalised word the gazetteer knows as a place, person or organisation cannot be a verb,
    /// preposition or adverb ("to Moscow" is not an infinitive): such tags are corrected to proper
    /// nouns before parsing, so one unknown word does not derail the parse. Returns whether a tag changed.
    /// </summary>
    private bool CorrectKnownNames(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        if (Gazetteer is null)
        {
            return false;
        }
        var corrected = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // A known acronym ("RSF", "NATO") is a proper noun even where the tagger says NOUN.
            var acronymNoun = upos[i] == "NOUN" && IsAllCapitals(word) && word.Length <= 6;
            if (word.Length < 2 || !char.IsUpper(word[0]) || (upos[i] is "NOUN" or "PROPN" or "ADJ" or "NUM" or "PUNCT" or "DET" or "PRON" && !acronymNoun))
            {
                continue;
            }
            // A capital says nothing at the start of a sentence ("Let me know" is not LeT, the
            // armed group) nor in a run of words in capitals ("SHE IS THE BEST").
            if (i == 0 || (IsAllCapitals(word) && ((i > 0 && IsAllCapitals(words[i - 1])) || (i + 1 < words.Length && IsAllCapitals(words[i + 1])))))
            {
                continue;
            }
            var kinds = Gazetteer.Lookup(words.Slice(i, 1));
            if ((kinds & (GazetteerKinds.Country | GazetteerKinds.City | GazetteerKinds.Location | GazetteerKinds.Person | GazetteerKinds.Organization)) != 0)
            {
                corrected |= upos[i] != "PROPN" || xpos[i] != "NNP";
                upos[i] = "PROPN";
                xpos[i] = "NNP";
            }
            else if ((kinds & GazetteerKinds.Nationality) != 0 && !acronymNoun)
            {
                corrected |= upos[i] != "ADJ" || xpos[i] != "JJ";
                upos[i] = "ADJ";
                xpos[i] = "JJ";
            }
        }
        return corrected;
    }

    // Words after which "to" opens an infinitive ("efforts to broker peace", "tried to broker a deal").
    // Not "due" ("due to car accidents") nor "start" ("from start to finish"): in EWT and PUD these
    // are the only words before "to" + singular noun + object where the noun is a noun.
    private static readonly HashSet<string> InfinitiveGovernors = new(StringComparer.OrdinalIgnoreCase)
    {
        "effort", "efforts", "attempt", "attempts", "bid", "bids", "plan", "plans", "push", "drive", "move", "moves", "try", "tries",
        "tried", "trying", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "hope", "hopes", "hoped", "aim", "aims",
        "aimed", "position", "able", "unable", "ready", "willing", "unwilling", "agree", "agreed", "agrees", "decide", "decided",
        "refuse", "refused", "vow", "vowed", "pledge", "pledged", "promise", "promised", "offer", "offered", "fail", "failed",
        "continue", "continued", "began", "begin", "started", "need", "needs", "needed", "help", "helped", "helping",
        "intends", "intend", "intended", "expected", "set", "poised", "prepared", "determined", "keen", "eager", "ability",
    };

    /// <summary>
    /// "Russia's efforts to broker peace": after a word that takes an infinitive, a "to" tagged as
    /// a preposition before a singular noun that an object follows is the infinitive marker and the
    /// noun its verb, unless its form says noun ("-tion", "-ment"…); the sentence is tagged again with
    /// both fixed. Rare verbs that are also nouns ("broker", "shell", "host") need it.
    /// </summary>
    private void RetagInfinitivesAfterTo(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Span<int> scratch)
    {
        var n = words.Length;
        for (var i = 1; i + 2 < n; i++)
        {
            if (!words[i].Equals("to", StringComparison.OrdinalIgnoreCase) || xpos[i] != "IN" || xpos[i + 1] != "NN"
                || !InfinitiveGovernors.Contains(words[i - 1]) || upos[i + 2] is not ("NOUN" or "PROPN" or "DET" or "PRON" or "ADJ" or "NUM"))
            {
                continue;
            }
            var word = words[i + 1].ToLowerInvariant();
            if (NounSuffixes.Any(suffix => word.EndsWith(suffix, StringComparison.Ordinal)) || !word.All(char.IsLetter))
            {
                continue; // "efforts to reconciliation talks": a noun by its form
            }
            var forced = scratch[..n];
            forced.Fill(-1);
            forced[i] = Tagger.ClassOf("PART", "TO");
            forced[i + 1] = Tagger.ClassOf("VERB", "VB");
            var classes = scratch.Slice(n, n);
            Tagger.TagClasses(words, classes, forced);
            SetTags(classes[..n], upos, xpos);
        }
    }

    /// <summary>
    /// "Russia forgave Ukraine": the simple past of an irregular verb too rare in the treebank,
    /// written in lower case, taken for a name, a noun or an adjective; it is the verb, and the sentence is
    /// tagged again with it fixed.
    /// </summary>
    private void RetagIrregularPasts(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Span<int> scratch)
    {
        var n = words.Length;
        for (var i = 1; i < n; i++)
        {
            var word = words[i];
            // "breeding ground", "a curb bit", "minutes left": the only pasts that EWT and PUD show as
            // nouns or adjectives in a verb's place.
            // The table holds lower-case forms only, so a hit is a word written in lower case.
            if (upos[i] is not ("PROPN" or "NOUN" or "ADJ") || !Text.IrregularVerbs.IsSimplePast(word) || word is "ground" or "bit" or "left")
            {
                continue;
            }
            // Only in a verb's place: after a subject, before an object ("leaders forgave President…",
            // "prices rose 5 %"), not "the left hand" or "a bit".
            if (upos[i - 1] is not ("PROPN" or "NOUN" or "PRON") || xpos[i - 1] == "PRP$"
                || i + 1 >= n || upos[i + 1] is not ("DET" or "PROPN" or "PRON" or "NUM" or "NOUN" or "ADJ" or "ADP"))
            {
                continue;
            }
            var forced = scratch[..n];
            forced.Fill(-1);
            forced[i] = Tagger.ClassOf("VERB", "VBD");
            var classes = scratch.Slice(n, n);
            Tagger.TagClasses(words, classes, forced);
            SetTags(classes[..n], upos, xpos);
        }
    }

    private static readonly string[] NounSuffixes = ["tion", "sion", "ment", "ness", "ity", "ship", "ism", "ance", "ence", "ery", "hood", "dom", "ist"];

    /// <summary>Writes the tagger's classes out as UPOS and Penn tags.</summary>
    private void SetTags(ReadOnlySpan<int> classes, Span<string> upos, Span<string> xpos)
    {
        for (var i = 0; i < classes.Length; i++)
        {
            upos[i] = Tagger.UposOf(classes[i]);
            xpos[i] = Tagger.XposOf(classes[i]);
        }
    }

    private static bool IsCapitalisedParticiple(string word) =>
        word.Length > 5 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    private static bool IsAllCapitals(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "having", "'ve", "'d", "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "got", "gets", "getting",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "where", "when", "because", "after", "before", "if", "since", "although", "though", "until", "unless", "as", "while", "whereas",
    };

    private static readonly HashSet<string> ReportingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "reported", "told", "added", "stated", "announced", "claimed", "confirmed", "noted", "wrote",
    };

    /// <summary>
    /// News prose is full of "Troops clashed…", "Forces attacked…", where a web-trained tagger reads
    /// the past tense as a participle (VBN) and the parser then builds a reduced relative clause. A
    /// VBN right after the clause's subject, with no auxiliary before it and no other finite verb in
    /// its clause (a trailing "…, officials said" does not count), is the main verb: VBD.
    /// </summary>
    internal static void CorrectMainVerbParticiples(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (xpos[i] != "VBN" || xpos[i - 1] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD"))
            {
                continue;
            }
            var finiteBefore = false;
            for (var k = 0; k < i && !finiteBefore; k++)
            {
                // An earlier participle counts unless it stands before a noun ("guided missiles",
                // "Vietnamese-led forces"): that one is an adjective.
                finiteBefore = xpos[k] is "VBD" or "VBZ" or "VBP" or "MD"
                    || (xpos[k] == "VBN" && k < i - 1 && xpos[k + 1] is not ("NN" or "NNS" or "NNP" or "NNPS"));
            }
            var auxiliaryNear = false;
            for (var k = Math.Max(0, i - 3); k < i && !auxiliaryNear; k++)
            {
                auxiliaryNear = Auxiliaries.Contains(words[k]);
            }
            if (finiteBefore || auxiliaryNear || IsBySubordinate(words, xpos, i))
            {
                continue;
            }
            var finiteAfter = false;
            for (var k = i + 1; k < words.Length && !finiteAfter; k++)
            {
                if (words[k] is ";" || (words[k] is "," && k + 1 < words.Length && words[k + 1].ToLowerInvariant() is "but" or "and" or "while" or "as" or "whereas"))
                {
                    break;
                }
                // A verb in a clause of its own ("… that Nitze believed", "…, where 24 people were
                // killed") says nothing about the first one.
                if (Subordinators.Contains(words[k]))
                {
                    break;
                }
                // "precision guided missiles killed…": a participle that only its noun separates
                // from a later participle modifies that noun; the later one is the main verb.
                var laterParticiple = xpos[k] == "VBN" && k > i + 1 && IsNounRun(xpos, i + 1, k) && !IsBySubordinate(words, xpos, k);
                if ((xpos[k] is "VBD" or "VBZ" or "VBP" or "MD" || laterParticiple) && !(k > 0 && words[k - 1].ToLowerInvariant() is "and" or "or"))
                {
                    // "…, the army said": a trailing report does not make the first verb a participle.
                    var trailingReport = false;
                    if (ReportingForms.Contains(words[k]))
                    {
                        for (var j = Math.Max(i, k - 5); j < k && !trailingReport; j++)
                        {
                            trailingReport = words[j] == ",";
                        }
                    }
                    finiteAfter = !trailingReport;
                }
            }
            if (!finiteAfter)
            {
                upos[i] = "VERB";
                xpos[i] = "VBD";
            }
        }
    }

    // True when every tag in [start, end) is a noun's.
    private static bool IsNounRun(ReadOnlySpan<string> xpos, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (xpos[k] is not ("NN" or "NNS" or "NNP" or "NNPS"))
            {
                return false;
            }
        }
        return true;
    }

    // "the aid delivered by the UN": a participle followed by "by" is a participle.
    private static bool IsBySubordinate(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, int i) =>
        i + 1 < words.Length && words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase);

    private static EntitySpan ToEntity(Doc doc, int sentence, int offset, TokenSpan span)
    {
        var range = new TokenRange(offset + span.Start, offset + span.End);
        var chars = doc.SpanOf(range);
        return new EntitySpan(sentence, range, chars, span.Label, doc.TextOf(chars));
    }
}
