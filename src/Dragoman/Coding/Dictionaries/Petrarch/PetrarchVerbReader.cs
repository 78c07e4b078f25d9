using System.Collections.Immutable;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>
/// A PETRARCH-2 verb transformation (<c>~ a (a b ATTACK) SAY = a b 015</c>): how a verb acting on
/// another verb's event is recoded. Read and kept for lint; the coder does not apply them.
/// </summary>
/// <param name="Text">The line as written, without the leading <c>~</c>.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Source line.</param>
public sealed record VerbTransformation(string Text, string File, int Line);

/// <summary>
/// Reads PETRARCH verb dictionaries in both formats and compiles them into word-sequence
/// <see cref="EventPattern"/>s grouped in <see cref="VerbBlock"/>s:
/// <list type="bullet">
/// <item>PETRARCH-1/TABARI (<c>PETR.Validate.verbs.txt</c>): <c>- SAID WOULD * + TALKS [102]</c>, with
/// <c>_</c> tying words together, <c>$ + ^ %</c> actor markers and <c>&amp;SYNSET</c> words;</item>
/// <item>PETRARCH-2 (<c>CAMEO.2.0.txt</c>): <c>- * {ARMS SHIPMENT} (TO BORDER) [154]</c>, noun phrases in
/// braces and prepositional phrases in parentheses, read as words in order with gaps allowed.</item>
/// </list>
/// Both share <c>--- NAME [CODE] ---</c> block headers, verb lines with <c>{irregular forms}</c> and
/// optional codes, multi-word verbs marked with <c>+</c> (<c>WIRE_+TAP</c>, <c>+CORDON_OFF</c>),
/// synsets (<c>&amp;NAME</c> then <c>+member</c> lines) and paired codes (<c>[032:033]</c>).
/// </summary>
internal static class PetrarchVerbReader
{
    internal sealed record Result(VerbLexicon Lexicon, ImmutableArray<EventPattern> Patterns, ImmutableArray<VerbTransformation> Transformations);

    private sealed class BlockBuilder(string name, string? code, string file, int line)
    {
        public string Name { get; } = name;
        public string? Code { get; set; } = code;
        public string File { get; } = file;
        public int Line { get; } = line;
        public string? PrimaryVerb { get; set; }
        public List<EventPattern> Patterns { get; } = [];
        public bool SpecificityOrder { get; set; }
        public int MergedInto { get; set; } = -1;
    }

    private sealed record Synset(string Name, List<ImmutableArray<string>> Members, bool NoPlural, string File, int Line);

    public static Result Read(IReadOnlyList<DataFile> files, List<DictionaryDiagnostic> diagnostics)
    {
        var blocks = new List<BlockBuilder>();
        var forms = new Dictionary<(string, string, string), VerbForm>();
        var formOrigin = new Dictionary<(string, string, string), (string File, int Line)>();
        var synsets = new Dictionary<string, Synset>(StringComparer.Ordinal);
        var transformations = new List<VerbTransformation>();
        var primaryBlocks = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var file in files)
        {
            var lines = PetrarchLines.Read(file, semicolonComments: false);
            BlockBuilder? block = null;
            var blockIndex = -1;
            Synset? synset = null;
            var newBlock = false;
            var brokenBlock = false;
            foreach (var (number, raw) in lines)
            {
                void Error(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Error, code, message));
                void Warn(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Warning, code, message));

