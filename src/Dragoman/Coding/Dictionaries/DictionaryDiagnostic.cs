namespace Dragoman.Coding.Dictionaries;

/// <summary>How serious a dictionary finding is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Suspicious but usable (a duplicate alias, an unreachable pattern).</summary>
    Warning,
    /// <summary>The entry cannot be used as written (a bad code, a malformed line, an impossible date).</summary>
    Error,
}

/// <summary>One finding about a dictionary file, with the file and line it concerns.</summary>
/// <param name="File">The file or bundled resource name.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Severity">Warning or error.</param>
/// <param name="Code">A stable short code ("bad-code", "duplicate-name", "overlapping-dates").</param>
/// <param name="Message">What is wrong, in a few words.</param>
public sealed record DictionaryDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>"file:line: error: message [code]".</summary>
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message} [{Code}]";
}

/// <summary>A dictionary file that cannot be loaded; the message names the file and line.</summary>
public sealed class DictionaryFormatException : Exception
{
    /// <summary>Creates the exception from the diagnostics that made loading fail.</summary>
    public DictionaryFormatException(IReadOnlyList<DictionaryDiagnostic> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more errors)")
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<DictionaryDiagnostic> Errors { get; }
}
