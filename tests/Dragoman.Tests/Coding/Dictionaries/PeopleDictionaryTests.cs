using Dragoman.Coding.Dictionaries;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// Facts from the bundled people dictionaries of the major powers (data/actors/people-*.txt):
/// a name found in an article, with the article's date, must give the code of the office the
/// person held then, and the files must keep the invariants that make that work.
/// </summary>
public class PeopleDictionaryTests
{
    private static readonly string[] MajorFiles =
    [
        "people-usa.txt", "people-russia.txt", "people-china.txt", "people-taiwan.txt", "people-uk.txt",
        "people-france.txt", "people-germany.txt", "people-japan.txt", "people-india.txt",
    ];

    private static bool InMajorFile(ActorEntry e) =>
        MajorFiles.Any(f => e.File.EndsWith("/" + f, StringComparison.Ordinal) || e.File.EndsWith("\\" + f, StringComparison.Ordinal));

    private static IEnumerable<ActorEntry> MajorPeople =>
        ActorDictionary.Bundled.Entries.Where(e => e.Kind == ActorEntryKind.Person && InMajorFile(e));

    /// <summary>The one person entry that a name (as written in an article) matches.</summary>
    private static ActorEntry Person(string name)
    {
        var matches = ActorDictionary.Bundled.Entries
            .Where(e => e.Kind == ActorEntryKind.Person && e.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Assert.True(matches.Count == 1, $"'{name}' matches {matches.Count} person entries: {string.Join(", ", matches.Select(m => m.Name))}");
        return matches[0];
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // United States
    [InlineData("Eisenhower", "1944-06-06", "USAMIL")]
    [InlineData("Eisenhower", "1955-07-18", "USAGOV")]
    [InlineData("Eisenhower", "1965-01-01", "USAELI")]
    [InlineData("JFK", "1962-10-22", "USAGOV")]
    [InlineData("Nixon", "1959-07-24", "USAGOV")]   // vice president (kitchen debate)
    [InlineData("Nixon", "1975-01-01", "USAELI")]
    [InlineData("Kissinger", "1973-10-06", "USAGOV")]
    [InlineData("Kissinger", "1980-01-01", "USAELI")]
    [InlineData("Colin Powell", "1991-01-17", "USAMIL")]
    [InlineData("Colin Powell", "2003-02-05", "USAGOV")]
    [InlineData("George W. Bush", "2003-03-20", "USAGOV")]
    [InlineData("Hillary Clinton", "2011-03-19", "USAGOV")]
    [InlineData("Hillary Clinton", "2016-11-08", "USAELI")]
    [InlineData("Biden", "2012-06-01", "USAGOV")]
    [InlineData("Biden", "2019-06-01", "USAELI")]
    [InlineData("Trump", "2019-06-01", "USAGOV")]
    [InlineData("Trump", "2022-06-01", "USAELI")]
    [InlineData("Trump", "2025-06-01", "USAGOV")]
    [InlineData("Pompeo", "2017-06-01", "USASPY")]
    [InlineData("Pompeo", "2019-06-01", "USAGOV")]
    [InlineData("Milley", "2021-01-06", "USAMIL")]
    // Soviet Union and Russia
    [InlineData("Stalin", "1950-06-25", "SUNGOV")]
    [InlineData("Khrushchev", "1962-10-22", "SUNGOV")]
    [InlineData("Khrushchev", "1970-01-01", "SUNELI")]
    [InlineData("Gorbachev", "1984-12-16", "SUNGOV")]   // Politburo member visiting Thatcher
    [InlineData("Gorbachev", "1988-01-01", "SUNGOV")]
    [InlineData("Gorbachev", "1991-12-25", "SUNGOV")]
    [InlineData("Gorbachev", "1996-06-16", "RUSELI")]
    [InlineData("Yeltsin", "1987-01-01", "SUNELI")]
    [InlineData("Yeltsin", "1991-08-19", "RUSGOV")]   // president of the RSFSR during the coup
    [InlineData("Yeltsin", "2003-01-01", "RUSELI")]
    [InlineData("Shevardnadze", "1987-01-01", "SUNGOV")]
    [InlineData("Shevardnadze", "1995-01-01", "GEOGOV")]
    [InlineData("Putin", "1996-01-01", "RUSELI")]
    [InlineData("Putin", "1998-09-01", "RUSSPY")]
    [InlineData("Putin", "1999-10-01", "RUSGOV")]
    [InlineData("Putin", "2010-01-01", "RUSGOV")]
    [InlineData("Putin", "2023-10-26", "RUSGOV")]
    [InlineData("Medvedev", "2010-01-01", "RUSGOV")]
    [InlineData("Lavrov", "2023-01-01", "RUSGOV")]
    [InlineData("Zakharova", "2022-03-01", "RUSGOV")]
    [InlineData("Gerasimov", "2022-03-01", "RUSMIL")]
    [InlineData("Shoigu", "2020-01-01", "RUSGOV")]
    // China and Taiwan
    [InlineData("Mao", "1947-01-01", "CHNREB")]
    [InlineData("Mao", "1966-08-18", "CHNGOV")]
    [InlineData("Deng Xiaoping", "1970-01-01", "CHNELI")]   // purged in the Cultural Revolution
    [InlineData("Deng Xiaoping", "1985-01-01", "CHNGOV")]
    [InlineData("Hu Jintao", "2008-08-08", "CHNGOV")]
    [InlineData("Hu Jintao", "2015-01-01", "CHNELI")]
    [InlineData("Xi", "2020-01-01", "CHNGOV")]
    [InlineData("Chiang Kai-shek", "1945-09-01", "CHNGOV")]
    [InlineData("Chiang Kai-shek", "1960-01-01", "TWNGOV")]
    [InlineData("Tsai Ing-wen", "2020-01-11", "TWNGOV")]
    // United Kingdom
    [InlineData("Churchill", "1944-06-06", "GBRGOV")]
    [InlineData("Churchill", "1946-03-05", "GBROPP")]   // Fulton speech, in opposition
    [InlineData("Churchill", "1953-01-01", "GBRGOV")]
    [InlineData("Thatcher", "1977-01-01", "GBROPP")]
    [InlineData("Thatcher", "1982-04-02", "GBRGOV")]
    [InlineData("Blair", "2001-09-11", "GBRGOV")]
    [InlineData("Blair", "2010-01-01", "GBRELI")]
    [InlineData("Boris Johnson", "2017-01-01", "GBRGOV")]   // foreign secretary
    [InlineData("Boris Johnson", "2023-01-01", "GBRELI")]
    // France
    [InlineData("de Gaulle", "1944-08-26", "FRAGOV")]
    [InlineData("de Gaulle", "1950-01-01", "FRAELI")]
    [InlineData("de Gaulle", "1962-01-01", "FRAGOV")]
    [InlineData("Mitterrand", "1990-01-01", "FRAGOV")]
    [InlineData("Macron", "2024-06-01", "FRAGOV")]
    // Germany
    [InlineData("Adenauer", "1955-01-01", "DEUGOV")]
    [InlineData("Ulbricht", "1961-08-13", "DDRGOV")]
    [InlineData("Honecker", "1985-01-01", "DDRGOV")]
    [InlineData("Kohl", "1990-10-03", "DEUGOV")]
    [InlineData("Merkel", "2003-01-01", "DEUOPP")]
    [InlineData("Merkel", "2010-06-01", "DEUGOV")]
    [InlineData("Merkel", "2022-06-01", "DEUELI")]
    [InlineData("Schröder", "2003-01-01", "DEUGOV")]
    [InlineData("von der Leyen", "2020-01-01", "IGOEECEUC")]
    // Japan
    [InlineData("Hirohito", "1945-08-15", "JPNGOV")]
    [InlineData("Yoshida", "1951-09-08", "JPNGOV")]
    [InlineData("Shinzo Abe", "2010-01-01", "JPNELI")]
    [InlineData("Shinzo Abe", "2015-01-01", "JPNGOV")]
    [InlineData("Takaichi", "2025-10-25", "JPNGOV")]
    // India
    [InlineData("Nehru", "1955-01-01", "INDGOV")]
    [InlineData("Indira Gandhi", "1971-12-03", "INDGOV")]
    [InlineData("Indira Gandhi", "1978-01-01", "INDELI")]
    [InlineData("Vajpayee", "1999-02-20", "INDGOV")]
    [InlineData("Modi", "2020-01-01", "INDGOV")]
    public void A_name_on_a_date_codes_as_the_office_then_held(string name, string date, string code)
    {
        Assert.Equal(code, Person(name).CodeOn(D(date)));
    }

    [Fact]
    public void Offices_held_in_turn_give_the_right_holder_on_each_side_of_the_handover()
    {
        // Reagan to Bush, Yeltsin to Putin, Major to Blair: the day before and the day after.
        Assert.Equal("USAGOV", Person("Reagan").CodeOn(D("1989-01-19")));
        Assert.Equal("USAELI", Person("Reagan").CodeOn(D("1989-01-21")));
        Assert.Equal("USAGOV", Person("George H. W. Bush").CodeOn(D("1989-01-21")));
        Assert.Equal("President", Person("Putin").RoleOn(D("2000-06-01"))!.Title);
        Assert.Equal("Prime Minister", Person("Putin").RoleOn(D("2010-06-01"))!.Title);
        Assert.Equal("GBROPP", Person("John Major").CodeOn(D("1997-05-10")));
        Assert.Equal("GBRGOV", Person("Tony Blair").CodeOn(D("1997-05-10")));
    }

    [Fact]
    public void The_major_powers_are_covered_with_hundreds_of_people()
    {
        var byFile = MajorPeople.GroupBy(e => MajorFiles.First(f => e.File.EndsWith(f, StringComparison.Ordinal))).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(MajorFiles.Length, byFile.Count);
        Assert.All(byFile, kv => Assert.True(kv.Value >= 25, $"{kv.Key} has only {kv.Value} people"));
        Assert.True(byFile.Values.Sum() >= 500, $"only {byFile.Values.Sum()} people in all");
    }

    [Fact]
    public void Every_person_has_a_country_and_every_role_a_start_date()
    {
        foreach (var e in MajorPeople)
        {
            Assert.True(e.Country is { Length: 3 }, $"{e.Name} ({e.File}:{e.Line}) has no country");
            Assert.NotEmpty(e.Roles);
            Assert.All(e.Roles, r => Assert.True(r.Period.From is not null, $"{e.Name} ({e.File}:{e.Line}): role {r.Code} {r.Period} has no start"));
        }
    }

    [Fact]
    public void No_person_holds_two_differently_coded_roles_on_the_same_day()
    {
        var clashes = new List<string>();
        foreach (var e in MajorPeople)
        {
            for (var i = 0; i < e.Roles.Length; i++)
            {
                for (var j = i + 1; j < e.Roles.Length; j++)
                {
                    if (e.Roles[i].Code != e.Roles[j].Code && e.Roles[i].Period.Overlaps(e.Roles[j].Period))
                    {
                        clashes.Add($"{e.Name} ({e.File}:{e.Line}): {e.Roles[i].Code} {e.Roles[i].Period} / {e.Roles[j].Code} {e.Roles[j].Period}");
                    }
                }
            }
        }
        Assert.Empty(clashes);
    }

    [Fact]
    public void State_codes_are_used_only_while_the_state_existed()
    {
        var soviet = new DateOnly(1991, 12, 25);
        var gdr = new DateOnly(1990, 10, 2);
        var rsfsr = new DateOnly(1990, 5, 29);   // Yeltsin's chairmanship: the Russian republic's government acts on its own
        var prc = new DateOnly(1949, 10, 1);
        var rocOnTaiwan = new DateOnly(1949, 12, 7);
        foreach (var e in MajorPeople)
        {
            foreach (var r in e.Roles)
            {
                var where = $"{e.Name} ({e.File}:{e.Line}): {r.Code} {r.Period}";
                if (r.Code.StartsWith("SUN", StringComparison.Ordinal))
                {
                    Assert.True(r.Period.To is { } to && to <= soviet, where);
                }
                if (r.Code.StartsWith("DDR", StringComparison.Ordinal))
                {
                    Assert.True(r.Period.To is { } to && to <= gdr, where);
                }
                if (r.Code.StartsWith("RUS", StringComparison.Ordinal))
                {
                    Assert.True(r.Period.From >= rsfsr, where);
                }
                if (r.Code.StartsWith("TWN", StringComparison.Ordinal))
                {
                    Assert.True(r.Period.From >= rocOnTaiwan, where);
                }
                if (r.Code == "CHNREB")
                {
                    Assert.True(r.Period.To is { } to && to < prc, where);
                }
            }
        }
    }

    [Fact]
    public void Current_office_holders_are_open_ended_and_their_predecessors_are_not()
    {
        // As of the files' knowledge date (2025-10): an open role means "still in office".
        foreach (var name in new[] { "Putin", "Lavrov", "Xi", "Macron", "Starmer", "Merz", "Modi", "Takaichi", "Lai Ching-te" })
        {
            Assert.Contains(Person(name).Roles, r => r.Period.To is null);
        }
        foreach (var name in new[] { "Biden", "Merkel", "Olaf Scholz", "Sunak", "Kishida", "Ishiba", "Tsai Ing-wen", "Shinzo Abe", "Blinken" })
        {
            Assert.DoesNotContain(Person(name).Roles, r => r.Period.To is null);
        }
    }

    [Fact]
    public void Lint_finds_nothing_in_the_people_files()
    {
        // Until the countries file lands, every person's country is "unknown": that alone is tolerated.
        var countriesLoaded = !ActorDictionary.Bundled.Countries.IsEmpty;
        var problems = DictionaryLinter.LintBundled()
            .Where(d => MajorFiles.Any(f => d.File.EndsWith(f, StringComparison.Ordinal)))
            .Where(d => countriesLoaded || d.Code != "unknown-country")
            .Select(d => d.ToString())
            .ToList();
        Assert.Empty(problems);
    }
}
