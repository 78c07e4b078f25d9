using System.Globalization;
using System.Text.RegularExpressions;
using Dragoman.Coding.Dictionaries;
using Dragoman.Coding.Ontology;
using Dragoman.Internal;
using Dragoman.Tests.Support;
using Xunit.Abstractions;

namespace Dragoman.Tests.Coding.Ontology;

/// <summary>
/// The bundled CAMEO ontology (data/ontology/cameo.txt and plover.txt) against the reference code
/// books in ../shared: GDELT's Goldstein table, the ICEWS CAMEO code list and the 2021
/// CAMEO-to-PLOVER table. Tests that need ../shared are skipped, with the reason, when it is absent.
/// </summary>
public partial class CameoOntologyTests
{
    private static CameoOntology Ontology => CameoOntology.Bundled;

    // The ICEWS code list and GDELT's Goldstein table disagree on these; cameo.txt follows GDELT.
    private static readonly HashSet<string> KnownGoldsteinDisagreements = ["016", "022", "164", "165"];

    [Fact]
    public void The_bundled_ontology_has_every_cameo_code()
    {
        Assert.Equal(312, Ontology.Count);
        for (var root = 1; root <= 20; root++)
        {
            var r = root.ToString("00", CultureInfo.InvariantCulture);
            Assert.True(Ontology.Contains(r), $"root {r} is missing");
            Assert.True(Ontology.Contains(r + "0"), $"residual code {r}0 is missing");
        }
        foreach (var code in new[] { "0211", "0356", "0874", "1056", "1125", "1246", "1385", "1454", "1663", "1724", "1823", "1833", "2042" })
        {
            Assert.True(Ontology.Contains(code), $"{code} is missing");
        }
        Assert.All(Ontology.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Name), $"{t.Code} has no name"));
        Assert.All(Ontology.All, t => Assert.InRange(t.Goldstein, -10.0, 10.0));
    }

    [Theory]
    [InlineData("010", 0.0)]
    [InlineData("016", -2.0)]
    [InlineData("022", 3.2)]
    [InlineData("036", 4.0)]
    [InlineData("046", 7.0)]
    [InlineData("057", 8.0)]
    [InlineData("074", 8.5)]
    [InlineData("0874", 10.0)]
    [InlineData("106", -5.0)]
    [InlineData("1213", -4.0)]
    [InlineData("130", -4.4)]
    [InlineData("163", -8.0)]
    [InlineData("164", -7.0)]
    [InlineData("165", -6.5)]
    [InlineData("171", -9.2)]
    [InlineData("182", -9.5)]
    [InlineData("1823", -10.0)]
    [InlineData("204", -10.0)]
    public void Goldstein_scores_are_the_standard_ones(string code, double goldstein) =>
        Assert.Equal(goldstein, Ontology.Find(code)!.Goldstein, 6);

    [SkippableFact]
    public void Every_code_of_the_GDELT_goldstein_table_is_present_with_the_same_score()
    {
        var path = SharedData.Require("reference/cameo/CAMEO.goldsteinscale.txt");
        var reference = ReadGoldsteinTable(path);
        Assert.True(reference.Count >= 300, $"read only {reference.Count} codes from {path}");
        foreach (var (code, goldstein) in reference)
        {
            Assert.True(Ontology.Contains(code), $"{code} (Goldstein {goldstein}) is in the GDELT table but not in cameo.txt");
            Assert.True(Math.Abs(Ontology.Find(code)!.Goldstein - goldstein) < 1e-9,
                $"{code}: cameo.txt has {Ontology.Find(code)!.Goldstein}, the GDELT table {goldstein}");
        }
    }

    [SkippableFact]
    public void Every_code_of_the_ICEWS_code_list_is_present_and_scores_agree_where_the_references_agree()
    {
        var path = SharedData.Require("reference/cameo/cameo-codes.csv");
        var gdeltPath = SharedData.Require("reference/cameo/CAMEO.goldsteinscale.txt");
        var gdelt = ReadGoldsteinTable(gdeltPath);
        var icews = ReadIcewsCodes(path);
        Assert.True(icews.Count >= 300, $"read only {icews.Count} codes from {path}");
        foreach (var (code, goldstein) in icews)
        {
            Assert.True(Ontology.Contains(code), $"{code} is in the ICEWS code list but not in cameo.txt");
            var ours = Ontology.Find(code)!.Goldstein;
            if (KnownGoldsteinDisagreements.Contains(code))
            {
                Assert.Equal(gdelt[code], ours, 6); // the two references differ; we follow GDELT
                continue;
            }
            Assert.True(Math.Abs(ours - goldstein) < 1e-9, $"{code}: cameo.txt has {ours}, the ICEWS list {goldstein}");
        }
        // The list of disagreements is exact: a reference update that settles one should update this test.
        var disagreements = icews.Where(kv => gdelt.TryGetValue(kv.Key, out var g) && Math.Abs(g - kv.Value) > 1e-9).Select(kv => kv.Key).Order().ToList();
        Assert.Equal(KnownGoldsteinDisagreements.Order().ToList(), disagreements);
        // Nothing in cameo.txt that neither reference knows.
        Assert.All(Ontology.All, t => Assert.True(icews.ContainsKey(t.Code) || gdelt.ContainsKey(t.Code), $"{t.Code} is in no reference"));
    }

    [SkippableFact]
    public void The_plover_mapping_of_every_code_follows_the_2021_table()
    {
        var path = SharedData.Require("reference/plover/CAMEO2PLOVER-2021.txt");
        var table = ReadPloverTable(path);
        Assert.True(table.Count >= 250, $"read only {table.Count} codes from {path}");
        var compared = 0;
        foreach (var type in Ontology.All)
        {
            var expected = NearestInTable(table, type.Code);
            if (expected is null)
            {
                // The 2021 table has no lines for CAMEO 01 (statements, dropped by PLOVER) and 02
                // (appeals, which plover.txt maps to REQUEST after the manual's definition).
                Assert.True(type.Root is "01" or "02", $"{type.Code} has no PLOVER mapping in the 2021 table");
                if (type.Root == "01")
                {
                    Assert.Null(type.Plover);
                }
                else
                {
                    Assert.Equal("REQUEST", type.Plover?.Type);
                }
                continue;
            }
            Assert.NotNull(type.Plover);
            var p = type.Plover!;
            // Root 08 is listed twice in the table (CONCEDE and RETREAT): any of a code's lines will do.
            Assert.True(expected.Any(e => e.Type == p.Type), $"{type.Code}: plover.txt says {p.Type}, the table {string.Join(" or ", expected.Select(e => e.Type))}");
            Assert.True(expected.Any(e => e.Type == p.Type && e.Mode == p.Mode && e.Context == Normalize(p.Context)),
                $"{type.Code}: plover.txt says {p.Type} {p.Mode ?? "-"} {p.Context ?? "-"}, the table {string.Join(" or ", expected.Select(e => $"{e.Type} {e.Mode ?? "-"} {e.Context ?? "-"}"))}");
            compared++;
        }
        Assert.True(compared >= 270, $"compared only {compared} codes");
    }

    [Theory]
    [InlineData("195", "ASSAULT", "heavy-weapons", "military")]
    [InlineData("163", "COERCE", "restrict", "diplomatic")]
    [InlineData("0841", "RETREAT", "release", "legal")]
    [InlineData("083", "CONCEDE", null, "political_institutions")]
    [InlineData("091", "ACCUSE", "investigate", "crime;corruption")]
    [InlineData("1712", "ASSAULT", "seize", "human_security")]
    [InlineData("041", "CONSULT", "phone", null)]
    public void Plover_mappings_resolve_with_mode_and_context(string code, string type, string? mode, string? context)
    {
        var p = Ontology.Find(code)!.Plover;
        Assert.Equal(new PloverMapping(type, mode, context), p);
    }

    [Fact]
    public void Statements_have_no_plover_type_and_appeals_are_requests()
    {
        Assert.Null(Ontology.Find("010")!.Plover);
        Assert.Equal(new PloverMapping("REQUEST", "yield", "military"), Ontology.Find("0256")!.Plover);
        Assert.NotNull(Ontology.Find("036")!.Plover);
    }

    [Fact]
    public void Quad_classes_follow_the_root()
    {
        foreach (var type in Ontology.All)
        {
            var root = int.Parse(type.Root, CultureInfo.InvariantCulture);
            var expected = root switch
            {
                >= 1 and <= 5 => 1,
                >= 6 and <= 9 => 2,
                >= 10 and <= 14 => 3,
                _ => 4,
            };
            Assert.True(expected == type.QuadClass, $"{type.Code} is in quad class {type.QuadClass}, expected {expected}");
        }
        Assert.Equal(1, Ontology.Find("057")!.QuadClass);
        Assert.Equal(2, Ontology.Find("0874")!.QuadClass);
        Assert.Equal(3, Ontology.Find("1385")!.QuadClass);
        Assert.Equal(4, Ontology.Find("150")!.QuadClass);
    }

    [Fact]
    public void Find_falls_back_to_the_nearest_ancestor() =>
        Assert.Equal("182", Ontology.Find("1829")!.Code);

    [Fact]
    public void Malformed_ontology_lines_are_reported_with_file_and_line()
    {
        var files = new List<DataFile>
        {
            new("ontology/cameo.txt", "# header\n01 0.0 Make public statement\n010 zero Make statement\n999 1.0 Not a code\n01 0.0 Again\n"),
            new("ontology/plover.txt", "03 AGREE -\n"),
        };
        var e = Assert.Throws<DictionaryFormatException>(() => CameoOntology.Load(files));
        var found = e.Errors.Select(d => $"{d.File}:{d.Line} {d.Code}").ToList();
        Assert.Contains("ontology/cameo.txt:3 bad-line", found);
        Assert.Contains("ontology/cameo.txt:4 bad-code", found);
        Assert.Contains("ontology/cameo.txt:5 duplicate-code", found);
        Assert.Contains("ontology/plover.txt:1 bad-line", found);
        Assert.Equal(4, found.Count);
    }

    private static Dictionary<string, double> ReadGoldsteinTable(string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length == 2 && CameoOntology.IsEventCode(f[0].Trim()) && double.TryParse(f[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
            {
                result[f[0].Trim()] = g;
            }
        }
        return result;
    }

    private static Dictionary<string, double> ReadIcewsCodes(string path)
    {
        // "","eventtype_ID","name","code","goldstein",...: names contain commas inside quotes.
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = CsvFields(line);
            if (fields.Count > 4 && CameoOntology.IsEventCode(fields[3]) && double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
            {
                result[fields[3]] = g;
            }
        }
        return result;
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }

    private sealed record TableEntry(string Type, string? Mode, string? Context);

    [GeneratedRegex(@"^(\d{2,4}):\s*(.*)$")]
    private static partial Regex PloverLine();

    private static Dictionary<string, List<TableEntry>> ReadPloverTable(string path)
    {
        // "0841: RETREAT, release,   legal # Return, release person(s)"; "03: AGREE".
        var result = new Dictionary<string, List<TableEntry>>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].Trim();
            var m = PloverLine().Match(line);
            if (!m.Success)
            {
                continue;
            }
            var f = m.Groups[2].Value.Split(',').Select(s => s.Trim()).ToList();
            while (f.Count < 3)
            {
                f.Add("");
            }
            var entry = new TableEntry(f[0], Normalize(f[1]), Normalize(f[2]));
            if (!result.TryGetValue(m.Groups[1].Value, out var list))
            {
                result[m.Groups[1].Value] = list = [];
            }
            list.Add(entry);
        }
        return result;
    }

    private static List<TableEntry>? NearestInTable(Dictionary<string, List<TableEntry>> table, string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (table.TryGetValue(c, out var entries))
            {
                return entries;
            }
        }
        return null;
    }

    private static string? Normalize(string? s)
    {
        var t = s?.Replace(" ", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(t) || t == "-" ? null : t;
    }
}
