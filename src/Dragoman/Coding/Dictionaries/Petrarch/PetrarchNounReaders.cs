using System.Collections.Immutable;
using System.Globalization;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries.Petrarch;

/// <summary>
/// Reads PETRARCH actor, agent and discard dictionaries (TABARI conventions; see the PETRARCH
/// documentation, dictionaries.rst). Problems that PETRARCH itself skips with a warning (an
/// unreadable date restriction) are warnings; lines that cannot be read at all are errors.
/// </summary>
internal static class PetrarchNounReaders
{
    /// <summary>
    /// Actors: a primary phrase with an optional <c>[CODE]</c>, synonym lines starting with
    /// <c>+</c>, and tab-indented <c>[CODE &lt;DATE]</c>, <c>[CODE &gt;DATE]</c>, <c>[CODE DATE-DATE]</c>
    /// or <c>[CODE]</c> lines. Dates are YYYYMMDD or YYMMDD (YY up to 30 is 20YY). A primary phrase
    /// with no code of its own before the next one shares that one's codes, as in PETRARCH.
    /// </summary>
    public static List<PetrarchActor> ReadActors(DataFile file, List<DictionaryDiagnostic> diagnostics)
    {
        var actors = new List<PetrarchActor>();
        var phrases = new List<PetrarchPhrase>();
        var codes = new List<PetrarchActorCode>();
        var pendingCodeless = new List<(List<PetrarchPhrase> Phrases, int Line)>();
        var startLine = 0;

        void Flush()
        {
            if (phrases.Count == 0)
            {
                return;
            }
            if (codes.Count == 0)
            {
                // No code yet: PETRARCH gives these phrases the codes of the next entry.
                pendingCodeless.Add(([.. phrases], startLine));
            }
            else
            {
                foreach (var (pending, line) in pendingCodeless)
                {
                    actors.Add(new PetrarchActor([.. pending], [.. codes], file.Name, line));
                }
                pendingCodeless.Clear();
                actors.Add(new PetrarchActor([.. phrases], [.. codes], file.Name, startLine));
            }
            phrases.Clear();
            codes.Clear();
        }

        foreach (var (number, raw) in PetrarchLines.Read(file, semicolonComments: true))
        {
            void Error(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Error, code, message));
            void Warn(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Warning, code, message));