                var line = raw.Trim();
                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    synset = null;
                    var (name, code, problem) = BlockHeader(line);
                    if (problem is not null)
                    {
                        Error("bad-block", problem);
                        block = null;
                        brokenBlock = true; // its verbs and patterns are not reported again
                        continue;
                    }
                    brokenBlock = false;
                    block = new BlockBuilder(name, code, file.Name, number);
                    blocks.Add(block);
                    blockIndex = blocks.Count - 1;
                    newBlock = true;
                    continue;
                }
                if (line[0] == '&')
                {
                    var name = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
                    var noPlural = name.EndsWith('_');
                    name = name.TrimEnd('_');
                    if (name.Length < 2)
                    {
                        Error("bad-synset", "a synset needs a name after '&'");
                        synset = null;
                        continue;
                    }
                    if (synsets.ContainsKey(name))
                    {
                        Warn("duplicate-synset", $"synset {name} is defined again; the later members are added");
                        synset = synsets[name];
                        continue;
                    }
                    synset = new Synset(name, [], noPlural, file.Name, number);
                    synsets[name] = synset;
                    continue;
                }
                if (line[0] == '+' && synset is not null)
                {
                    AddSynsetMember(synset, line[1..].Trim(), synsets, Error, Warn);
                    continue;
                }
                if (synset is not null)
                {
                    if (synset.Members.Count == 0)
                    {
                        Warn("empty-synset", $"synset {synset.Name} has no members");
                    }
                    synset = null;
                }
                if (line[0] == '~')
                {
                    transformations.Add(new VerbTransformation(line[1..].Trim(), file.Name, number));
                    continue;
                }
                if (brokenBlock)
                {
                    continue;
                }
                if (line[0] == '-')
                {
                    if (block is null)
                    {
                        Error("pattern-outside-block", "a pattern line needs a '--- VERB [CODE] ---' block before it");
                        continue;
                    }
                    var pattern = ParsePattern(line[1..], synsets, file.Name, number, block.Name, out var usesPhrases, out var problem, out var skippable);
                    if (pattern is null)
                    {
                        // PETRARCH skips patterns it cannot use (an unknown synset, unbalanced brackets) and goes on.
                        if (skippable)
                        {
                            Warn("skipped-pattern", problem! + "; pattern skipped");
                        }
                        else
                        {
                            Error("bad-pattern", problem!);
                        }
                        continue;
                    }
                    block.SpecificityOrder |= usesPhrases;
                    var target = block.MergedInto >= 0 ? blocks[block.MergedInto] : block;
                    target.Patterns.Add(pattern);
                    continue;
                }
                // A verb line.
                if (block is null)
                {
                    Error("verb-outside-block", "a verb line needs a '--- VERB [CODE] ---' block before it");
                    continue;
                }
                if (!TryParseVerbLine(line, out var verbText, out var irregular, out var ownCode, out var verbProblem))
                {
                    Error("bad-verb", verbProblem!);
                    continue;
                }
                var curCode = ownCode ?? block.Code;
                if (newBlock)
                {
                    newBlock = false;
                    var primary = Primary(verbText);
                    block.PrimaryVerb = primary;
                    if (primaryBlocks.TryGetValue(primary, out var earlier) && earlier != blockIndex)
                    {
                        // PETRARCH keys patterns by the block's first verb, so two blocks with the same first verb share their patterns.
                        Warn("duplicate-block", $"verb {primary} also opens the block at {Path.GetFileName(blocks[earlier].File)}:{blocks[earlier].Line}; the patterns are merged");
                        blocks[earlier].Patterns.AddRange(block.Patterns);
                        block.Patterns.Clear();
                        block.MergedInto = earlier;
                        blocks[earlier].Code = curCode ?? blocks[earlier].Code;
                    }
                    else
                    {
                        primaryBlocks[primary] = blockIndex;
                    }
                }
                var home = block.MergedInto >= 0 ? block.MergedInto : blockIndex;
                if (verbText.Contains(' ') && !verbText.Contains('+'))
                {
                    Warn("multiword-verb", $"'{verbText}' has no '+' marking the verb word; the first word is taken as the verb");
                    verbText = "+" + verbText.Replace(' ', '_');
                }
                foreach (var form in ExpandVerb(verbText, irregular))
                {
                    if (form is null)
                    {
                        Error("bad-verb", $"'{verbText}': a multi-word verb needs exactly one '+' before its verb word");
                        break;
                    }
                    var (verbCode, verbReciprocal) = SplitCode(curCode);
                    var vf = new VerbForm(form.Value.Before, form.Value.Verb, form.Value.After, home, verbCode, verbReciprocal, number);
                    var key = (string.Join(' ', vf.Before), vf.Verb, string.Join(' ', vf.After));
                    if (formOrigin.TryGetValue(key, out var origin) && forms[key].Block != home)
                    {
                        Warn("duplicate-verb", $"verb form {string.Join(' ', vf.Before.Append(vf.Verb).Concat(vf.After))} is already at {Path.GetFileName(origin.File)}:{origin.Line}; this later entry wins");
                    }
                    forms[key] = vf;
                    formOrigin[key] = (file.Name, number);
                }
            }
        }

        var built = blocks.Select(b => new VerbBlock(
            b.Name,
            b.Code,
            b.SpecificityOrder ? [.. b.Patterns.OrderByDescending(p => p.Specificity)] : [.. b.Patterns],
            b.File,
            b.Line)).ToImmutableArray();
        var lexicon = new VerbLexicon(built, forms.Values);
        return new Result(lexicon, [.. built.SelectMany(b => b.Patterns)], [.. transformations]);
    }

    /// <summary>"--- ABANDON  [345]  ---" → name and code ("---" or an empty code means none).</summary>
    private static (string Name, string? Code, string? Problem) BlockHeader(string line)
    {
        var body = line.Trim('-').Trim();
        var open = body.IndexOf('[');
        if (open < 0)
        {
            return (body.TrimEnd('_').Trim(), null, null);
        }
        var close = body.IndexOf(']', open);
        if (close < 0)
        {
            return ("", null, "unclosed '[' in the block header");
        }
        var name = body[..open].Trim().TrimEnd('_');
        if (name.Length == 0)
        {
            return ("", null, "the block header has no verb name");
        }
        return (name, NullableCode(body[(open + 1)..close].Trim()), null);
    }

    /// <summary>A code as written; "---" and "" mean no code.</summary>
    internal static string? NullableCode(string code) => code is "" or "---" ? null : code;

    /// <summary>"032:033" → the event code and its reciprocal; a single code has no reciprocal.</summary>
    internal static (string? Code, string? Reciprocal) SplitCode(string? code)
    {
        if (code is null)
        {
            return (null, null);
        }
        var colon = code.IndexOf(':');
        return colon < 0 ? (NullableCode(code.Trim()), null) : (NullableCode(code[..colon].Trim()), NullableCode(code[(colon + 1)..].Trim()));
    }

    private static void AddSynsetMember(Synset synset, string member, Dictionary<string, Synset> synsets,
        Action<string, string> error, Action<string, string> warn)
    {
        if (member.Length == 0)
        {
            warn("empty-synset-member", $"an empty member in synset {synset.Name}");
            return;
        }
        if (member.StartsWith('&'))
        {
            // A synset inside a synset: its members are copied in.
            var name = member.TrimEnd('_');
            if (!synsets.TryGetValue(name, out var inner))
            {
                error("unknown-synset", $"synset {name} is used in {synset.Name} before it is defined");
                return;
            }
            synset.Members.AddRange(inner.Members);
            return;
        }
        var noPlural = synset.NoPlural || member.EndsWith('_');
        var words = member.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToImmutableArray();
        if (words.IsEmpty)
        {
            return;
        }
        synset.Members.Add(words);
        if (!noPlural)
        {
            synset.Members.Add(words.SetItem(words.Length - 1, PetrarchWordForms.Plural(words[^1])));
        }
    }

    /// <summary>The verb word of a verb line: "WIRE_+TAP" → TAP, "+CORDON_OFF" → CORDON, "ABANDON" → ABANDON.</summary>
    private static string Primary(string verbText)
    {
        var plus = verbText.IndexOf('+');
        if (plus < 0)
        {
            return verbText.Split('_')[0].ToUpperInvariant();
        }
        var end = verbText.IndexOf('_', plus);
        return (end < 0 ? verbText[(plus + 1)..] : verbText[(plus + 1)..end]).ToUpperInvariant();
    }

    private static bool TryParseVerbLine(string line, out string verb, out List<string>? irregular, out string? code, out string? problem)
    {
        verb = "";
        irregular = null;
        code = null;
        problem = null;
        var text = line;
        var bracket = text.IndexOf('[');
        if (bracket >= 0)
        {
            var close = text.IndexOf(']', bracket);
            if (close < 0)
            {
                problem = "unclosed '['";
                return false;
            }
            code = NullableCode(text[(bracket + 1)..close].Trim());
            text = text[..bracket];
        }
        var brace = text.IndexOf('{');
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            if (close < 0)
            {
                problem = "unclosed '{'";
                return false;
            }
            irregular = [.. text[(brace + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToUpperInvariant())];
            text = text[..brace];
        }
        verb = text.Trim().TrimEnd('_').ToUpperInvariant();
        if (verb.Length == 0)
        {
            problem = "a verb line needs a verb";
            return false;
        }
        if (verb.IndexOfAny(['[', ']', '{', '}', '*', '$', '&']) >= 0)
        {
            problem = $"'{verb}' is not a verb (stray '[]{{}}*$&')";
            return false;
        }
        return true;
    }

    /// <summary>The forms of a verb line; null marks a malformed multi-word verb.</summary>
    private static IEnumerable<(ImmutableArray<string> Before, string Verb, ImmutableArray<string> After)?> ExpandVerb(string verbText, List<string>? irregular)
    {
        var phrases = new List<string>();
        if (!verbText.Contains('_') && !verbText.Contains('+'))
        {
            phrases.Add(verbText);
            if (irregular is null)
            {
                phrases.AddRange(PetrarchWordForms.RegularVerbForms(verbText).Skip(1));
            }
            else
            {
                phrases.AddRange(irregular);
            }
        }
        else
        {
            phrases.Add(verbText);
            if (irregular is null)
            {
                // Regular forms of the word marked with '+'.
                var plus = verbText.IndexOf('+');
                if (plus >= 0)
                {
                    var end = verbText.IndexOf('_', plus);
                    var root = end < 0 ? verbText[(plus + 1)..] : verbText[(plus + 1)..end];
                    foreach (var f in PetrarchWordForms.RegularVerbForms(root).Skip(1))
                    {
                        phrases.Add(verbText[..(plus + 1)] + f + (end < 0 ? "" : verbText[end..]));
                    }
                }
            }
            else
            {
                phrases.AddRange(irregular.Where(f => f.Length > 0));
            }
        }
        foreach (var phrase in phrases.Distinct(StringComparer.Ordinal))
        {
            yield return SplitMultiWord(phrase);
        }
    }

    private static (ImmutableArray<string> Before, string Verb, ImmutableArray<string> After)? SplitMultiWord(string phrase)
    {
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            var single = words[0].TrimStart('+');
            return single.Length == 0 || single.Contains('+') ? null : ([], single, []);
        }
        var marked = words.Select((w, i) => (w, i)).Where(x => x.w.StartsWith('+')).ToList();
        if (marked.Count != 1 || words.Count(w => w.Contains('+')) != 1)
        {
            return null;
        }
        var k = marked[0].i;
        var verb = words[k][1..];
        if (verb.Length == 0)
        {
            return null;
        }
        return ([.. words.Take(k)], verb, [.. words.Skip(k + 1)]);
    }

    /// <summary>Parses the text after the leading '-' of a pattern line.</summary>
    private static EventPattern? ParsePattern(string text, Dictionary<string, Synset> synsets, string file, int line, string blockName,
        out bool usesPhrases, out string? problem, out bool skippable)
    {
        usesPhrases = false;
        problem = null;
        skippable = false;
        var open = text.LastIndexOf('[');
        if (open < 0)
        {
            problem = "a pattern needs a code in [...]";
            return null;
        }
        var close = text.IndexOf(']', open);
        if (close < 0)
        {
            problem = "unclosed '[' in the pattern's code";
            return null;
        }
        var codeText = text[(open + 1)..close].Trim();
        if (text[(close + 1)..].Trim().Length > 0)
        {
            problem = $"unexpected text after the code: '{text[(close + 1)..].Trim()}'";
            return null;
        }
        var body = text[..open].Trim();
        if (body.Count(c => c == '*') != 1)
        {
            problem = body.Contains('*') ? "a pattern has one '*' (the verb), found several" : "a pattern needs '*' for the verb";
            return null;
        }
        // From here on, a problem only spoils this pattern: the line is still recognisably a pattern.
        skippable = true;
        var (code, reciprocal) = SplitCode(codeText);
        if ((code ?? reciprocal ?? "").Any(char.IsWhiteSpace))
        {
            problem = $"bad code '{codeText}'";
            return null;
        }
        WordSequence? sequence;
        if (body.IndexOfAny(['(', '{']) >= 0)
        {
            usesPhrases = true;
            sequence = ParsePhrasePattern(body, synsets, out problem);
        }
        else
        {
            sequence = ParseTabariPattern(body, synsets, out problem);
        }
        if (sequence is null)
        {
            return null;
        }
        return new EventPattern
        {
            Code = code ?? "---",
            ReciprocalCode = reciprocal,
            Kind = PredicateKind.Verb,
            Heads = [blockName],
            Elements = [],
            Sequence = sequence,
            Text = "- " + text.Trim(),
            File = file,
            Line = line,
        };
    }

    /// <summary>PETRARCH-1/TABARI: words joined by '_' (tied) or blanks (gaps), one '*' for the verb.</summary>
    private static WordSequence? ParseTabariPattern(string body, Dictionary<string, Synset> synsets, out string? problem)
    {
        problem = null;
        // "XXXX_ " is an open match in TABARI, the same as "XXXX ".
        body = body.Replace("_ ", " ", StringComparison.Ordinal).TrimEnd('_');
        var star = body.IndexOf('*');
        var upper = body[..star];
        var lower = body[(star + 1)..];
        var before = ImmutableArray.CreateBuilder<SequenceStep>();
        var upperWords = PetrarchLines.Phrase(upper);
        var upperTied = upper.TrimEnd(' ').EndsWith('_');
        for (var i = 0; i < upperWords.Count; i++)
        {
            var element = Element(upperWords[i].Word, synsets, out problem);
            if (element is null)
            {
                return null;
            }
            // A step before the verb is tied to what follows it: the next word, or the verb itself.
            var tied = i + 1 < upperWords.Count ? upperWords[i].Connector == '_' : upperTied;
            before.Add(new SequenceStep(element, tied));
        }
        var after = ImmutableArray.CreateBuilder<SequenceStep>();
        var lowerWords = PetrarchLines.Phrase(lower);
        var previousTied = lower.StartsWith('_');
        foreach (var (word, connector) in lowerWords)
        {
            var element = Element(word, synsets, out problem);
            if (element is null)
            {
                return null;
            }
            after.Add(new SequenceStep(element, previousTied));
            previousTied = connector == '_';
        }
        return new WordSequence(before.ToImmutable(), after.ToImmutable());
    }

    /// <summary>PETRARCH-2: noun phrases in braces, prepositional phrases in parentheses; words keep their order, gaps allowed.</summary>
    private static WordSequence? ParsePhrasePattern(string body, Dictionary<string, Synset> synsets, out string? problem)
    {
        problem = null;
        var depthParen = 0;
        var depthBrace = 0;
        var spaced = body.Replace("(", " ( ").Replace(")", " ) ").Replace("{", " { ").Replace("}", " } ").Replace("*", " * ");
        var before = ImmutableArray.CreateBuilder<SequenceStep>();
        var after = ImmutableArray.CreateBuilder<SequenceStep>();
        var seenVerb = false;
        foreach (var token in spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "(":
                    depthParen++;
                    continue;
                case ")":
                    if (--depthParen < 0)
                    {
                        problem = "unbalanced ')'";
                        return null;
                    }
                    continue;
                case "{":
                    depthBrace++;
                    continue;
                case "}":
                    if (--depthBrace < 0)
                    {
                        problem = "unbalanced '}'";
                        return null;
                    }
                    continue;
                case "*":
                    seenVerb = true;
                    continue;
            }
            foreach (var (word, _) in PetrarchLines.Phrase(token))
            {
                var element = Element(word, synsets, out problem);
                if (element is null)
                {
                    return null;
                }
                (seenVerb ? after : before).Add(new SequenceStep(element, false));
            }
        }
        if (depthParen != 0 || depthBrace != 0)
        {
            problem = depthParen != 0 ? "unbalanced '('" : "unbalanced '{'";
            return null;
        }
        return new WordSequence(before.ToImmutable(), after.ToImmutable());
    }

    private static PatternElement? Element(string word, Dictionary<string, Synset> synsets, out string? problem)
    {
        problem = null;
        switch (word)
        {
            case "$":
                return new ActorMarker(ActorMarkerKind.Source);
            case "+":
                return new ActorMarker(ActorMarkerKind.Target);
            case "^":
                return new ActorMarker(ActorMarkerKind.Skip);
            case "%":
                return new ActorMarker(ActorMarkerKind.Compound);
        }
        if (word.StartsWith('&'))
        {
            var name = word.TrimEnd('_');
            if (!synsets.TryGetValue(name, out var synset))
            {
                problem = $"synset {name} is used before it is defined";
                return null;
            }
            return new SequenceWords([.. synset.Members], name);
        }
        if (word.IndexOfAny(['[', ']', '{', '}', '(', ')', '*', '$']) >= 0)
        {
            problem = $"stray symbol in '{word}'";
            return null;
        }
        return SequenceWords.Word(word.ToUpperInvariant());
    }
}
