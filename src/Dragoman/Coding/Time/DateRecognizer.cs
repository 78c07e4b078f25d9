using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Coding.Time;

/// <summary>
/// Finds date expressions and resolves them to calendar dates against the article date: absolute
/// dates ("October 7", "7 Oct 2023", "2023-10-07"), months and years ("in October", "in 1988"),
/// weekdays ("on Thursday", "last Friday", "next Monday") and relative expressions ("yesterday",
/// "two days ago", "last month"). When the article has no date, the first full date near the top
/// of the text becomes the article date.
/// </summary>
public sealed class DateRecognizer : IDocumentStage
{
    /// <summary>The shared instance; the recogniser holds no state.</summary>
    public static DateRecognizer Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences | Layers.Tokens;

    /// <inheritdoc />
    public Layers Produces => Layers.Dates;

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["several"] = 3, ["few"] = 3, ["a few"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] FutureCues = ["will", "'ll", "shall", "next", "due", "expected", "plans", "planned", "plan", "scheduled", "going", "set", "upcoming"];

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var found = new List<(int Sentence, int FirstToken, DateMatch Match)>();
        foreach (var sentence in doc.Sentences)
        {
            var tokens = doc.TokensOf(sentence.Index);
            var i = 0;
            while (i < tokens.Length)
            {
                if (TryMatch(tokens, i, out var m))
                {
                    found.Add((sentence.Index, tokens[i].Index, m));
                    i += m.Length;
                }
                else
                {
                    i++;
                }
            }
        }

        // Without an article date, the first full date in the opening sentences anchors the rest.
        var article = doc.Article;
        var anchor = article.Date;
        if (anchor is null)
        {
            foreach (var (sentence, _, m) in found)
            {
                if (sentence <= 3 && m is { Relative: false, HasYear: true, Granularity: DateGranularity.Day })
                {
                    anchor = m.Resolve(null);
                    break;
                }
            }
        }

