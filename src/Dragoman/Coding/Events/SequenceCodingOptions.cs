namespace Dragoman.Coding.Events;

/// <summary>
/// Settings for coding with word-sequence (PETRARCH/TABARI) verb patterns. The defaults are
/// PETRARCH's; validation records may change them (PETRARCH's <c>&lt;Config option=… value=…&gt;</c>).
/// </summary>
public sealed record SequenceCodingOptions
{
    /// <summary>PETRARCH's defaults.</summary>
    public static SequenceCodingOptions Default { get; } = new();

    /// <summary>Drop events whose source or target is the null code "---" (PETRARCH <c>require_dyad</c>, default true).</summary>
    public bool RequireDyad { get; init; } = true;

    /// <summary>
    /// When above zero, an uncoded noun phrase of at most this many words is given its own words in
    /// quotes as its code ("\"THE MINISTRY OF MAGIC\"", PETRARCH <c>new_actor_length</c>, default 0: off).
    /// </summary>
    public int NewActorLength { get; init; }

    /// <summary>Internal comma-delimited clauses of this many words or more are dropped before coding (<c>comma_min</c>, default 2).</summary>
    public int CommaMin { get; init; } = 2;

    /// <summary>… and of at most this many words (<c>comma_max</c>, default 8; 0 turns the rule off).</summary>
    public int CommaMax { get; init; } = 8;

    /// <summary>An initial clause before the first comma is dropped when it has at least this many words (<c>comma_bmin</c>, default 0).</summary>
    public int CommaBMin { get; init; }

    /// <summary>… and at most this many (<c>comma_bmax</c>, default 0: off).</summary>
    public int CommaBMax { get; init; }

    /// <summary>A final clause after the last comma is dropped when it has at least this many words (<c>comma_emin</c>, default 2).</summary>
    public int CommaEMin { get; init; } = 2;

    /// <summary>… and at most this many (<c>comma_emax</c>, default 8; 0 turns the rule off).</summary>
    public int CommaEMax { get; init; } = 8;

    /// <summary>
    /// The options with one PETRARCH configuration option changed (<c>require_dyad</c>,
    /// <c>new_actor_length</c>, <c>comma_min</c>, <c>comma_max</c>, <c>comma_bmin</c>,
    /// <c>comma_bmax</c>, <c>comma_emin</c>, <c>comma_emax</c>); null when the option or value is not understood.
    /// </summary>
    public SequenceCodingOptions? With(string option, string value)
    {
        var v = value.Trim();
        switch (option.Trim().ToLowerInvariant())
        {
            case "require_dyad":
                return this with { RequireDyad = !v.Contains("false", StringComparison.OrdinalIgnoreCase) };
            case "new_actor_length":
                return int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 ? this with { NewActorLength = n } : null;
        }
        if (!int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var k) || k < 0)
        {
            return null;
        }
        return option.Trim().ToLowerInvariant() switch
        {
            "comma_min" => this with { CommaMin = k },
            "comma_max" => this with { CommaMax = k },
            "comma_bmin" => this with { CommaBMin = k },
            "comma_bmax" => this with { CommaBMax = k },
            "comma_emin" => this with { CommaEMin = k },
            "comma_emax" => this with { CommaEMax = k },
            _ => null,
        };
    }
}
