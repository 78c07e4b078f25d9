using Dragoman.Coding.Dictionaries;

namespace Dragoman.Tests.Coding.Dictionaries;

/// <summary>
/// Armed groups, parties and people of the 1990s and 2000s (groups.txt, parties.txt,
/// people-armed-groups.txt, people-uk.txt, people-world-2000s.txt): a name in an article of a given
/// date gives the group's code in its period, or the office its holder held then.
/// </summary>
public class HistoricalActorsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The code a name gives on a date: the entry whose period covers it, with its role then.</summary>
    private static string CodeOn(string name, string date)
    {
        var matches = ActorDictionary.Bundled.Entries
            .Where(e => (e.Name == name || e.Names.Contains(name, StringComparer.Ordinal)) && e.Period.Contains(D(date)))
            .ToList();
        Assert.True(matches.Count == 1, $"'{name}' on {date} matches {matches.Count} entries: {string.Join(", ", matches.Select(m => $"{m.Name} {m.Code}"))}");
        return matches[0].CodeOn(D(date));
    }

    [Theory]
    [InlineData("UNITA", "1998-12-01", "AGOREBUNT")]
    [InlineData("UNITA", "2008-09-05", "AGOPTYUNT")]   // a party after the 2002 ceasefire
    [InlineData("MPLA", "1998-12-01", "AGOPTYMPL")]
    [InlineData("RUF", "2000-05-08", "SLEREBRUF")]
    [InlineData("Kamajors", "1998-01-01", "SLEUAFKMJ")]
    [InlineData("FDD", "2002-06-01", "BDIREBFDD")]
    [InlineData("FDD", "2005-08-19", "BDIPTYFDD")]
    [InlineData("FNL", "2008-04-17", "BDIREBFNL")]
    [InlineData("KLA", "1999-03-24", "XKXSEPKLA")]
    [InlineData("LURD", "2003-07-20", "LBRREBLRD")]
    [InlineData("NPFL", "1990-09-09", "LBRREBNPF")]
    [InlineData("RCD", "2000-06-01", "CODREBRCD")]
    [InlineData("MLC", "2001-01-01", "CODREBMLC")]
    [InlineData("AFDL", "1997-03-15", "CODREBADL")]
    [InlineData("Interahamwe", "1994-05-01", "RWAUAFINT")]
    [InlineData("Interahamwe", "1999-03-01", "RWAREBINT")]
    [InlineData("Forces Nouvelles", "2004-11-06", "CIVREBFNV")]
    [InlineData("GAM", "2003-05-19", "IDNSEPGAM")]
    [InlineData("CPN (Maoist)", "2005-02-01", "NPLREBCPN")]
    [InlineData("ONLF", "2007-04-24", "ETHSEPONL")]
    [InlineData("FLNC", "2000-01-01", "FRASEPFNC")]
    [InlineData("Tamil Tiger", "2006-08-01", "LKASEPLTT")]
    public void Historical_armed_groups_and_parties_code_by_period(string name, string date, string code) =>
        Assert.Equal(code, CodeOn(name, date));

    [Fact]
    public void Groups_have_no_code_outside_their_period()
    {
        Assert.DoesNotContain(ActorDictionary.Bundled.Entries, e => e.Names.Contains("RUF") && e.Period.Contains(D("2010-01-01")));
        Assert.DoesNotContain(ActorDictionary.Bundled.Entries, e => e.Names.Contains("KLA") && e.Period.Contains(D("2005-01-01")));
    }

    [Theory]
    [InlineData("Savimbi", "1999-01-01", "AGOREBUNT")]
    [InlineData("Sankoh", "1999-07-07", "SLEREBRUF")]
    [InlineData("Garang", "2004-05-26", "SDNREBSPL")]
    [InlineData("Garang", "2005-07-20", "SDNGOV")]   // First Vice President for three weeks
    [InlineData("Ocalan", "1998-10-01", "TURSEPPKK")]
    [InlineData("Maskhadov", "2002-10-24", "RUSSEPICH")]
    [InlineData("Charles Taylor", "1992-01-01", "LBRREBNPF")]
    [InlineData("Charles Taylor", "2001-01-01", "LBRGOV")]
    [InlineData("Charles Taylor", "2006-03-29", "LBRELI")]   // arrested, on trial
    [InlineData("Laurent Kabila", "1997-01-01", "CODREBADL")]
    [InlineData("Laurent Kabila", "1999-01-01", "CODGOV")]
    [InlineData("Bemba", "2005-01-01", "CODGOV")]
    [InlineData("Soro", "2005-01-01", "CIVREBFNV")]
    [InlineData("Soro", "2009-01-01", "CIVGOV")]
    [InlineData("Michael Howard", "1995-01-01", "GBRGOV")]   // Home Secretary
    [InlineData("Michael Howard", "2004-06-01", "GBROPP")]   // Leader of the Opposition
    [InlineData("Blunkett", "2003-01-01", "GBRGOV")]
    [InlineData("Charles Kennedy", "2003-02-15", "GBRPTYLDM")]
    [InlineData("Lord Goldsmith", "2003-03-17", "GBRJUD")]
    [InlineData("Ian Paisley", "2005-01-01", "GBRPTYDUP")]
    [InlineData("Ian Paisley", "2007-06-01", "GBRGOV")]
    [InlineData("Gerry Adams", "2005-04-06", "GBRPTYSNF")]
    [InlineData("Musharraf", "1999-01-01", "PAKMIL")]
    [InlineData("Musharraf", "2003-01-01", "PAKGOV")]
    [InlineData("Yushchenko", "2004-11-22", "UKROPP")]
    [InlineData("Yushchenko", "2006-01-01", "UKRGOV")]
    [InlineData("Zapatero", "2004-03-10", "ESPOPP")]
    [InlineData("Zapatero", "2005-01-01", "ESPGOV")]
    [InlineData("Berlusconi", "2003-01-01", "ITAGOV")]
    [InlineData("Berlusconi", "2007-01-01", "ITAOPP")]
    [InlineData("Tsvangirai", "2005-01-01", "ZWEPTYMDC")]
    [InlineData("Tsvangirai", "2010-01-01", "ZWEGOV")]
    [InlineData("Wolfowitz", "2006-01-01", "IGOWBK")]
    [InlineData("John Howard", "2003-03-20", "AUSGOV")]
    public void Leaders_of_the_1990s_and_2000s_code_as_the_office_then_held(string name, string date, string code) =>
        Assert.Equal(code, CodeOn(name, date));

    [Theory]
    [InlineData("Howard")]    // Michael Howard and John Howard
    [InlineData("Barzani")]   // Masoud, Nechirvan, Masrour
    [InlineData("Ahern")]     // Bertie and Dermot
    public void Surnames_shared_by_contemporaries_are_not_names(string surname) =>
        Assert.DoesNotContain(ActorDictionary.Bundled.Entries, e => e.Kind == ActorEntryKind.Person && (e.Name == surname || e.Names.Contains(surname, StringComparer.Ordinal)));
}
