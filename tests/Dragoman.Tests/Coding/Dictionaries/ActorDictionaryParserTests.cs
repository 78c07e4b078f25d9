using Dragoman.Coding.Dictionaries;
using Dragoman.Internal;

namespace Dragoman.Tests.Coding.Dictionaries;

public class ActorDictionaryParserTests
{
    private static (ActorDictionary? Dictionary, IReadOnlyList<DictionaryDiagnostic> Diagnostics) Check(string content, string file = "test.txt") =>
        ActorDictionary.Check([new DataFile(file, content)]);

    private static ActorDictionary Load(string content) => ActorDictionary.Load([new DataFile("test.txt", content)]);

    private const string Russia = """
        # a comment line

        country RUS: Russia   # trailing comment
          names: Russian Federation; Rossiya
          adjectives: Russian; Russians
          capital: Moscow (55.7558, 37.6173); Moskva; Moscou
          cities: Saint Petersburg (59.9311, 30.3609); Kazan
          period: 1991-12-26..
        """;

    [Fact]
    public void A_country_entry_reads_every_key()
    {
        var d = Load(Russia);
        var ru = Assert.Single(d.Entries);
        Assert.Equal(ActorEntryKind.Country, ru.Kind);
        Assert.Equal("RUS", ru.Code);
        Assert.Equal("RUS", ru.Country);
        Assert.Equal(new[] { "Russia", "Russian Federation", "Rossiya" }, ru.Names);
        Assert.Equal(new[] { "Russian", "Russians" }, ru.Adjectives);
        Assert.Equal(new DateOnly(1991, 12, 26), ru.Period.From);
        Assert.Null(ru.Period.To);
        Assert.Equal(3, ru.Line);
        Assert.Equal("test.txt", ru.File);

        var capital = Assert.IsType<Place>(ru.Capital);
        Assert.Equal("Moscow", capital.Name);
        Assert.Equal(new[] { "Moscow", "Moskva", "Moscou" }, capital.Names);
        Assert.Equal(55.7558, capital.Latitude);
        Assert.Equal(37.6173, capital.Longitude);
        Assert.Equal(6, capital.Line);

        Assert.Equal(new[] { "Saint Petersburg", "Kazan" }, ru.Cities.Select(c => c.Name));
        Assert.Equal(59.9311, ru.Cities[0].Latitude);
        Assert.Null(ru.Cities[1].Latitude);
        Assert.All(ru.Cities, c => Assert.Equal("RUS", c.Country));
    }

    [Fact]
    public void Every_spelling_of_a_capital_stands_for_the_government()
    {
        var d = Load(Russia);
        foreach (var spelling in new[] { "Moscow", "Moskva", "Moscou" })
        {
            var words = PhraseMatcher<PhraseMeaning>.Words(spelling + " said");
            var (length, values) = d.Matcher.MatchLongest(words, [.. words.Select(w => w.ToLowerInvariant())], 0, words.Length);
            Assert.Equal(1, length);
            var meaning = Assert.Single(values);
            Assert.Equal(PhraseKind.Capital, meaning.Kind);
            Assert.Equal("RUS", meaning.Actor!.Code);
        }
    }

    [Fact]
    public void Organisation_group_media_person_agent_and_place_entries_read_their_keys()
    {
        var d = Load("""
            country PSE: Palestine
            org IGOUNO: United Nations
              names: UN; U.N.
              period: 1945-10-24..
            group PSEREBHMS: Hamas
              names: Islamic Resistance Movement
              adjectives: Hamas-led
              country: PSE
              period: 1987-12..
            media RUSMED: TASS
              country: RUS
            country RUS: Russia
            person: Test Person
              names: Person
              country: RUS
              role: RUSGOV 2000-05-07.. President
            agent GOV: government
              words: government; official
            place PSE: Gaza Strip
              names: Gaza
              kind: territory
              coordinates: 31.4167, 34.3333
            """);
        Assert.Empty(d.Diagnostics);
        var un = d.Entries.Single(e => e.Code == "IGOUNO");
        Assert.Equal(ActorEntryKind.Organization, un.Kind);
        Assert.Equal(new[] { "United Nations", "UN", "U.N." }, un.Names);
        var hamas = d.Entries.Single(e => e.Code == "PSEREBHMS");
        Assert.Equal(ActorEntryKind.ArmedGroup, hamas.Kind);
        Assert.Equal("PSE", hamas.Country);
        Assert.Equal(new[] { "Hamas-led" }, hamas.Adjectives);
        Assert.Equal(new DateOnly(1987, 12, 1), hamas.Period.From);
        Assert.Equal(ActorEntryKind.Media, d.Entries.Single(e => e.Name == "TASS").Kind);
        var person = d.Entries.Single(e => e.Kind == ActorEntryKind.Person);
        Assert.Null(person.Code);
        Assert.Equal("RUS", person.Country);
        var role = Assert.Single(person.Roles);
        Assert.Equal(new ActorRole("RUSGOV", new DateRange(new DateOnly(2000, 5, 7), null), "President"), role);
        var agent = Assert.Single(d.Agents);
        Assert.Equal("GOV", agent.Code);
        Assert.Equal(new[] { "government", "official" }, agent.Words);
        var gaza = Assert.Single(d.Places);
        Assert.Equal(new[] { "Gaza Strip", "Gaza" }, gaza.Names);
        Assert.Equal("territory", gaza.Kind);
        Assert.Equal("PSE", gaza.Country);
        Assert.Equal(31.4167, gaza.Latitude);
        Assert.Equal(34.3333, gaza.Longitude);
    }

