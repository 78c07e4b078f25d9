using System.Collections.Frozen;
using System.Collections.Immutable;
using Dragoman.Coding.Ontology;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// The event-pattern (verb) dictionary: patterns indexed by head lemma. File format
/// (data/README.md): <c>&amp;NAME = word word …</c> defines a word set; <c>CODE KIND PATTERN</c>
/// defines a pattern, where PATTERN is a head followed by words, <c>{a b}</c> alternatives,
/// <c>&amp;NAME</c> sets, and <c>$S</c>/<c>$T</c> slots (a word right before a slot is its preposition).
/// The code <c>---</c> codes nothing: such a pattern wins like any other and keeps a wording that is
/// not an event ("met the target", "fight crime") from being coded by a more general pattern.
/// </summary>
public sealed class EventPatternDictionary
{
    private static readonly Lazy<EventPatternDictionary> BundledInstance = new(() => Load(DataFiles.Bundled("data/verbs/"), CameoOntology.Bundled));

    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> verbHeads;
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> nounHeads;

    private EventPatternDictionary(List<EventPattern> patterns, List<DictionaryDiagnostic> diagnostics, VerbLexicon? surfaceVerbs = null)
    {
        Patterns = [.. patterns];
        Diagnostics = [.. diagnostics];
        SurfaceVerbs = surfaceVerbs;
        // Word-sequence patterns are found through their verb's written forms, not by lemma.
        verbHeads = Index(surfaceVerbs is null ? patterns : [], PredicateKind.Verb);
        nounHeads = Index(surfaceVerbs is null ? patterns : [], PredicateKind.Noun);
    }

    /// <summary>
    /// A dictionary of verbs known by their written forms, with word-sequence patterns (compiled from
    /// PETRARCH or TABARI verb files).
    /// </summary>
    internal static EventPatternDictionary FromVerbLexicon(VerbLexicon lexicon, List<DictionaryDiagnostic> warnings) =>
        new([.. lexicon.Blocks.SelectMany(b => b.Patterns)], warnings, lexicon);

    /// <summary>
    /// Verbs matched by their written forms with word-sequence patterns (PETRARCH and TABARI
    /// dictionaries), or null for Dragoman's lemma-based dependency patterns.
    /// </summary>
    public VerbLexicon? SurfaceVerbs { get; }

    /// <summary>The dictionary bundled with Dragoman.</summary>
    public static EventPatternDictionary Bundled => BundledInstance.Value;

    /// <summary>Every pattern in file order.</summary>
    public ImmutableArray<EventPattern> Patterns { get; }

    /// <summary>Warnings found while loading.</summary>
    public ImmutableArray<DictionaryDiagnostic> Diagnostics { get; }

    /// <summary>Patterns whose head is the verb <paramref name="lemma"/>, most specific first.</summary>
    public ImmutableArray<EventPattern> ForVerb(string lemma) => verbHeads.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>Patterns whose head is the noun <paramref name="lemma"/>, most specific first.</summary>
    public ImmutableArray<EventPattern> ForNoun(string lemma) => nounHeads.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>True when some verb pattern has this head.</summary>
    public bool IsVerbHead(string lemma) => verbHeads.ContainsKey(lemma);

    /// <summary>True when some noun pattern has this head.</summary>
    public bool IsNounHead(string lemma) => nounHeads.ContainsKey(lemma);

    /// <summary>Loads every pattern file under a directory.</summary>
    /// <exception cref="DictionaryFormatException">A line is malformed; the message names file and line.</exception>
    public static EventPatternDictionary LoadDirectory(string directory, CameoOntology ontology) =>
        Load(DataFiles.FromDirectory(directory), ontology);

