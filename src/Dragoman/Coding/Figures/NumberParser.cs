using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Documents;

namespace Dragoman.Coding.Figures;

/// <summary>A number recognised in a run of tokens.</summary>
/// <param name="Length">Tokens consumed.</param>
/// <param name="Value">The value (2.3 million → 2300000).</param>
/// <param name="Vague">True for vague quantities ("hundreds", "dozens", "tens of thousands").</param>
internal readonly record struct ParsedNumber(int Length, double Value, bool Vague);

/// <summary>
/// Reads numbers written in digits ("1,400", "2.3"), with scale words ("2.3 million", "5bn",
/// "2.3-million"), in words ("five", "twenty-five", "three hundred", "a million") and vague plurals
/// ("dozens", "hundreds of thousands").
/// </summary>
internal static class NumberParser
{
    private static readonly FrozenDictionary<string, double> Units = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
        ["m"] = 1_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000, ["b"] = 1_000_000_000, ["k"] = 1_000, ["tn"] = 1_000_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Vague plurals and the round value reported for them (the lower end of what they usually mean).
    private static readonly FrozenDictionary<string, double> VaguePlurals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2_000, ["millions"] = 2_000_000, ["billions"] = 2_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(ReadOnlySpan<Token> tokens, int i, out ParsedNumber number)
    {
        number = default;
        if (i >= tokens.Length)
        {
            return false;
        }
        var word = tokens[i].Norm;

        // "tens of thousands", "hundreds of thousands"
        if ((word.Equals("tens", StringComparison.OrdinalIgnoreCase) || word.Equals("hundreds", StringComparison.OrdinalIgnoreCase))
            && At(tokens, i + 1, "of") && i + 2 < tokens.Length && VaguePlurals.TryGetValue(tokens[i + 2].Norm, out var big) && big >= 2_000)
        {
            var factor = word.Equals("tens", StringComparison.OrdinalIgnoreCase) ? 10 : 100;
            number = new ParsedNumber(3, factor * big, true);
            return true;
        }
        if (VaguePlurals.TryGetValue(word, out var vague))
        {
            number = new ParsedNumber(1, vague, true);
            return true;
        }

        double value;
        var length = 1;
        if (TryDigits(word, out value, out var suffixScale))
        {
            value *= suffixScale;
        }
        else if (Units.TryGetValue(word, out value))
        {
            // "twenty-five", "twenty five"
            if (value >= 20 && value % 10 == 0)
            {
                var k = i + 1;
                if (At(tokens, k, "-"))
                {
                    k++;
                }
                if (k < tokens.Length && Units.TryGetValue(tokens[k].Norm, out var unit) && unit is > 0 and < 10)
                {
                    value += unit;
                    length = k - i + 1;
                }
            }
        }
        else if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase))
            && i + 1 < tokens.Length && (Scales.TryGetValue(tokens[i + 1].Norm, out _) || tokens[i + 1].Norm.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            && tokens[i + 1].Norm.Length > 2)
        {
            value = 1;
        }
        else
        {
            return false;
        }

        // Scale words: "2.3 million", "2.3-million", "three hundred thousand".
        var j = i + length;
        while (true)
        {
            var k = j;
            if (At(tokens, k, "-"))
            {
                k++;
            }
            // A one-letter scale only glued to a sum of money ("£206m", "$5bn" is caught above): "5 m" may be metres.
            var glued = k == j && k < tokens.Length && tokens[k - 1].End == tokens[k].Start && i > 0 && tokens[i - 1].Norm is "$" or "\u00A3" or "\u20AC" or "\u00A5" or "US$";
            if (k < tokens.Length && (tokens[k].Norm.Length > 1 || glued) && Scales.TryGetValue(tokens[k].Norm, out var scale) && char.IsLower(tokens[k].Norm[0]))
            {
                value *= scale;
                j = k + 1;
                continue;
            }
            if (k < tokens.Length && tokens[k].Norm.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                value *= 12;
                j = k + 1;
                continue;
            }
            break;
        }
        number = new ParsedNumber(j - i, value, false);
        return true;
    }

    private static bool At(ReadOnlySpan<Token> tokens, int i, string word) =>
        i < tokens.Length && tokens[i].Norm.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Digits with optional thousands separators and decimals, and an optional glued scale ("5bn", "2.3m").</summary>
    internal static bool TryDigits(string word, out double value, out double scale)
    {
        value = 0;
        scale = 1;
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return false;
        }
        var end = word.Length;
        while (end > 0 && char.IsLetter(word[end - 1]))
        {
            end--;
        }
        if (end < word.Length)
        {
            if (!Scales.TryGetValue(word[end..], out scale))
            {
                return false; // "5th", "10am", "F16"
            }
        }
        var digits = word[..end];
        // Thousands separators must be in groups of three.
        var comma = digits.IndexOf(',');
        if (comma >= 0)
        {
            var groups = digits.Split('.')[0].Split(',');
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }
            digits = digits.Replace(",", "", StringComparison.Ordinal);
        }
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
