using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Coding.Dictionaries;
using Dragoman.Internal;

namespace Dragoman.Coding.Ontology;

/// <summary>One CAMEO event type.</summary>
/// <param name="Code">Two to four digits ("19", "190", "1823").</param>
/// <param name="Name">Short name ("Use conventional military force").</param>
/// <param name="Goldstein">Goldstein conflict–cooperation score, -10 to +10.</param>
/// <param name="Plover">The PLOVER event type, mode and context it maps to.</param>
public sealed record CameoEventType(string Code, string Name, double Goldstein, PloverMapping? Plover)
{
    /// <summary>The two-digit root ("19").</summary>
    public string Root => Code[..2];

    /// <summary>GDELT quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).</summary>
    public int QuadClass => CameoOntology.QuadClassOf(Code);
}

/// <summary>A PLOVER event type with mode and context, as mapped from a CAMEO code.</summary>
/// <param name="Type">PLOVER event type ("ASSAULT").</param>
/// <param name="Mode">PLOVER mode, when the mapping gives one ("aerial").</param>
/// <param name="Context">PLOVER context, when the mapping gives one ("military").</param>
public sealed record PloverMapping(string Type, string? Mode, string? Context);

/// <summary>
/// The CAMEO event ontology (about 300 codes with names and Goldstein scores) joined with the
/// CAMEO→PLOVER mapping, read from data/ontology/cameo.txt and data/ontology/plover.txt.
/// </summary>
public sealed class CameoOntology
{
    private static readonly Lazy<CameoOntology> BundledInstance = new(() => Load(DataFiles.Bundled("data/ontology/")));

    private readonly FrozenDictionary<string, CameoEventType> byCode;

    private CameoOntology(Dictionary<string, CameoEventType> types) => byCode = types.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The ontology bundled with Dragoman.</summary>
    public static CameoOntology Bundled => BundledInstance.Value;

    /// <summary>Every event type, in code order.</summary>
    public IEnumerable<CameoEventType> All => byCode.Values.OrderBy(t => t.Code, StringComparer.Ordinal);

    /// <summary>The number of codes.</summary>
    public int Count => byCode.Count;

    /// <summary>True when <paramref name="code"/> is a CAMEO event code.</summary>
    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>The event type of <paramref name="code"/>, or of its nearest ancestor ("1823" → "182" → "18"), or null.</summary>
    public CameoEventType? Find(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (byCode.TryGetValue(c, out var t))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>GDELT's quad class of a code, from its root.</summary>
    public static int QuadClassOf(string code)
    {
        var root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return root switch
        {
            <= 5 => 1,
            <= 9 => 2,
            <= 14 => 3,
            _ => 4,
        };
    }

    /// <summary>Loads an ontology from cameo.txt (CODE GOLDSTEIN NAME) and plover.txt (CODE TYPE MODE CONTEXT) files.</summary>
    /// <exception cref="DictionaryFormatException">A line is malformed.</exception>
    internal static CameoOntology Load(IReadOnlyList<DataFile> files)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var names = new Dictionary<string, (string Name, double Goldstein)>(StringComparer.Ordinal);
        var plover = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var isPlover = Path.GetFileName(file.Name).StartsWith("plover", StringComparison.Ordinal);
            var lines = file.Content.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = StripComment(lines[i]);
                if (line.Length == 0)
                {
                    continue;
                }
                var fields = line.Split((char[]?)null, isPlover ? 4 : 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (!IsEventCode(fields[0]))
                {
                    diagnostics.Add(new(file.Name, i + 1, DiagnosticSeverity.Error, "bad-code", $"'{fields[0]}' is not a CAMEO event code"));
                    continue;
                }
                if (isPlover)
                {
                    if (fields.Length != 4)
                    {
                        diagnostics.Add(new(file.Name, i + 1, DiagnosticSeverity.Error, "bad-line", "expected CODE TYPE MODE CONTEXT (use - for none)"));
                        continue;
                    }
                    plover[fields[0]] = new PloverMapping(fields[1], Dash(fields[2]), Dash(fields[3]));
                }
                else
                {
                    if (fields.Length != 3 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || g is < -10 or > 10)
                    {
                        diagnostics.Add(new(file.Name, i + 1, DiagnosticSeverity.Error, "bad-line", "expected CODE GOLDSTEIN NAME with GOLDSTEIN in -10..10"));
                        continue;
                    }
                    if (!names.TryAdd(fields[0], (fields[2], g)))
                    {
                        diagnostics.Add(new(file.Name, i + 1, DiagnosticSeverity.Error, "duplicate-code", $"code {fields[0]} is defined twice"));
                    }
                }
            }
        }
        if (diagnostics.Count > 0)
        {
            throw new DictionaryFormatException(diagnostics);
        }
        var types = new Dictionary<string, CameoEventType>(StringComparer.Ordinal);
        foreach (var (code, (name, goldstein)) in names)
        {
            types[code] = new CameoEventType(code, name, goldstein, FindPlover(plover, code));
        }
        return new CameoOntology(types);
    }

    private static PloverMapping? FindPlover(Dictionary<string, PloverMapping> plover, string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (plover.TryGetValue(c, out var p))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>True for two to four digits with a root from 01 to 20.</summary>
    public static bool IsEventCode(string code)
    {
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }
        var root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return root is >= 1 and <= 20;
    }

    private static string? Dash(string s) => s == "-" ? null : s;

    internal static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return (hash >= 0 ? line[..hash] : line).Trim();
    }
}
