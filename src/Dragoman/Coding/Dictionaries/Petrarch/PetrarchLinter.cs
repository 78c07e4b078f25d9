using System.Collections.Immutable;
using Dragoman.Coding.Ontology;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>
/// Checks PETRARCH dictionaries beyond what loading needs, with file and line: codes that are not
/// CAMEO event codes or not well-formed actor codes, duplicate actor, agent and pattern entries,
/// date restrictions of one actor that overlap with different codes, and patterns that can never
/// match because an earlier pattern of the same verb block matches whenever they do.
/// </summary>
internal static class PetrarchLinter
{
    public static List<DictionaryDiagnostic> Lint(string directory)
    {
        var (dictionaries, diagnostics) = PetrarchDictionaries.Check(PetrarchDictionaries.FilesOf(directory));
        var ontology = CameoOntology.Bundled;
        if (dictionaries.Verbs.SurfaceVerbs is { } lexicon)
        {
            foreach (var block in lexicon.Blocks)
            {
                if (block.Code is { } code)
                {
                    CheckEventCode(code, block.File, block.Line, ontology, diagnostics);
                }
                foreach (var p in block.Patterns)
                {
                    if (p.Code != "---")
                    {
                        CheckEventCode(p.Code, p.File, p.Line, ontology, diagnostics);
                    }
                    if (p.ReciprocalCode is { } r)
                    {
                        CheckEventCode(r, p.File, p.Line, ontology, diagnostics);
                    }
                }
                FindShadowedPatterns(block, diagnostics);
            }
        }
        LintActors(dictionaries.Lexicon, diagnostics);
        LintAgents(dictionaries.Lexicon, diagnostics);
        return diagnostics;
    }

    private static void CheckEventCode(string code, string file, int line, CameoOntology ontology, List<DictionaryDiagnostic> diagnostics)
    {
        foreach (var part in code.Split(':'))
        {
            if (part.Length > 0 && part != "---" && !(CameoOntology.IsEventCode(part) && ontology.Contains(part)))
            {
                diagnostics.Add(new(file, line, DiagnosticSeverity.Warning, "bad-code", $"'{part}' is not a CAMEO event code"));
            }
        }
    }

