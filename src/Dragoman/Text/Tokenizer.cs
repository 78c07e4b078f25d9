using System.Collections.Frozen;
using System.Text;

namespace Dragoman.Text;

/// <summary>A token's character range before it becomes a <see cref="Documents.Token"/>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct RawToken(int Start, int End);

/// <summary>
/// A rule-based tokeniser that follows the Universal Dependencies English (EWT) conventions:
/// clitics split ("do|n't", "ca|n't", "Russia|'s"), hyphenated compounds split at the hyphen
/// ("2.3|-|million|-|strong") except after common prefixes ("anti-American"), numbers with
/// separators kept whole ("1,400", "2.3"), abbreviations and dotted acronyms keep their period
/// ("Dr.", "U.S."), URLs and e-mail addresses kept whole, and currency symbols split from amounts.
/// It allocates nothing but the output list.
/// </summary>
public static class Tokenizer
{
    // UD EWT keeps these prefixes joined to the rest of a hyphenated word.
    private static readonly FrozenSet<string> JoinedPrefixes = new[]
    {
        "non", "anti", "pro", "post", "pre", "mid", "e", "re", "ex", "neo", "multi", "co", "semi", "sub",
        "inter", "counter", "vice", "cross", "ultra", "quasi", "pseudo", "trans", "intra", "bi", "tri", "uni",
        "mega", "micro", "macro", "mini", "over", "under", "socio", "geo", "euro", "afro", "t",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Contractions written without their apostrophe, split where UD EWT splits them ("dont" -> do|nt).
    // Each value is the length of the first part. Ambiguous forms ("its", "ill", "were", "lets") are left alone.
    private static readonly FrozenDictionary<string, int> BareContractions = new Dictionary<string, int>
    {
        ["dont"] = 2, ["doesnt"] = 4, ["didnt"] = 3, ["cant"] = 2, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6,
        ["isnt"] = 2, ["arent"] = 3, ["wasnt"] = 3, ["werent"] = 4, ["hasnt"] = 3, ["havent"] = 4, ["hadnt"] = 3,
        ["aint"] = 2, ["wont"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["theyre"] = 4, ["thats"] = 4,
        ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Units and multipliers that UD splits from a number written against them ("10am", "2.3bn", "35mm").
    private static readonly FrozenSet<string> NumberUnits = new[]
    {
        "am", "pm", "a.m.", "p.m.", "k", "m", "bn", "mn", "mln", "b", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "mph", "kph",
        "ft", "hr", "hrs", "min", "mins", "sec", "kb", "mb", "gb", "tb", "mw", "mwh", "kw", "kwh",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Emoticons are single tokens in UD EWT.
    private static readonly string[] Emoticons = [":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ";)", ":D", ":P", ":p", "=)", "(:", ":/", ":|", "<3"];

    /// <summary>Tokenises <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) and appends the tokens (absolute offsets).</summary>
    public static void Tokenize(string text, int start, int end, List<RawToken> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var j = i;
            while (j < end && !char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            if (j > i)
            {
                SplitChunk(text, i, j, end, output);
            }
            i = j;
        }
    }

    /// <summary>Tokenises a whole string.</summary>
    public static List<RawToken> Tokenize(string text)
    {
        var output = new List<RawToken>();
        Tokenize(text, 0, text.Length, output);
        return output;
    }

    /// <summary>
    /// The matching form of a token: typographic apostrophes, quotes, dashes and ellipses folded to
    /// ASCII (the forms the Penn Treebank and the dictionaries use). Returns the input string itself
    /// when nothing changes, so most tokens cost no allocation.
    /// </summary>
    public static string Normalize(string token)
    {
        var needs = false;
        foreach (var c in token)
        {
            if (FoldChar(c) is not null)
            {
                needs = true;
                break;
            }
        }
        if (!needs)
        {
            return token;
        }
        var sb = new StringBuilder(token.Length + 2);
        foreach (var c in token)
        {
            sb.Append(FoldChar(c) ?? c.ToString());
        }
        return sb.ToString();
    }

    private static string? FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
        '\u2013' or '\u2012' or '\u2010' or '\u2011' or '\u2212' => "-",
        '\u2014' or '\u2015' => "--",
        '\u2026' => "...",
        '\u00A0' => " ",
        _ => null,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015' or '\u2010' or '\u2011' or '\u2212';

    private static bool IsOpening(char c) =>
        c is '"' or '(' or '[' or '{' or '<' or '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\'' or '\u00BF' or '\u00A1' or '*' or '#' or '`' or '\u2039';

    private static bool IsClosing(char c) =>
        c is '"' or ')' or ']' or '}' or '>' or '\u201D' or '\u00BB' or '\u2019' or '\'' or ',' or ';' or ':' or '!' or '?' or '*' or '\u203A' or '`';

    // Symbols whose runs ("<<", "**", "==", "''") are single tokens.
    private static bool IsRepeatable(char c) => c is '<' or '>' or '*' or '=' or '\'' or '\u2019' or '\u2018' or '`' or '~' or '#' or '+' or '^';

    private static bool IsLastChunk(string text, int end, int rangeEnd)
    {
        for (var i = end; i < rangeEnd; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCurrency(char c) => c is '$' or '\u00A3' or '\u20AC' or '\u00A5' or '\u20B9' or '\u20BD' or '\u20AA';

    private static void SplitChunk(string text, int start, int end, int rangeEnd, List<RawToken> output)
    {
        // An emoticon standing alone, or closing a word ("great:)").
        foreach (var emoticon in Emoticons)
        {
            var length = emoticon.Length;
            if (end - start >= length && text.AsSpan(end - length, length).SequenceEqual(emoticon)
                && (end - length == start || char.IsLetterOrDigit(text[end - length - 1])))
            {
                if (end - length > start)
                {
                    SplitChunk(text, start, end - length, rangeEnd, output);
                }
                output.Add(new RawToken(end - length, end));
                return;
            }
        }

        // Whole-chunk forms first: URLs and e-mail addresses, minus trailing sentence punctuation.
        var urlEnd = UrlEnd(text, start, end);
        if (urlEnd > start)
        {
            output.Add(new RawToken(start, urlEnd));
            if (urlEnd < end)
            {
                SplitChunk(text, urlEnd, end, rangeEnd, output);
            }
            return;
        }

        // Leading punctuation.
        while (start < end)
        {
            var c = text[start];
            if (IsApostrophe(c) && start + 1 < end && char.IsDigit(text[start + 1]))
            {
                break; // '90s
            }
            if (IsApostrophe(c) && start + 2 <= end && IsCliticAt(text, start, end))
            {
                break; // a clitic standing alone: 's after a quote
            }
            if (IsRepeatable(c) && start + 1 < end && text[start + 1] == c)
            {
                var d = start + 2;
                while (d < end && text[d] == c)
                {
                    d++;
                }
                output.Add(new RawToken(start, d)); // "<<", "**", "''"
                start = d;
                continue;
            }
            if (IsOpening(c))
            {
                output.Add(new RawToken(start, start + 1));
                start++;
                continue;
            }
            if (IsDash(c))
            {
                if (c == '-' && start + 1 < end && char.IsDigit(text[start + 1]) && (start == 0 || char.IsWhiteSpace(text[start - 1])))
                {
                    break; // a negative number
                }
                var d = start + 1;
                while (d < end && IsDash(text[d]))
                {
                    d++;
                }
                output.Add(new RawToken(start, d));
                start = d;
                continue;
            }
            if (c == '.' && end - start >= 3 && text[start + 1] == '.' && text[start + 2] == '.')
            {
                var d = start + 3;
                while (d < end && text[d] == '.')
                {
                    d++;
                }
                output.Add(new RawToken(start, d));
                start = d;
                continue;
            }
            if (c == '\u2026')
            {
                output.Add(new RawToken(start, start + 1));
                start++;
                continue;
            }
            if (IsCurrency(c) && start + 1 < end)
            {
                output.Add(new RawToken(start, start + 1));
                start++;
                continue;
            }
            break;
        }
        if (start >= end)
        {
            return;
        }

        // Trailing punctuation, collected right to left.
        Span<RawToken> trail = stackalloc RawToken[16];
        var trailCount = 0;
        while (end > start && trailCount < trail.Length)
        {
            var c = text[end - 1];
            if (c is '!' or '?' || (c == '.' && end - start >= 2 && text[end - 2] is '!' or '?'))
            {
                // "!!", "?!", "!?", ".?": one token, as UD EWT writes them.
                var d = end - 1;
                while (d > start && text[d - 1] is '!' or '?' or '.')
                {
                    d--;
                }
                if (end - d > 3 && text[d] == '.' && text[d + 1] == '.' && text[d + 2] == '.')
                {
                    // "...?": the ellipsis and the question mark are two tokens.
                    var dots = d + 3;
                    while (text[dots] == '.')
                    {
                        dots++;
                    }
                    d = dots;
                }
                trail[trailCount++] = new RawToken(d, end);
                end = d;
                continue;
            }
            if (IsRepeatable(c) && end - start >= 2 && text[end - 2] == c)
            {
                var d = end - 2;
                while (d > start && text[d - 1] == c)
                {
                    d--;
                }
                trail[trailCount++] = new RawToken(d, end);
                end = d;
                continue;
            }
            if (c == '.')
            {
                if (end - start >= 2 && text[end - 2] == '.' && (end - start == 2 || text[end - 3] != '.'))
                {
                    // ".." (two dots) is one token in UD EWT.
                    trail[trailCount++] = new RawToken(end - 2, end);
                    end -= 2;
                    continue;
                }
                if (end - start >= 3 && text[end - 2] == '.' && text[end - 3] == '.')
                {
                    var d = end - 3;
                    while (d > start && text[d - 1] == '.')
                    {
                        d--;
                    }
                    trail[trailCount++] = new RawToken(d, end);
                    end = d;
                    continue;
                }
                var core = text.AsSpan(start, end - start);
                if (Abbreviations.IsDottedAcronym(core) || Abbreviations.IsInitial(core))
                {
                    break;
                }
                if (Abbreviations.IsKnown(core) && !(trailCount == 0 && IsLastChunk(text, end, rangeEnd) && Abbreviations.CanEndSentence(core)))
                {
                    // A sentence-final "etc." or "Inc." gives its period to the sentence, as UD does;
                    // anywhere else the period belongs to the abbreviation.
                    break;
                }
                trail[trailCount++] = new RawToken(end - 1, end);
                end--;
                continue;
            }
            if (c == '\u2026' || c == '%' || c == '\u2030')
            {
                trail[trailCount++] = new RawToken(end - 1, end);
                end--;
                continue;
            }
            if (IsDash(c) && end - 1 > start)
            {
                var d = end - 1;
                while (d > start && IsDash(text[d - 1]))
                {
                    d--;
                }
                trail[trailCount++] = new RawToken(d, end);
                end = d;
                continue;
            }
            if (IsClosing(c))
            {
                // "parents'" keeps the apostrophe as its own token (possessive), as UD does.
                trail[trailCount++] = new RawToken(end - 1, end);
                end--;
                continue;
            }
            break;
        }

        if (end > start)
        {
            SplitCore(text, start, end, output);
        }
        for (var t = trailCount - 1; t >= 0; t--)
        {
            output.Add(trail[t]);
        }
    }

    // Splits clitics off the end and hyphens inside a chunk stripped of outer punctuation.
    private static void SplitCore(string text, int start, int end, List<RawToken> output)
    {
        var length = end - start;
        // n't: "don't" -> do n't, "can't" -> ca n't, "won't" -> wo n't.
        if (length > 3 && IsApostrophe(text[end - 2]) && (text[end - 1] is 't' or 'T') && (text[end - 3] is 'n' or 'N'))
        {
            SplitHyphens(text, start, end - 3, output);
            output.Add(new RawToken(end - 3, end));
            return;
        }
        if (length == 6 && text.AsSpan(start, 6).Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(new RawToken(start, start + 3));
            output.Add(new RawToken(start + 3, end));
            return;
        }
        // 's 're 've 'll 'd 'm
        for (var k = Math.Max(start + 1, end - 3); k < end; k++)
        {
            if ((IsApostrophe(text[k]) || text[k] == '`') && IsCliticAt(text, k, end) && char.IsLetterOrDigit(text[k - 1]))
            {
                SplitHyphens(text, start, k, output);
                output.Add(new RawToken(k, end));
                return;
            }
        }
        SplitHyphens(text, start, end, output);
    }

    private static bool IsCliticAt(string text, int apostrophe, int end)
    {
        var rest = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static void SplitHyphens(string text, int start, int end, List<RawToken> output)
    {
        if (IsDayMonthYear(text.AsSpan(start, end - start)))
        {
            output.Add(new RawToken(start, end)); // "01-Feb-02" is one token in UD EWT
            return;
        }
        var segmentStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsDash(c) && i > start && i < end - 1)
            {
                var d = i + 1;
                while (d < end && IsDash(text[d]))
                {
                    d++;
                }
                var single = d == i + 1 && c == '-';
                if (single && segmentStart == start && IsJoinedPrefix(text.AsSpan(segmentStart, i - segmentStart)))
                {
                    i = d;
                    continue;
                }
                if (single && char.IsDigit(text[i - 1]) && d < end && char.IsDigit(text[d]) && LooksLikeCode(text, start, end))
                {
                    i = d;
                    continue; // phone numbers, ISO dates, serial numbers stay whole; ranges ("2013-2014") split
                }
                if (d >= end)
                {
                    break;
                }
                EmitWord(text, segmentStart, i, output);
                output.Add(new RawToken(i, d));
                segmentStart = d;
                i = d;
                continue;
            }
            if (c == '/' && i > start && i < end - 1 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && !SingleLetters(text, segmentStart, end, i))
            {
                // "Israel/Gaza" -> Israel / Gaza and "and/or" -> and / or, but "w/o" and "l/c" stay whole.
                EmitWord(text, segmentStart, i, output);
                output.Add(new RawToken(i, i + 1));
                segmentStart = i + 1;
            }
            i++;
        }
        if (end > segmentStart)
        {
            EmitWord(text, segmentStart, end, output);
        }
    }

    // Emits one word of a chunk, splitting what UD splits inside a word: a currency symbol after a
    // hyphen ("£3,000-£5,000"), a unit written against a number ("10am", "2bn") and a contraction
    // written without its apostrophe ("dont").
    private static void EmitWord(string text, int start, int end, List<RawToken> output)
    {
        if (end - start >= 2 && IsCurrency(text[start]) && char.IsDigit(text[start + 1]))
        {
            output.Add(new RawToken(start, start + 1));
            start++;
        }
        if (char.IsDigit(text[start]))
        {
            var digitsEnd = start;
            while (digitsEnd < end && (char.IsDigit(text[digitsEnd]) || (text[digitsEnd] is '.' or ',' or ':' && digitsEnd + 1 < end && char.IsDigit(text[digitsEnd + 1]))))
            {
                digitsEnd++;
            }
            if (digitsEnd < end && NumberUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(digitsEnd, end - digitsEnd)))
            {
                output.Add(new RawToken(start, digitsEnd));
                output.Add(new RawToken(digitsEnd, end));
                return;
            }
        }
        else if (end - start <= 7 && BareContractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, end - start), out var firstLength))
        {
            output.Add(new RawToken(start, start + firstLength));
            output.Add(new RawToken(start + firstLength, end));
            return;
        }
        output.Add(new RawToken(start, end));
    }

    // d(d)-Mon-yy(yy)
    private static bool IsDayMonthYear(ReadOnlySpan<char> word)
    {
        var first = word.IndexOf('-');
        if (first is < 1 or > 2 || word.Length < first + 7 || word[first + 4] != '-')
        {
            return false;
        }
        var year = word[(first + 5)..];
        return word[..first].IndexOfAnyExceptInRange('0', '9') < 0
            && char.IsUpper(word[first + 1]) && char.IsLower(word[first + 2]) && char.IsLower(word[first + 3])
            && year.Length is 2 or 4 && year.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool SingleLetters(string text, int start, int end, int slash) =>
        slash - start == 1 && (end - slash - 2 == 0 || text[slash + 2] == '/');

    // Phone numbers ("555-1234", "713-853-3989") and dates ("2023-10-26") stay whole; a single
    // hyphen between other numbers is a range ("2013-2014", "5-10") and splits.
    private static bool LooksLikeCode(string text, int start, int end)
    {
        var hyphens = 0;
        var firstGroup = -1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '-')
            {
                hyphens++;
                if (firstGroup < 0)
                {
                    firstGroup = i - start;
                }
            }
            else if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }
        return hyphens >= 2 || (firstGroup == 3 && end - start - firstGroup - 1 == 4);
    }

    private static bool IsJoinedPrefix(ReadOnlySpan<char> segment)
    {
        if (segment.Length == 0 || segment.Length > 7)
        {
            return false;
        }
        Span<char> lower = stackalloc char[segment.Length];
        segment.ToLowerInvariant(lower);
        return JoinedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    // Returns the end of a URL or e-mail address at the start of the chunk, or start when there is none.
    private static int UrlEnd(string text, int start, int end)
    {
        var chunk = text.AsSpan(start, end - start);
        var isUrl = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!isUrl)
        {
            var at = chunk.IndexOf('@');
            var dot = at > 0 ? chunk[at..].IndexOf('.') : -1;
            isUrl = at > 0 && dot > 1 && at + dot < chunk.Length - 1 && IsEmailLocal(chunk[..at]);
        }
        if (!isUrl)
        {
            return start;
        }
        var e = end;
        while (e > start && (text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '\u201D' or '\u2019' or ']'))
        {
            e--;
        }
        return e;
    }

    private static bool IsEmailLocal(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+'))
            {
                return false;
            }
        }
        return true;
    }
}
