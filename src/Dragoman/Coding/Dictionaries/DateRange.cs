using System.Globalization;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// An inclusive range of days, open at either end ("2000-05-07..2008-05-07", "2012-05-07..", "..1991-12-26").
/// Written with a year only ("1945..1953"), a start means 1 January and an end 31 December.
/// </summary>
/// <param name="From">First day, or null for "since always".</param>
/// <param name="To">Last day, or null for "still".</param>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>A range with no bounds.</summary>
    public static DateRange Always => default;

    /// <summary>True when <paramref name="date"/> falls inside; an unknown date falls inside ranges that are still open (current roles).</summary>
    public bool Contains(DateOnly? date)
    {
        if (date is not DateOnly d)
        {
            return To is null;
        }
        return (From is null || d >= From) && (To is null || d <= To);
    }

    /// <summary>True when the two ranges share at least one day.</summary>
    public bool Overlaps(DateRange other) =>
        (From is null || other.To is null || From <= other.To) && (other.From is null || To is null || other.From <= To);

    /// <summary>Parses "FROM..TO" where either side may be empty, a year, a year-month or a full date.</summary>
    public static bool TryParse(string text, out DateRange range)
    {
        range = default;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return false;
        }
        var left = text[..dots].Trim();
        var right = text[(dots + 2)..].Trim();
        DateOnly? from = null, to = null;
        if (left.Length > 0)
        {
            if (!TryParseBound(left, isEnd: false, out var f))
            {
                return false;
            }
            from = f;
        }
        if (right.Length > 0)
        {
            if (!TryParseBound(right, isEnd: true, out var t))
            {
                return false;
            }
            to = t;
        }
        if (from is not null && to is not null && from > to)
        {
            return false;
        }
        range = new DateRange(from, to);
        return true;
    }

    private static bool TryParseBound(string text, bool isEnd, out DateOnly date)
    {
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out date))
        {
            date = isEnd ? date.AddMonths(1).AddDays(-1) : date;
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, c, out var year) && year is >= 1 and <= 9999)
        {
            date = isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
