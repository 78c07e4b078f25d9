using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dragoman.Internal;

namespace Dragoman.Coding.Dictionaries;

/// <summary>
/// Reads Dragoman's actor dictionary format (documented in data/README.md): blocks that open with a
/// header line <c>KIND CODE: Name</c> at the left margin, followed by indented <c>key: value</c> lines.
/// Everything after '#' is a comment. Problems are collected as diagnostics with file and line.
/// </summary>
internal static partial class ActorDictionaryParser
{
    public sealed class Result
    {
        public List<ActorEntry> Entries { get; } = [];
        public List<AgentEntry> Agents { get; } = [];
        public List<Place> Places { get; } = [];
        public List<DictionaryDiagnostic> Diagnostics { get; } = [];
    }

    // The header "KIND CODE: Name" and attribute "key: value" lines are read by hand, not by
    // regular expressions: they are most of the dictionary's 19,000 lines, and the dictionary is
    // parsed on every start (a third of the NLP load time).

    /// <summary>Reads "KIND CODE: Name" or "KIND: Name" (kind in lower-case letters).</summary>
    internal static bool TryParseHeader(ReadOnlySpan<char> line, out string kind, out string? code, out string name)
    {
        kind = name = "";
        code = null;
        var i = 0;
        while (i < line.Length && line[i] is >= 'a' and <= 'z')
        {
            i++;
        }
        if (i == 0)
        {
            return false;
        }
        kind = line[..i].ToString();
        var afterKind = i;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }
        if (i > afterKind && i < line.Length && line[i] != ':')
        {
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]) && line[i] != ':')
            {
                i++;
            }
            code = line[start..i].ToString();
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
        }
        if (i >= line.Length || line[i] != ':')
        {
            return false;
        }
        var rest = line[(i + 1)..].Trim();
        if (rest.IsEmpty)
        {
            return false;
        }
        name = rest.ToString();
        return true;
    }

    /// <summary>Reads "key: value" (key: a lower-case letter, then letters, digits, '_' or '-').</summary>
    internal static bool TryParseAttribute(ReadOnlySpan<char> line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        var keySpan = line[..colon].TrimEnd();
        if (keySpan.IsEmpty || keySpan[0] is < 'a' or > 'z')
        {
            return false;
        }
        foreach (var c in keySpan)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }
        key = keySpan.ToString();
        value = line[(colon + 1)..].Trim().ToString();
        return true;
    }

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*(\(\s*(?<lat>-?\d+(\.\d+)?)\s*,\s*(?<lon>-?\d+(\.\d+)?)\s*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceValue();

    [GeneratedRegex(@"^(?<code>[A-Z]{3,15})\s+(?<range>\S*\.\.\S*)\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleValue();

    /// <summary>True for a CAMEO actor code: three-letter upper-case segments, 3 to 15 letters.</summary>
    public static bool IsValidCode(string code) =>
        code.Length is >= 3 and <= 15 && code.Length % 3 == 0 && code.All(c => c is >= 'A' and <= 'Z');

    private sealed class Block(string kind, string? code, string name, string file, int line)
    {
        public string Kind { get; } = kind;
        public string? Code { get; } = code;
        public string Name { get; } = name;
        public string File { get; } = file;
        public int Line { get; } = line;
        public List<(string Key, string Value, int Line)> Attributes { get; } = [];
    }

    public static void Parse(DataFile file, Result result)
    {
        Block? block = null;
        var lines = file.Content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var lineNumber = i + 1;
            if (!char.IsWhiteSpace(line[0]))
            {
                if (block is not null)
                {
                    Finish(block, result);
                }
                if (!TryParseHeader(line, out var kind, out var code, out var name))
                {
                    Error(result, file.Name, lineNumber, "bad-header", $"expected an entry header 'KIND CODE: Name', found '{line.Trim()}'");
                    block = null;
                    continue;
                }
                block = new Block(kind, code, name, file.Name, lineNumber);
            }
            else
            {
                if (!TryParseAttribute(line.AsSpan().Trim(), out var key, out var value))
                {
                    Error(result, file.Name, lineNumber, "bad-attribute", $"expected 'key: value', found '{line.Trim()}'");
                    continue;
                }
                if (block is null)
                {
                    Error(result, file.Name, lineNumber, "orphan-attribute", "attribute line before any entry header");
                    continue;
                }
                block.Attributes.Add((key, value, lineNumber));
            }
        }
        if (block is not null)
        {
            Finish(block, result);
        }
    }

    private static void Finish(Block b, Result result)
    {
        switch (b.Kind)
        {
            case "country" or "org" or "group" or "media" or "person":
                FinishActor(b, result);
                break;
            case "agent":
                FinishAgent(b, result);
                break;
            case "place":
                FinishPlace(b, result);
                break;
            default:
                Error(result, b.File, b.Line, "bad-kind", $"unknown entry kind '{b.Kind}' (expected country, org, group, media, person, agent or place)");
                break;
        }
    }

    private static void FinishActor(Block b, Result result)
    {
        var kind = b.Kind switch
        {
            "country" => ActorEntryKind.Country,
            "org" => ActorEntryKind.Organization,
            "group" => ActorEntryKind.ArmedGroup,
            "media" => ActorEntryKind.Media,
            _ => ActorEntryKind.Person,
        };
        if (b.Code is null && kind != ActorEntryKind.Person)
        {
            Error(result, b.File, b.Line, "missing-code", $"{b.Kind} entry '{b.Name}' has no code");
            return;
        }
        if (b.Code is not null && !IsValidCode(b.Code))
        {
            Error(result, b.File, b.Line, "bad-code", $"'{b.Code}' is not a CAMEO code (upper-case letters in groups of three)");
            return;
        }
        if (kind == ActorEntryKind.Country && b.Code!.Length != 3)
        {
            Error(result, b.File, b.Line, "bad-code", $"country code '{b.Code}' must have three letters");
            return;
        }
        var names = new List<string> { b.Name };
        var adjectives = new List<string>();
        var roles = new List<ActorRole>();
        var cities = new List<Place>();
        Place? capital = null;
        string? country = kind == ActorEntryKind.Country ? b.Code : null;
        var period = DateRange.Always;
        foreach (var (key, value, line) in b.Attributes)
        {
            switch (key)
            {
                case "names":
                    names.AddRange(SplitList(value));
                    break;
                case "adjectives":
                    adjectives.AddRange(SplitList(value));
                    break;
                case "country":
                    if (!IsValidCode(value) || value.Length != 3)
                    {
                        Error(result, b.File, line, "bad-code", $"country '{value}' is not a three-letter code");
                    }
                    else
                    {
                        country = value;
                    }
                    break;
                case "period":
                    if (!DateRange.TryParse(value, out period))
                    {
                        Error(result, b.File, line, "bad-date", $"bad period '{value}' (expected FROM..TO, e.g. 1991-12-26..)");
                    }
                    break;
                case "role":
                    var rm = RoleValue().Match(value);
                    if (!rm.Success)
                    {
                        Error(result, b.File, line, "bad-role", $"bad role '{value}' (expected 'CODE FROM..TO Title')");
                    }
                    else if (!IsValidCode(rm.Groups["code"].Value))
                    {
                        Error(result, b.File, line, "bad-code", $"role code '{rm.Groups["code"].Value}' is not a CAMEO code");
                    }
                    else if (!DateRange.TryParse(rm.Groups["range"].Value, out var range))
                    {
                        Error(result, b.File, line, "bad-date", $"bad role dates '{rm.Groups["range"].Value}'");
                    }
                    else
                    {
                        roles.Add(new ActorRole(rm.Groups["code"].Value, range, rm.Groups["title"].Value.Trim()));
                    }
                    break;
                case "capital":
                    // "Kyiv (50.45, 30.52); Kiev": the first item is the capital, later items other spellings of it.
                    var items = SplitList(value).ToList();
                    if (items.Count == 0)
                    {
                        Error(result, b.File, line, "bad-place", "empty capital");
                        break;
                    }
                    capital = ParsePlace(items[0], "capital", b.Code, b.File, line, result);
                    if (capital is not null && items.Count > 1)
                    {
                        var spellings = items.Skip(1)
                            .Select(item => ParsePlace(item, "capital", b.Code, b.File, line, result)?.Name)
                            .OfType<string>();
                        capital = capital with { Names = [.. new[] { capital.Name }.Concat(spellings).Distinct(StringComparer.Ordinal)] };
                    }
                    break;
                case "cities":
                    foreach (var item in SplitList(value))
                    {
                        if (ParsePlace(item, "city", b.Code, b.File, line, result) is { } city)
                        {
                            cities.Add(city);
                        }
                    }
                    break;
                default:
                    Warn(result, b.File, line, "unknown-key", $"unknown key '{key}' in {b.Kind} entry");
                    break;
            }
        }
        if (kind == ActorEntryKind.Person && b.Code is null && roles.Count == 0 && country is null)
        {
            Error(result, b.File, b.Line, "missing-code", $"person '{b.Name}' has no code, role or country");
            return;
        }
        result.Entries.Add(new ActorEntry
        {
            Kind = kind,
            Code = b.Code,
            Name = b.Name,
            Names = [.. names.Distinct(StringComparer.Ordinal)],
            Adjectives = [.. adjectives.Distinct(StringComparer.Ordinal)],
            Country = country ?? (kind == ActorEntryKind.Person ? roles.FirstOrDefault()?.Code[..3] : null),
            Period = period,
            Roles = [.. roles],
            Capital = capital,
            Cities = [.. cities],
            File = b.File,
            Line = b.Line,
        });
    }

    private static void FinishAgent(Block b, Result result)
    {
        if (b.Code is null || !IsValidCode(b.Code) || b.Code.Length > 6)
        {
            Error(result, b.File, b.Line, "bad-code", $"agent '{b.Name}' needs a code of three or six letters");
            return;
        }
        var words = new List<string>();
        foreach (var (key, value, line) in b.Attributes)
        {
            if (key == "words")
            {
                words.AddRange(SplitList(value));
            }
            else
            {
                Warn(result, b.File, line, "unknown-key", $"unknown key '{key}' in agent entry");
            }
        }
        if (words.Count == 0)
        {
            Error(result, b.File, b.Line, "empty-entry", $"agent {b.Code} lists no words");
            return;
        }
        result.Agents.Add(new AgentEntry(b.Code, b.Name, [.. words.Distinct(StringComparer.Ordinal)], b.File, b.Line));
    }

    private static void FinishPlace(Block b, Result result)
    {
        string kind = "city";
        var names = new List<string> { b.Name };
        double? lat = null, lon = null;
        foreach (var (key, value, line) in b.Attributes)
        {
            switch (key)
            {
                case "names":
                    names.AddRange(SplitList(value));
                    break;
                case "kind":
                    kind = value;
                    break;
                case "coordinates":
                    var parts = value.Split(',', StringSplitOptions.TrimEntries);
                    if (parts.Length == 2
                        && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                        && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
                        && Math.Abs(la) <= 90 && Math.Abs(lo) <= 180)
                    {
                        lat = la;
                        lon = lo;
                    }
                    else
                    {
                        Error(result, b.File, line, "bad-coordinates", $"bad coordinates '{value}' (expected 'LAT, LON' in degrees)");
                    }
                    break;
                default:
                    Warn(result, b.File, line, "unknown-key", $"unknown key '{key}' in place entry");
                    break;
            }
        }
        if (b.Code is null || b.Code.Length != 3 || !IsValidCode(b.Code))
        {
            Error(result, b.File, b.Line, "bad-code", $"place '{b.Name}' needs its three-letter country code");
            return;
        }
        result.Places.Add(new Place
        {
            Name = b.Name,
            Names = [.. names.Distinct(StringComparer.Ordinal)],
            Kind = kind,
            Country = b.Code,
            Latitude = lat,
            Longitude = lon,
            File = b.File,
            Line = b.Line,
        });
    }

    private static Place? ParsePlace(string value, string kind, string? country, string file, int line, Result result)
    {
        var m = PlaceValue().Match(value.Trim());
        if (!m.Success)
        {
            Error(result, file, line, "bad-place", $"bad place '{value}' (expected 'Name (LAT, LON)')");
            return null;
        }
        double? lat = null, lon = null;
        if (m.Groups["lat"].Success)
        {
            lat = double.Parse(m.Groups["lat"].Value, CultureInfo.InvariantCulture);
            lon = double.Parse(m.Groups["lon"].Value, CultureInfo.InvariantCulture);
            if (Math.Abs(lat.Value) > 90 || Math.Abs(lon.Value) > 180)
            {
                Error(result, file, line, "bad-coordinates", $"coordinates out of range in '{value}'");
                return null;
            }
        }
        var name = m.Groups["name"].Value.Trim();
        return new Place { Name = name, Names = [name], Kind = kind, Country = country, Latitude = lat, Longitude = lon, File = file, Line = line };
    }

    private static IEnumerable<string> SplitList(string value) =>
        value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Error(Result r, string file, int line, string code, string message) =>
        r.Diagnostics.Add(new DictionaryDiagnostic(file, line, DiagnosticSeverity.Error, code, message));

    private static void Warn(Result r, string file, int line, string code, string message) =>
        r.Diagnostics.Add(new DictionaryDiagnostic(file, line, DiagnosticSeverity.Warning, code, message));
}