    [Theory]
    [InlineData("Country RUS: Russia", "bad-header", 1)]
    [InlineData("country RUS Russia", "bad-header", 1)]
    [InlineData("# header comment\n\ncountry Rus: Russia", "bad-code", 3)]
    [InlineData("country RUSS: Russia", "bad-code", 1)]
    [InlineData("country RUSGOV: Russia", "bad-code", 1)]
    [InlineData("country RUS: Russia\n  country: Rus", "bad-code", 2)]
    [InlineData("country RUS: Russia\n  period: 1991-13-01..", "bad-date", 2)]
    [InlineData("country RUS: Russia\n  period: 2000..1990", "bad-date", 2)]
    [InlineData("country RUS: Russia\n  period: 1991", "bad-date", 2)]
    [InlineData("country RUS: Russia\nperson: X\n  country: RUS\n  role: RUSGOV 2000-02-30.. President", "bad-date", 4)]
    [InlineData("country RUS: Russia\nperson: X\n  country: RUS\n  role: rusgov 2000.. President", "bad-role", 4)]
    [InlineData("country RUS: Russia\nperson: X\n  country: RUS\n  role: RUSG 2000.. President", "bad-code", 4)]
    [InlineData("country RUS: Russia\n  capital: Moscow (95.0, 37.6)", "bad-coordinates", 2)]
    [InlineData("country RUS: Russia\n  names: Rossiya\n  cities: Kazan (55.79, 49.12); Omsk (54.99, 273.37)", "bad-coordinates", 3)]
    [InlineData("country RUS: Russia\n  capital: Moscow (55.7, 37.6", "bad-place", 2)]
    [InlineData("place RUS: Volga\n  coordinates: 55, 200", "bad-coordinates", 2)]
    [InlineData("place RUS: Volga\n  coordinates: north", "bad-coordinates", 2)]
    [InlineData("place: Volga", "bad-code", 1)]
    [InlineData("planet MRS: Mars", "bad-kind", 1)]
    [InlineData("  names: Orphan", "orphan-attribute", 1)]
    [InlineData("country RUS: Russia\n  this line has no colon", "bad-attribute", 2)]
    [InlineData("org: United Nations", "missing-code", 1)]
    [InlineData("person: Nobody", "missing-code", 1)]
    [InlineData("agent GOV: government", "empty-entry", 1)]
    [InlineData("agent GOVMILCOP: government\n  words: government", "bad-code", 1)]
    [InlineData("group PSEREBHMS: Hamas\n  country: XYZ", "unknown-country", 1)]
    public void Errors_name_their_file_and_line(string content, string code, int line)
    {
        var (_, diagnostics) = Check(content, "data/actors/bad.txt");
        var d = Assert.Single(diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal(line, d.Line);
        Assert.Equal("data/actors/bad.txt", d.File);
        Assert.StartsWith($"data/actors/bad.txt:{line}: error: ", d.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"[{code}]", d.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("country RUS: Russia\n  colour: red", "unknown-key", 2)]
    [InlineData("agent GOV: government\n  words: government\n  colour: red", "unknown-key", 3)]
    [InlineData("place RUS: Volga\n  colour: red", "unknown-key", 2)]
    public void Unknown_keys_are_warnings(string content, string code, int line)
    {
        var (_, diagnostics) = Check(content);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(code, d.Code);
        Assert.Equal(line, d.Line);
    }

    [Fact]
    public void Loading_a_bad_file_throws_with_file_and_line()
    {
        var e = Assert.Throws<DictionaryFormatException>(() => Load("country RUS: Russia\n  period: soon\norg: X"));
        Assert.Equal(2, e.Errors.Count);
        Assert.StartsWith("test.txt:2: error:", e.Message, StringComparison.Ordinal);
        Assert.Contains("and 1 more", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_roles_with_different_codes_are_reported()
    {
        var (_, diagnostics) = Check("""
            country RUS: Russia
            person: Two Hats
              role: RUSMIL 1990..2000 General
              role: RUSGOV 2000..2005 Minister
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("overlapping-dates", d.Code);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_name_on_two_actors_that_exist_together_is_reported_but_not_across_periods()
    {
        var (_, diagnostics) = Check("""
            country RUS: Russia
            group RUSREBAAA: Alpha
              names: The Group
              period: 1990..1999
            group RUSREBBBB: Beta
              names: The Group
              period: 2000..
            group RUSREBCCC: Gamma
              names: the group
              period: 1995..2005
            """);
        Assert.All(diagnostics, d => Assert.Equal("duplicate-name", d.Code));
        Assert.Equal(new[] { 8, 8 }, diagnostics.Select(d => d.Line));
    }
}

public class ActorEntryCodeTests
{
    private static readonly ActorDictionary Dictionary = ActorDictionary.Load([new DataFile("roles.txt", """
        country RUS: Russia
        person: Test Person
          country: RUS
          role: RUSMIL 1990..1999 General
          role: RUSGOV 2000-01..2004-06 Minister
          role: RUSOPP 2010-03-15.. Opposition leader
        person: Retired Person
          role: RUSGOV 2000..2004 Minister
          role: RUSMIL 2005..2008 General
        person: Two Hats
          role: RUSGOV 2000..2010 Minister
          role: RUSLEG 2005..2010 Speaker
        person: Elder
          country: RUS
        org IGOUNO: United Nations
        """)]);

    private static ActorEntry Entry(string name) => Dictionary.Entries.Single(e => e.Name == name);

    [Theory]
    [InlineData("1990-01-01", "RUSMIL")]
    [InlineData("1999-12-31", "RUSMIL")]
    [InlineData("2000-01-01", "RUSGOV")]
    [InlineData("2004-06-30", "RUSGOV")]   // a year-month end is the month's last day
    [InlineData("2004-07-01", "RUSELI")]   // between roles: the country's elite
    [InlineData("1980-01-01", "RUSELI")]
    [InlineData("2010-03-15", "RUSOPP")]
    [InlineData("2026-11-25", "RUSOPP")]
    public void A_person_is_coded_by_the_role_held_on_the_date(string date, string code) =>
        Assert.Equal(code, Entry("Test Person").CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Without_a_date_an_open_role_wins_else_the_latest()
    {
        Assert.Equal("RUSOPP", Entry("Test Person").CodeOn(null));
        Assert.Equal("RUSMIL", Entry("Retired Person").CodeOn(null));
    }

    [Fact]
    public void A_person_without_a_country_takes_it_from_the_first_role()
    {
        var retired = Entry("Retired Person");
        Assert.Equal("RUS", retired.Country);
        Assert.Equal("RUSELI", retired.CodeOn(new DateOnly(2020, 1, 1)));
        Assert.Equal("RUSELI", Entry("Elder").CodeOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void On_overlapping_roles_the_first_listed_wins()
    {
        Assert.Equal("RUSGOV", Entry("Two Hats").CodeOn(new DateOnly(2007, 1, 1)));
        Assert.Equal("Minister", Entry("Two Hats").RoleOn(new DateOnly(2007, 1, 1))!.Title);
    }

    [Fact]
    public void An_organisation_keeps_its_code_on_every_date()
    {
        Assert.Equal("IGOUNO", Entry("United Nations").CodeOn(new DateOnly(1950, 1, 1)));
        Assert.Equal("IGOUNO", Entry("United Nations").CodeOn(null));
    }

    [Theory]
    [InlineData("country RUS: Russia", "country", "RUS", "Russia")]
    [InlineData("person: Vladimir Putin ", "person", null, "Vladimir Putin")]
    [InlineData("person :Ali Khamenei", "person", null, "Ali Khamenei")]
    [InlineData("org   USABUS   :   Apple Inc.", "org", "USABUS", "Apple Inc.")]
    [InlineData("media GBRMED: BBC: World Service", "media", "GBRMED", "BBC: World Service")]
    public void Header_lines_give_kind_code_and_name(string line, string kind, string? code, string name)
    {
        Assert.True(ActorDictionaryParser.TryParseHeader(line, out var k, out var c, out var n));
        Assert.Equal((kind, code, name), (k, c, n));
    }

    [Theory]
    [InlineData("Country RUS: Russia")]
    [InlineData("country RUS Russia")]
    [InlineData("country RUS:")]
    [InlineData("country RUS:   ")]
    [InlineData("country RUS BUS: Russia")]
    [InlineData(": Russia")]
    [InlineData("country")]
    public void Malformed_header_lines_are_refused(string line) =>
        Assert.False(ActorDictionaryParser.TryParseHeader(line, out _, out _, out _));

    [Theory]
    [InlineData("names: Rossiya; Russian Federation", "names", "Rossiya; Russian Federation")]
    [InlineData("role :  RUSGOV 2000-05-07.. President  ", "role", "RUSGOV 2000-05-07.. President")]
    [InlineData("names:", "names", "")]
    [InlineData("x_1-y: a: b", "x_1-y", "a: b")]
    public void Attribute_lines_give_key_and_value(string line, string key, string value)
    {
        Assert.True(ActorDictionaryParser.TryParseAttribute(line, out var k, out var v));
        Assert.Equal((key, value), (k, v));
    }

    [Theory]
    [InlineData("this line has no colon")]
    [InlineData("Names: Rossiya")]
    [InlineData("two words: Rossiya")]
    [InlineData("1names: Rossiya")]
    [InlineData(": Rossiya")]
    public void Malformed_attribute_lines_are_refused(string line) =>
        Assert.False(ActorDictionaryParser.TryParseAttribute(line, out _, out _));
}
