using Dragoman.Coding.Dictionaries;
using Xunit.Abstractions;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>Checks on the dictionaries bundled with Dragoman (data/actors/*.txt).</summary>
public class BundledActorDictionaryTests(ITestOutputHelper output)
{
    private static ActorDictionary Bundled => ActorDictionary.Bundled;

    // Today, for the test that no role begins in the future.
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public void The_bundled_dictionaries_lint_without_errors_and_with_few_warnings()
    {
        var diagnostics = DictionaryLinter.LintBundled();
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
        }
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.File.StartsWith("data/actors/", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{errors.Count} error(s), {warnings.Count} actor warning(s)");
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.True(warnings.Count <= 10, $"{warnings.Count} warnings in the actor dictionaries:\n{string.Join('\n', warnings)}");
    }

    [RepoFact]
    public void The_data_folder_on_disk_is_what_is_bundled()
    {
        var fromDisk = DictionaryLinter.LintDirectory(Path.Combine(SharedReference.RepoRoot!, "data"))
            .Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(fromDisk);
        var disk = ActorDictionary.LoadDirectory(Path.Combine(SharedReference.RepoRoot!, "data", "actors"));
        Assert.Equal(Bundled.Entries.Length, disk.Entries.Length);
        Assert.Equal(Bundled.Places.Length, disk.Places.Length);
        Assert.Equal(Bundled.Agents.Length, disk.Agents.Length);
    }

    [Fact]
    public void The_bundled_dictionary_holds_every_kind_of_entry()
    {
        var kinds = Bundled.Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}")) + $", places: {Bundled.Places.Length}, agents: {Bundled.Agents.Length}");
        Assert.True(kinds[ActorEntryKind.Country] >= 200);
        Assert.True(kinds[ActorEntryKind.Organization] >= 100);
        Assert.True(kinds[ActorEntryKind.ArmedGroup] >= 100);
        Assert.True(kinds[ActorEntryKind.Media] >= 150);
        Assert.True(kinds[ActorEntryKind.Person] >= 300);
        Assert.True(Bundled.Places.Length >= 100);
        Assert.True(Bundled.Agents.Length >= 20);
    }

    [Fact]
    public void Every_country_but_the_documented_ones_has_a_capital_with_coordinates()
    {
        // Seychelles (Victoria) and Rhodesia (Salisbury): names too ambiguous to match.
        var without = Bundled.Entries
            .Where(e => e.Kind == ActorEntryKind.Country && e.Capital?.Latitude is null)
            .Select(e => e.Code)
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "RHO", "SYC" }, without);
    }

    [Fact]
    public void Codes_begin_with_the_country_they_belong_to()
    {
        var bad = new List<string>();
        foreach (var e in Bundled.Entries.Where(e => e.Kind is ActorEntryKind.Organization or ActorEntryKind.ArmedGroup or ActorEntryKind.Media))
        {
            var code = e.Code!;
            var prefix = code[..3];
            var ok = prefix is "IGO" or "NGO" or "IMG"
                ? e.Kind != ActorEntryKind.Media
                : e.Country == prefix && (e.Kind != ActorEntryKind.Media || code == prefix + "MED");
            if (!ok)
            {
                bad.Add($"{e.File}:{e.Line}: {e.Name} {code} (country {e.Country})");
            }
        }
        Assert.True(bad.Count == 0, string.Join('\n', bad));
    }

    [Fact]
    public void Role_codes_begin_with_a_known_country_or_organisation_prefix_and_no_role_begins_in_the_future()
    {
        var bad = new List<string>();
        foreach (var e in Bundled.Entries.Where(e => e.Kind == ActorEntryKind.Person))
        {
            foreach (var r in e.Roles)
            {
                var prefix = r.Code[..3];
                if (!(Bundled.Countries.ContainsKey(prefix) || ActorDictionary.RegionCodes.Contains(prefix) || prefix == "IMG") || r.Code.Length < 6)
                {
                    bad.Add($"{e.File}:{e.Line}: {e.Name}: role code {r.Code}");
                }
                if (r.Period.From > Today)
                {
                    bad.Add($"{e.File}:{e.Line}: {e.Name}: role {r.Code} begins in the future ({r.Period})");
                }
            }
        }
        Assert.True(bad.Count == 0, string.Join('\n', bad));
    }

    [Fact]
    public void Places_have_coordinates_and_regions_use_region_codes()
    {
        Assert.All(Bundled.Places, p => Assert.True(p.Latitude is not null, $"{p.File}:{p.Line}: {p.Name} has no coordinates"));
        Assert.All(Bundled.Places, p => Assert.True(Bundled.Countries.ContainsKey(p.Country!) || ActorDictionary.RegionCodes.Contains(p.Country!),
            $"{p.File}:{p.Line}: {p.Name}: unknown country {p.Country}"));
    }

    public static TheoryData<string, string, string> Phrases => new()
    {
        // text, the kind of meaning expected at its first token, the code it gives
        { "Kiev said", "Capital", "UKR" },
        { "Kyiv said", "Capital", "UKR" },
        { "Moscow said", "Capital", "RUS" },
        { "Washington, D.C. said", "Capital", "USA" },
        { "U.S. officials", "ActorName", "USA" },
        { "US officials", "ActorName", "USA" },
        { "Russian troops", "ActorAdjective", "RUS" },
        { "Britons", "ActorAdjective", "GBR" },
        { "Congolese troops", "ActorAdjective", "COD" },
        { "South Sudan said", "ActorName", "SSD" },
        { "Sudan said", "ActorName", "SDN" },
        { "Papua New Guinea", "ActorName", "PNG" },
        { "Guinea-Bissau", "ActorName", "GNB" },
        { "Ivory Coast", "ActorName", "CIV" },
        { "Côte d'Ivoire", "ActorName", "CIV" },
        { "Burma", "ActorName", "MMR" },
        { "Soviet troops", "ActorAdjective", "SUN" },
        { "Hamas said", "ActorName", "PSEREBHMS" },
        { "Hezbollah said", "ActorName", "LBNREBHEZ" },
        { "Islamic State fighters", "ActorName", "IMGREBISI" },
        { "Houthi rebels", "ActorName", "YEMREBHTI" },
        { "UN Security Council", "ActorName", "IGOUNOSEC" },
        { "U.N. Security Council", "ActorName", "IGOUNOSEC" },
        { "NATO allies", "ActorName", "IGONAT" },
        { "European Commission", "ActorName", "IGOEECEUC" },
        { "European Union", "ActorName", "IGOEEC" },
        { "Doctors Without Borders", "ActorName", "NGOMSF" },
        { "the Kremlin said", "ActorName", "RUSGOV" },
        { "Pentagon officials", "ActorName", "USAMIL" },
        { "Palestinian Authority", "ActorName", "PSEGOV" },
        { "TASS reported", "ActorName", "RUSMED" },
        { "Wall Street Journal", "ActorName", "USAMED" },
        { "Latin American leaders", "Place", "LAM" },
        { "European officials", "Place", "EUR" },
        { "the West", "Place", "WST" },
        { "Middle East", "Place", "MEA" },
        { "Gaza Strip", "Place", "PSE" },
        { "West Bank", "Place", "PSE" },
        { "Crimea", "Place", "UKR" },
        { "Strait of Hormuz", "Place", "PGS" },
        { "New Mexico", "Place", "USA" },
        { "Kharkiv", "Place", "UKR" },
        { "spokeswoman", "Agent", "GOV" },
        { "deputy foreign minister", "Agent", "GOV" },
        { "defence ministry", "Agent", "GOVMIL" },
        { "gunmen", "Agent", "UAF" },
        { "peacekeepers", "Agent", "PKO" },
        { "protesters", "Agent", "OPP" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Bundled_phrases_mean_what_news_means_by_them(string text, string kind, string code)
    {
        var words = PhraseMatcher<PhraseMeaning>.Words(text);
        var (length, values) = Bundled.Matcher.MatchLongest(words, [.. words.Select(w => w.ToLowerInvariant())], 0, words.Length);
        Assert.True(length > 0, $"nothing matches at '{text}'");
        var codes = values.Select(v => (v.Kind.ToString(), v.Actor?.Code ?? v.Agent?.Code ?? v.Place?.Country)).ToList();
        Assert.Contains((kind, code), codes);
    }

    [Fact]
    public void The_Taliban_are_coded_by_the_period()
    {
        var taliban = Bundled.Entries.Where(e => e.Names.Contains("Taliban")).ToList();
        string? CodeOn(int year) => taliban.SingleOrDefault(e => e.Period.Contains(new DateOnly(year, 6, 1)))?.Code;
        Assert.Equal("AFGREBTAL", CodeOn(1995));
        Assert.Equal("AFGGOVTAL", CodeOn(1999));
        Assert.Equal("AFGREBTAL", CodeOn(2010));
        Assert.Equal("AFGGOVTAL", CodeOn(2023));
    }

    [Fact]
    public void Heads_of_the_UN_follow_one_another()
    {
        var sgs = Bundled.Entries
            .SelectMany(e => e.Roles.Where(r => r.Code == "IGOUNO" && r.Title.StartsWith("Secretary-General", StringComparison.Ordinal)).Select(r => (e.Name, r.Period)))
            .OrderBy(x => x.Period.From)
            .ToList();
        Assert.Equal("Trygve Lie", sgs[0].Name);
        Assert.Equal("António Guterres", sgs[^1].Name);
        Assert.Equal(9, sgs.Count);
        for (var i = 1; i < sgs.Count; i++)
        {
            Assert.True(sgs[i - 1].Period.To < sgs[i].Period.From, $"{sgs[i - 1].Name} and {sgs[i].Name} overlap");
        }
        var guterres = Bundled.Entries.Single(e => e.Name == "António Guterres");
        Assert.Equal("PRTGOV", guterres.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("IGOUNOHCR", guterres.CodeOn(new DateOnly(2010, 1, 1)));
        Assert.Equal("IGOUNO", guterres.CodeOn(new DateOnly(2023, 10, 26)));
    }
}