    /// <summary>Actor codes are upper-case letters and digits (several joined by '/'), or a null code.</summary>
    private static bool IsActorCode(string code) =>
        code is "---" or "###" or "+++"
        || code.Split('/').All(part => part.Length >= 3 && part.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)));

    private static void LintActors(PetrarchLexicon lexicon, List<DictionaryDiagnostic> diagnostics)
    {
        var byPhrase = new Dictionary<string, PetrarchActor>(StringComparer.Ordinal);
        foreach (var actor in lexicon.Actors)
        {
            foreach (var code in actor.Codes)
            {
                if (!IsActorCode(code.Code))
                {
                    diagnostics.Add(new(actor.File, code.Line, DiagnosticSeverity.Warning, "bad-code", $"'{code.Code}' is not an actor code (upper-case letters and digits)"));
                }
            }
            for (var i = 0; i < actor.Codes.Length; i++)
            {
                for (var j = i + 1; j < actor.Codes.Length; j++)
                {
                    var (a, b) = (actor.Codes[i], actor.Codes[j]);
                    if (a.Period is { } pa && b.Period is { } pb && a.Code != b.Code && pa.Overlaps(pb))
                    {
                        diagnostics.Add(new(actor.File, b.Line, DiagnosticSeverity.Warning, "overlapping-dates",
                            $"'{actor.Name}': [{b.Code} {pb}] overlaps [{a.Code} {pa}] (line {a.Line}); the first listed wins"));
                    }
                }
            }
            foreach (var phrase in actor.Phrases)
            {
                var key = phrase.ToString();
                if (byPhrase.TryGetValue(key, out var earlier) && earlier != actor && ActiveTogether(earlier, actor))
                {
                    diagnostics.Add(new(actor.File, actor.Line, DiagnosticSeverity.Warning, "duplicate-name",
                        $"'{key}' is also an actor at {Path.GetFileName(earlier.File)}:{earlier.Line} ({string.Join(' ', earlier.Codes.Select(c => c.Code))}); the earlier one wins"));
                }
                else
                {
                    byPhrase.TryAdd(key, actor);
                }
            }
        }
    }

    private static bool ActiveTogether(PetrarchActor a, PetrarchActor b)
    {
        static DateRange[] Periods(PetrarchActor x) => x.Codes.Any(c => c.Period is null) ? [DateRange.Always] : [.. x.Codes.Select(c => c.Period!.Value)];
        return Periods(a).Any(p => Periods(b).Any(p.Overlaps));
    }

    private static void LintAgents(PetrarchLexicon lexicon, List<DictionaryDiagnostic> diagnostics)
    {
        var byPhrase = new Dictionary<string, PetrarchAgent>(StringComparer.Ordinal);
        foreach (var agent in lexicon.Agents)
        {
            if (!IsActorCode(agent.Code))
            {
                diagnostics.Add(new(agent.File, agent.Line, DiagnosticSeverity.Warning, "bad-code", $"agent code '{agent.Code}' is not upper-case letters and digits"));
            }
            var key = agent.Phrase.ToString();
            if (byPhrase.TryGetValue(key, out var earlier))
            {
                if (earlier.Line != agent.Line || earlier.File != agent.File)
                {
                    var same = earlier.Code == agent.Code && earlier.Prefix == agent.Prefix;
                    diagnostics.Add(new(agent.File, agent.Line, DiagnosticSeverity.Warning, same ? "duplicate-agent" : "conflicting-agent",
                        same ? $"agent '{key}' repeats {Path.GetFileName(earlier.File)}:{earlier.Line}"
                             : $"agent '{key}' is also at {Path.GetFileName(earlier.File)}:{earlier.Line} with code {earlier.Code}; the earlier one wins"));
                }
            }
            else
            {
                byPhrase[key] = agent;
            }
        }
    }

    /// <summary>Reports each pattern that an earlier pattern of the same block always matches first.</summary>
    private static void FindShadowedPatterns(VerbBlock block, List<DictionaryDiagnostic> diagnostics)
    {
        var patterns = block.Patterns;
        for (var j = 1; j < patterns.Length; j++)
        {
            var later = patterns[j];
            for (var i = 0; i < j; i++)
            {
                var earlier = patterns[i];
                if (earlier.Sequence is null || later.Sequence is null || !Covers(earlier.Sequence, later.Sequence))
                {
                    continue;
                }
                var identical = earlier.Sequence.ToString() == later.Sequence.ToString();
                var sameCode = earlier.Code == later.Code && earlier.ReciprocalCode == later.ReciprocalCode;
                diagnostics.Add(new(later.File, later.Line, DiagnosticSeverity.Warning, identical && sameCode ? "duplicate-pattern" : "unreachable-pattern",
                    identical && sameCode
                        ? $"pattern '{later.Sequence}' repeats {Path.GetFileName(earlier.File)}:{earlier.Line}"
                        : $"pattern '{later.Sequence}' [{later.Code}] can never match: '{earlier.Sequence}' [{earlier.Code}] at {Path.GetFileName(earlier.File)}:{earlier.Line} matches first whenever it does"));
                break;
            }
        }
    }

    /// <summary>True when <paramref name="earlier"/> matches every word sequence <paramref name="later"/> matches (a sufficient test).</summary>
    internal static bool Covers(WordSequence earlier, WordSequence later) =>
        SideCovers([.. earlier.After], [.. later.After]) && SideCovers([.. earlier.Before.Reverse()], [.. later.Before.Reverse()]);

    /// <summary>
    /// Steps ordered from the verb outwards. Each earlier step must map, in order, to a later step that
    /// accepts no more: a word step to a word step with no other alternatives, a marker to the same
    /// marker, a tied step (or a marker a tied step follows) to a step right after the previous one.
    /// </summary>
    private static bool SideCovers(ImmutableArray<SequenceStep> e, ImmutableArray<SequenceStep> l)
    {
        var next = 0;
        for (var i = 0; i < e.Length; i++)
        {
            var step = e[i];
            // A marker binds the first phrase it meets; that can only stand for the later pattern's phrase
            // when nothing tied to it follows, or when it meets that phrase at once.
            var mustFollow = step.Adjacent || (step.Element is ActorMarker && i + 1 < e.Length && e[i + 1].Adjacent);
            var found = -1;
            for (var k = next; k < l.Length; k++)
            {
                if (Accepts(step, l[k]) && (!step.Adjacent || l[k].Adjacent))
                {
                    found = k;
                    break;
                }
                if (mustFollow)
                {
                    break;
                }
            }
            if (found < 0)
            {
                return false;
            }
            next = found + 1;
        }
        return true;
    }

    private static bool Accepts(SequenceStep earlier, SequenceStep later) => (earlier.Element, later.Element) switch
    {
        (ActorMarker a, ActorMarker b) => a.Kind == b.Kind,
        (SequenceWords a, SequenceWords b) => b.Alternatives.All(run => a.Alternatives.Any(x => x.SequenceEqual(run))),
        _ => false,
    };
}