            if (raw.Trim() == "---STOP---")
            {
                break;
            }
            var isRestriction = raw[0] is '\t' || (raw[0] == ' ' && raw.TrimStart().StartsWith('['));
            var line = raw.Trim();
            if (isRestriction)
            {
                if (phrases.Count == 0)
                {
                    Error("orphan-code", "a date restriction line needs an actor before it");
                    continue;
                }
                var open = line.IndexOf('[');
                var close = line.IndexOf(']', Math.Max(open, 0));
                if (open < 0)
                {
                    Warn("bad-date", "an indented line without [CODE ...] is ignored");
                    continue;
                }
                var body = close < 0 ? line[(open + 1)..] : line[(open + 1)..close];
                if (!TryParseRestriction(body, number, out var restriction, out var problem))
                {
                    Warn("bad-date", problem! + "; line skipped");
                    continue;
                }
                codes.Add(restriction!);
                continue;
            }
            if (line[0] == '+')
            {
                if (phrases.Count == 0)
                {
                    Error("orphan-synonym", "a synonym line (+) needs an actor before it");
                    continue;
                }
                var text = line[1..];
                var bracket = text.IndexOf('[');
                if (bracket >= 0)
                {
                    Warn("synonym-code", "a code on a synonym line is ignored; codes belong to the primary phrase");
                    text = text[..bracket];
                }
                if (text.Trim().TrimEnd('_').Length == 0)
                {
                    Warn("empty-synonym", "an empty synonym is ignored");
                    continue;
                }
                phrases.Add(PetrarchPhrase.Parse(text));
                continue;
            }
            // A primary phrase.
            Flush();
            startLine = number;
            var phraseText = line;
            var codeOpen = line.IndexOf('[');
            if (codeOpen >= 0)
            {
                var codeClose = line.IndexOf(']', codeOpen);
                if (codeClose < 0)
                {
                    Error("bad-code", "unclosed '[' in the actor's code");
                    continue;
                }
                phraseText = line[..codeOpen];
                var body = line[(codeOpen + 1)..codeClose];
                if (!TryParseRestriction(body, number, out var restriction, out var problem))
                {
                    Error("bad-code", problem!);
                    continue;
                }
                codes.Add(restriction!);
            }
            if (phraseText.Trim().TrimEnd('_').Length == 0)
            {
                Error("bad-actor", "an actor line needs a phrase before its code");
                continue;
            }
            phrases.Add(PetrarchPhrase.Parse(phraseText));
        }
        Flush();
        foreach (var (pending, line) in pendingCodeless)
        {
            diagnostics.Add(new(file.Name, line, DiagnosticSeverity.Warning, "no-code", $"actor '{pending[0]}' has no code; it codes nothing"));
            actors.Add(new PetrarchActor([.. pending], [], file.Name, line));
        }
        return actors;
    }

    /// <summary>"HOBGOV 19950601 - 19990815", "HOB &lt; 950601", "HOBREB &gt;990816" or "ENT".</summary>
    private static bool TryParseRestriction(string body, int line, out PetrarchActorCode? result, out string? problem)
    {
        result = null;
        problem = null;
        body = body.Trim();
        var space = body.IndexOfAny([' ', '\t']);
        var code = space < 0 ? body : body[..space];
        var rest = space < 0 ? "" : body[(space + 1)..].Trim();
        if (code.Length == 0)
        {
            problem = "empty code in [...]";
            return false;
        }
        if (rest.Length == 0)
        {
            result = new PetrarchActorCode(code, null, line);
            return true;
        }
        DateRange period;
        if (rest[0] is '<' or '>')
        {
            if (!TryParseDate(rest[1..].Trim(), out var date))
            {
                problem = $"cannot read the date in '{body}'";
                return false;
            }
            period = rest[0] == '<' ? new DateRange(null, date) : new DateRange(date, null);
        }
        else
        {
            var dash = rest.IndexOf('-');
            if (dash < 0 || !TryParseDate(rest[..dash].Trim(), out var from) || !TryParseDate(rest[(dash + 1)..].Trim(), out var to))
            {
                problem = $"cannot read the dates in '{body}' (expected DATE-DATE, <DATE or >DATE)";
                return false;
            }
            if (to < from)
            {
                problem = $"the period in '{body}' ends before it starts";
                return false;
            }
            period = new DateRange(from, to);
        }
        result = new PetrarchActorCode(code, period, line);
        return true;
    }

    /// <summary>YYYYMMDD or YYMMDD (YY up to 30 means 20YY, otherwise 19YY), as PETRARCH reads them.</summary>
    internal static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length is not (6 or 8) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        int year, month, day;
        var c = CultureInfo.InvariantCulture;
        if (text.Length == 8)
        {
            year = int.Parse(text[..4], c);
            month = int.Parse(text[4..6], c);
            day = int.Parse(text[6..8], c);
        }
        else
        {
            year = int.Parse(text[..2], c);
            year += year <= 30 ? 2000 : 1900;
            month = int.Parse(text[2..4], c);
            day = int.Parse(text[4..6], c);
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Agents: <c>PHRASE {PLURAL} [~CODE]</c> or <c>[CODE~]</c>. The regular plural is generated
    /// unless <c>{…}</c> gives one (<c>{}</c>: none). <c>!NAME! = A, B</c> defines a substitution
    /// set; <c>CONGRESS!PERSON!</c> then stands for CONGRESSMAN, CONGRESSWOMAN… (no further plurals).
    /// </summary>
    public static List<PetrarchAgent> ReadAgents(DataFile file, List<DictionaryDiagnostic> diagnostics)
    {
        var agents = new List<PetrarchAgent>();
        var substitutions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (number, raw) in PetrarchLines.Read(file, semicolonComments: false))
        {
            void Error(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Error, code, message));
            // PETRARCH skips agent lines it cannot use (no code, a broken code) with a warning; so do we.
            void Skip(string code, string message) => diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Warning, code, message + "; line skipped"));
            var line = raw.Trim();
            if (line.Contains('!') && line.Contains('=') && !line.Contains('['))
            {
                var first = line.IndexOf('!');
                var second = line.IndexOf('!', first + 1);
                var eq = line.IndexOf('=');
                if (second < 0 || eq < second)
                {
                    Error("bad-substitution", "expected '!NAME! = WORD, WORD'");
                    continue;
                }
                substitutions[line[(first + 1)..second]] = [.. line[(eq + 1)..].Split(',').Select(w => w.Trim().ToUpperInvariant()).Where(w => w.Length > 0)];
                continue;
            }
            var open = line.IndexOf('[');
            if (open < 0)
            {
                Skip("missing-code", "an agent needs a code in [~CODE] or [CODE~]");
                continue;
            }
            var close = line.IndexOf(']', open);
            if (close < 0)
            {
                Skip("bad-code", "unclosed '[' in the agent's code");
                continue;
            }
            var codeText = line[(open + 1)..close].Trim();
            bool prefix;
            string code;
            if (codeText.StartsWith('~') && codeText.Length > 1 && !codeText[1..].Contains('~'))
            {
                prefix = false;
                code = codeText[1..].Trim();
            }
            else if (codeText.EndsWith('~') && codeText.Length > 1 && !codeText[..^1].Contains('~'))
            {
                prefix = true;
                code = codeText[..^1].Trim();
            }
            else
            {
                Skip("bad-code", $"agent code '{codeText}' needs one '~': before the code to follow the actor code, after it to precede it");
                continue;
            }
            var phraseText = line[..open];
            string? plural = null;
            var explicitPlural = false;
            var brace = phraseText.IndexOf('{');
            if (brace >= 0)
            {
                var braceClose = phraseText.IndexOf('}', brace);
                if (braceClose < 0)
                {
                    Error("bad-plural", "unclosed '{'");
                    continue;
                }
                plural = phraseText[(brace + 1)..braceClose].Trim();
                explicitPlural = true;
                phraseText = phraseText[..brace];
            }
            phraseText = phraseText.Trim().ToUpperInvariant();
            if (phraseText.TrimEnd('_').Length == 0)
            {
                Error("bad-agent", "an agent line needs a phrase before its code");
                continue;
            }
            if (phraseText.Contains('!'))
            {
                var first = phraseText.IndexOf('!');
                var second = phraseText.IndexOf('!', first + 1);
                if (second < 0)
                {
                    Error("bad-substitution", "a substitution marker needs a closing '!'");
                    continue;
                }
                var name = phraseText[(first + 1)..second];
                if (!substitutions.TryGetValue(name, out var words))
                {
                    Skip("unknown-substitution", $"substitution set !{name}! is not defined before it is used");
                    continue;
                }
                foreach (var w in words)
                {
                    agents.Add(new PetrarchAgent(PetrarchPhrase.Parse(phraseText[..first] + w + phraseText[(second + 1)..]), code, prefix, file.Name, number));
                }
                continue;
            }
            agents.Add(new PetrarchAgent(PetrarchPhrase.Parse(phraseText), code, prefix, file.Name, number));
            var pluralText = explicitPlural ? plural!.ToUpperInvariant() : PetrarchWordForms.Plural(phraseText.TrimEnd('_'));
            if (pluralText.Length > 0)
            {
                agents.Add(new PetrarchAgent(PetrarchPhrase.Parse(pluralText), code, prefix, file.Name, number));
            }
        }
        return agents;
    }

    /// <summary>Discards: one phrase per line; <c>+</c> first for a story-level discard, <c>_</c> last for a whole last word.</summary>
    public static List<PetrarchDiscard> ReadDiscards(DataFile file, List<DictionaryDiagnostic> diagnostics)
    {
        var discards = new List<PetrarchDiscard>();
        foreach (var (number, raw) in PetrarchLines.Read(file, semicolonComments: false))
        {
            var line = raw.Trim();
            var story = line.StartsWith('+');
            if (story)
            {
                line = line[1..].Trim();
            }
            var wholeWord = line.EndsWith('_');
            var words = line.TrimEnd('_').Replace('_', ' ').ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                diagnostics.Add(new(file.Name, number, DiagnosticSeverity.Error, "bad-discard", "an empty discard phrase"));
                continue;
            }
            discards.Add(new PetrarchDiscard([.. words], story, wholeWord, file.Name, number));
        }
        return discards;
    }
}