    internal static EventPatternDictionary Load(IReadOnlyList<DataFile> files, CameoOntology ontology)
    {
        var (dictionary, diagnostics) = Check(files, ontology);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DictionaryFormatException(errors);
        }
        return dictionary;
    }

    /// <summary>Parses files, collecting every diagnostic (errors included) for lint.</summary>
    internal static (EventPatternDictionary Dictionary, List<DictionaryDiagnostic> Diagnostics) Check(IReadOnlyList<DataFile> files, CameoOntology ontology)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var patterns = new List<EventPattern>();
        foreach (var file in files)
        {
            Parse(file, ontology, patterns, diagnostics);
        }
        FindDuplicates(patterns, diagnostics);
        return (new EventPatternDictionary(patterns, [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)]), diagnostics);
    }

    private static void Parse(DataFile file, CameoOntology ontology, List<EventPattern> patterns, List<DictionaryDiagnostic> diagnostics)
    {
        var sets = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var lines = file.Content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = CameoOntology.StripComment(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }
            var lineNumber = i + 1;
            void Error(string code, string message) => diagnostics.Add(new(file.Name, lineNumber, DiagnosticSeverity.Error, code, message));

            if (line[0] == '&')
            {
                var eq = line.IndexOf('=');
                if (eq < 0)
                {
                    Error("bad-set", "expected '&NAME = word word ...'");
                    continue;
                }
                var name = line[..eq].Trim();
                var words = line[(eq + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToImmutableArray();
                if (name.Length < 2 || !name[1..].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') || words.IsEmpty)
                {
                    Error("bad-set", $"bad word set '{name}' (upper-case name and at least one word)");
                    continue;
                }
                if (!sets.TryAdd(name, words))
                {
                    Error("duplicate-set", $"word set {name} is defined twice");
                }
                continue;
            }

            var fields = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3)
            {
                Error("bad-line", "expected 'CODE KIND PATTERN'");
                continue;
            }
            var (code, kindText, body) = (fields[0], fields[1], fields[2]);
            if (code != EventPattern.NoEvent && (!CameoOntology.IsEventCode(code) || !ontology.Contains(code)))
            {
                Error("bad-code", $"'{code}' is not a CAMEO event code (or '{EventPattern.NoEvent}' for no event)");
                continue;
            }
            PredicateKind kind;
            if (kindText == "verb")
            {
                kind = PredicateKind.Verb;
            }
            else if (kindText == "noun")
            {
                kind = PredicateKind.Noun;
            }
            else
            {
                Error("bad-kind", $"kind must be 'verb' or 'noun', found '{kindText}'");
                continue;
            }
            if (!TryParseBody(body, sets, out var heads, out var elements, out var problem))
            {
                Error("bad-pattern", problem!);
                continue;
            }
            patterns.Add(new EventPattern
            {
                Code = code,
                Kind = kind,
                Heads = heads,
                Elements = elements,
                Text = body,
                File = file.Name,
                Line = lineNumber,
            });
        }
    }

    private static bool TryParseBody(string body, Dictionary<string, ImmutableArray<string>> sets,
        out ImmutableArray<string> heads, out ImmutableArray<PatternElement> elements, out string? problem)
    {
        heads = [];
        elements = [];
        problem = null;
        var items = new List<ImmutableArray<string>>();
        var slots = new List<(int Position, SlotRole Role)>();
        var headPosition = -1;
        var i = 0;
        while (i < body.Length)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                i++;
                continue;
            }
            if (body[i] == '*')
            {
                // "*word" marks the head when it is not the first word ("air *assault on $T").
                if (headPosition >= 0)
                {
                    problem = "more than one '*' head";
                    return false;
                }
                headPosition = items.Count;
                i++;
                continue;
            }
            if (body[i] == '{')
            {
                var close = body.IndexOf('}', i);
                if (close < 0)
                {
                    problem = "unclosed '{'";
                    return false;
                }
                var alternatives = body[(i + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (alternatives.Length == 0)
                {
                    problem = "empty '{}'";
                    return false;
                }
                var expanded = new List<string>();
                foreach (var a in alternatives)
                {
                    if (a.StartsWith('&'))
                    {
                        if (!sets.TryGetValue(a, out var set))
                        {
                            problem = $"unknown word set {a}";
                            return false;
                        }
                        expanded.AddRange(set);
                    }
                    else
                    {
                        expanded.Add(a.ToLowerInvariant());
                    }
                }
                items.Add([.. expanded.Distinct()]);
                i = close + 1;
                continue;
            }
            var end = i;
            while (end < body.Length && !char.IsWhiteSpace(body[end]))
            {
                end++;
            }
            var word = body[i..end];
            i = end;
            if (word is "$S" or "$T")
            {
                slots.Add((items.Count, word == "$S" ? SlotRole.Source : SlotRole.Target));
                items.Add([word]);
                continue;
            }
            if (word.StartsWith('$'))
            {
                problem = $"unknown slot {word} (use $S or $T)";
                return false;
            }
            if (word.StartsWith('&'))
            {
                if (!sets.TryGetValue(word, out var set))
                {
                    problem = $"unknown word set {word}";
                    return false;
                }
                items.Add(set);
                continue;
            }
            if (word.IndexOfAny(['{', '}']) >= 0)
            {
                problem = $"stray brace in '{word}'";
                return false;
            }
            items.Add([word.ToLowerInvariant()]);
        }
        if (headPosition < 0)
        {
            headPosition = 0;
        }
        if (items.Count == 0 || headPosition >= items.Count || slots.Any(s => s.Position == headPosition))
        {
            problem = "the head must be a word, not a slot";
            return false;
        }
        if (slots.Count(s => s.Role == SlotRole.Target) > 1 || slots.Count(s => s.Role == SlotRole.Source) > 1)
        {
            problem = "at most one $S and one $T";
            return false;
        }
        heads = items[headPosition];
        var built = ImmutableArray.CreateBuilder<PatternElement>();
        for (var k = 0; k < items.Count; k++)
        {
            if (k == headPosition)
            {
                continue;
            }
            var slotIndex = slots.FindIndex(s => s.Position == k);
            if (slotIndex >= 0)
            {
                built.Add(new SlotElement(slots[slotIndex].Role, []));
                continue;
            }
            var nextIsSlot = slots.Any(s => s.Position == k + 1);
            if (nextIsSlot)
            {
                // A word right before a slot is the slot's preposition.
                var nextSlot = slots.First(s => s.Position == k + 1);
                built.Add(new SlotElement(nextSlot.Role, items[k]));
                k++;
                continue;
            }
            built.Add(new WordElement(items[k]));
        }
        elements = built.ToImmutable();
        return true;
    }

    private static void FindDuplicates(List<EventPattern> patterns, List<DictionaryDiagnostic> diagnostics)
    {
        var seen = new Dictionary<(PredicateKind, string), EventPattern>();
        foreach (var p in patterns)
        {
            foreach (var head in p.Heads)
            {
                var key = (p.Kind, head + " " + string.Join(' ', p.Elements));
                if (seen.TryGetValue(key, out var first))
                {
                    var same = first.Code == p.Code;
                    diagnostics.Add(new DictionaryDiagnostic(p.File, p.Line, DiagnosticSeverity.Warning,
                        same ? "duplicate-pattern" : "unreachable-pattern",
                        same
                            ? $"pattern '{head} {string.Join(' ', p.Elements)}' repeats {first.Location}"
                            : $"pattern '{head} {string.Join(' ', p.Elements)}' ({p.Code}) can never win: {first.Location} has the same words with code {first.Code}"));
                }
                else
                {
                    seen[key] = p;
                }
            }
        }
    }

    private static FrozenDictionary<string, ImmutableArray<EventPattern>> Index(List<EventPattern> patterns, PredicateKind kind)
    {
        var map = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var p in patterns.Where(p => p.Kind == kind))
        {
            foreach (var h in p.Heads)
            {
                if (!map.TryGetValue(h, out var list))
                {
                    map[h] = list = [];
                }
                list.Add(p);
            }
        }
        // Most specific first; file order breaks ties, so earlier lines win.
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Specificity).ToImmutableArray(), StringComparer.Ordinal);
    }
}