        var dates = ImmutableArray.CreateBuilder<DateMention>(found.Count);
        foreach (var (sentence, first, m) in found)
        {
            var span = new CharSpan(doc.Tokens[first].Start, doc.Tokens[first + m.Length - 1].End);
            dates.Add(new DateMention(sentence, span, doc.TextOf(span), m.Resolve(anchor), m.Granularity, m.Relative));
        }
        return doc with
        {
            Article = anchor == article.Date ? article : article with { Date = anchor },
            Dates = dates.ToImmutable(),
            Layers = doc.Layers | Produces,
        };
    }

    /// <summary>A recognised date expression, not yet resolved.</summary>
    internal sealed record DateMatch(int Length, DateGranularity Granularity, bool Relative, bool HasYear, Func<DateOnly?, DateOnly?> Resolve);

    private static string W(ReadOnlySpan<Token> tokens, int i) => i < tokens.Length && i >= 0 ? tokens[i].Norm : "";

    private static bool Is(ReadOnlySpan<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Length && tokens[i].Norm.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool TryMonth(string word, out int month)
    {
        var w = word.EndsWith('.') ? word[..^1] : word;
        return Months.TryGetValue(w, out month);
    }

    private static bool TryDay(string word, out int day)
    {
        var w = word;
        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (w.Length > 2 && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(w[^3]))
            {
                w = w[..^2];
                break;
            }
        }
        return int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && w.Length <= 2;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1800 and <= 2200;

    private static bool TryMatch(ReadOnlySpan<Token> t, int i, out DateMatch match)
    {
        match = null!;
        var w = W(t, i);
        if (w.Length == 0)
        {
            return false;
        }

        // ISO 2023-10-07
        if (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            match = new DateMatch(1, DateGranularity.Day, false, true, _ => iso);
            return true;
        }

        // Month-first: "October 7", "Oct. 7, 2023", "October 2023", "October" (after in/since/until/early/late…)
        if (char.IsUpper(w[0]) && TryMonth(w, out var month))
        {
            if (month == 5 && w is "May" && !LooksLikeMonthContext(t, i))
            {
                return false; // the modal verb "may" capitalised at sentence start, or a name
            }
            if (TryDay(W(t, i + 1), out var day))
            {
                var length = 2;
                var year = 0;
                if (Is(t, i + 2, ",") && TryYear(W(t, i + 3), out year))
                {
                    length = 4;
                }
                else if (TryYear(W(t, i + 2), out year))
                {
                    length = 3;
                }
                var (m, d, y) = (month, day, year);
                match = new DateMatch(length, DateGranularity.Day, false, y != 0, a => Absolute(y, m, d, a));
                return true;
            }
            if (TryYear(W(t, i + 1), out var monthYear))
            {
                var (m, y) = (month, monthYear);
                match = new DateMatch(2, DateGranularity.Month, false, true, _ => new DateOnly(y, m, 1));
                return true;
            }
            if (LooksLikeMonthContext(t, i))
            {
                var m = month;
                match = new DateMatch(1, DateGranularity.Month, false, false, a => a is DateOnly ad ? MonthNear(ad, m) : null);
                return true;
            }
            return false;
        }

        // Day-first: "7 October", "7th of October 2023"
        if (char.IsDigit(w[0]) && TryDay(w, out var dayFirst))
        {
            var next = i + 1;
            if (Is(t, next, "of"))
            {
                next++;
            }
            if (TryMonth(W(t, next), out var m2) && char.IsUpper(W(t, next)[0]))
            {
                var length = next - i + 1;
                var year = 0;
                if (TryYear(W(t, next + 1), out year))
                {
                    length++;
                }
                var (d, m, y) = (dayFirst, m2, year);
                match = new DateMatch(length, DateGranularity.Day, false, y != 0, a => Absolute(y, m, d, a));
                return true;
            }
        }

        // A year after a preposition: "in 1988", "since 2014", "by 2030".
        if (TryYear(w, out var bareYear) && i > 0 && W(t, i - 1).ToLowerInvariant() is "in" or "since" or "by" or "until" or "till" or "from" or "of" or "to" or "during" or "before" or "after" or "early" or "late" or "mid")
        {
            var y = bareYear;
            match = new DateMatch(1, DateGranularity.Year, false, true, _ => new DateOnly(y, 1, 1));
            return true;
        }

        var lower = w.ToLowerInvariant();
        switch (lower)
        {
            case "today" or "tonight":
                match = new DateMatch(1, DateGranularity.Day, true, false, a => a);
                return true;
            case "yesterday":
                match = new DateMatch(1, DateGranularity.Day, true, false, a => a?.AddDays(-1));
                return true;
            case "tomorrow":
                match = new DateMatch(1, DateGranularity.Day, true, false, a => a?.AddDays(1));
                return true;
        }

        // "last/next/this Thursday", "Thursday"
        var modifier = lower is "last" or "next" or "this" or "past" or "previous" or "coming" ? lower : null;
        var weekdayIndex = modifier is null ? i : i + 1;
        if (Weekdays.TryGetValue(W(t, weekdayIndex), out var weekday) && char.IsUpper(W(t, weekdayIndex)[0]))
        {
            var future = modifier is "next" or "coming" || (modifier is null && IsFutureContext(t, i));
            var past = modifier is "last" or "past" or "previous";
            var length = weekdayIndex - i + 1;
            // "Thursday night/morning" stays the same day.
            match = new DateMatch(length, DateGranularity.Day, true, false, a => a is DateOnly ad ? ResolveWeekday(ad, weekday, future, past) : null);
            return true;
        }

        // "last/next/this week|month|year"
        if (modifier is not null && W(t, i + 1).ToLowerInvariant() is "month" or "year" or "week")
        {
            var unit = W(t, i + 1).ToLowerInvariant();
            var offset = modifier is "last" or "past" or "previous" ? -1 : modifier is "next" or "coming" ? 1 : 0;
            if (unit == "week")
            {
                match = new DateMatch(2, DateGranularity.Day, true, false, a => a?.AddDays(7 * offset));
                return false; // a week is not a day: recognised but not reported as a date
            }
            var granularity = unit == "month" ? DateGranularity.Month : DateGranularity.Year;
            match = new DateMatch(2, granularity, true, false, a => a is DateOnly ad
                ? unit == "month" ? new DateOnly(ad.Year, ad.Month, 1).AddMonths(offset) : new DateOnly(ad.Year + offset, 1, 1)
                : null);
            return true;
        }

        // "two days ago", "a week ago", "three years ago"
        if (SmallNumbers.TryGetValue(lower, out var count) || int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            var unit = W(t, i + 1).ToLowerInvariant();
            if (Is(t, i + 2, "ago") && unit is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years")
            {
                var n = count;
                var (granularity, resolve) = unit.TrimEnd('s') switch
                {
                    "day" => (DateGranularity.Day, (Func<DateOnly?, DateOnly?>)(a => a?.AddDays(-n))),
                    "week" => (DateGranularity.Day, a => a?.AddDays(-7 * n)),
                    "month" => (DateGranularity.Month, a => a is DateOnly ad ? new DateOnly(ad.Year, ad.Month, 1).AddMonths(-n) : null),
                    _ => (DateGranularity.Year, a => a is DateOnly ad ? new DateOnly(ad.Year - n, 1, 1) : null),
                };
                match = new DateMatch(3, granularity, true, false, resolve);
                return true;
            }
        }
        return false;
    }

    private static bool LooksLikeMonthContext(ReadOnlySpan<Token> t, int i)
    {
        var previous = W(t, i - 1).ToLowerInvariant();
        var next = W(t, i + 1);
        return previous is "in" or "since" or "until" or "till" or "by" or "early" or "late" or "mid" or "-" or "during" or "last" or "next" or "this" or "of" or "from" or "through"
            || TryDay(next, out _) || TryYear(next, out _);
    }

    private static bool IsFutureContext(ReadOnlySpan<Token> t, int i)
    {
        for (var k = Math.Max(0, i - 8); k < i; k++)
        {
            foreach (var cue in FutureCues)
            {
                if (t[k].Norm.Equals(cue, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A month and day without a year take the article's year, or the year before when that would put them well after the article.</summary>
    internal static DateOnly? Absolute(int year, int month, int day, DateOnly? anchor)
    {
        if (year == 0)
        {
            if (anchor is not DateOnly a)
            {
                return null;
            }
            year = a.Year;
            if (IsValid(year, month, day) && new DateOnly(year, month, day).DayNumber - a.DayNumber > 90)
            {
                year--;
            }
        }
        return IsValid(year, month, day) ? new DateOnly(year, month, day) : null;
    }

    private static bool IsValid(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    private static DateOnly MonthNear(DateOnly anchor, int month)
    {
        var candidate = new DateOnly(anchor.Year, month, 1);
        return candidate.DayNumber - anchor.DayNumber > 90 ? candidate.AddYears(-1) : candidate;
    }

    /// <summary>
    /// News convention: a bare weekday is the most recent such day on or before the article date
    /// (the article's own day included), unless the sentence speaks of the future.
    /// </summary>
    internal static DateOnly ResolveWeekday(DateOnly anchor, DayOfWeek weekday, bool future, bool strictlyPast)
    {
        var delta = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        if (future)
        {
            var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
            return anchor.AddDays(ahead == 0 ? 7 : ahead);
        }
        if (strictlyPast && delta == 0)
        {
            delta = 7;
        }
        return anchor.AddDays(-delta);
    }
}
