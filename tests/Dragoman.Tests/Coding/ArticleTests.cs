using Dragoman.Documents;
using Dragoman.Ingest;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Coding;

/// <summary>
/// Whole articles through the default pipeline (the shipped models and dictionaries): the seed
/// article from ../shared and articles the project wrote, each with different actors, verbs and
/// sentence shapes. They guard what the coder gets right; see the closing notes for what it misses.
/// </summary>
public class ArticleTests
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    private static Doc Code(string path, DateOnly? date = null)
    {
        var result = new ArticleReader(new ArticleReaderOptions { Date = date }).ReadFile(path);
        Assert.True(result.Succeeded, result.ToString());
        return Engine.Value.Process(result.Article!);
    }

    private static string Fixture(string name) => Path.Combine(TestPaths.Fixtures, "articles", name);

    private static HashSet<string> Triples(Doc doc) =>
        [.. doc.Events.Select(e => $"{e.Source.Code} {e.Cameo} {e.Target?.Code ?? "-"}")];

    [SkippableFact]
    public void Seed_article_actors_events_attributions_figures_and_dates()
    {
        var doc = Code(SharedData.Require("examples/seed-article.txt"), new DateOnly(2023, 10, 26));
        var triples = Triples(doc);

        // Hamas visiting and negotiating with Russia; the Russian–Iranian officials' dialogue;
        // Hamas praising Putin; Israel's air assault and siege on Gaza.
        Assert.Contains("PSEREBHMS 042 RUS", triples);
        Assert.Contains(triples, t => t.StartsWith("PSEREBHMS 03", StringComparison.Ordinal) && t.EndsWith(" RUS", StringComparison.Ordinal) || t == "PSEREBHMS 046 RUS");
        Assert.Contains("RUSGOV 040 IRNGOV", triples);
        Assert.Contains("PSEREBHMS 051 RUSGOV", triples);
        Assert.Contains("ISR 195 PSE", triples);
        Assert.Contains("ISR 191 PSE", triples);
        Assert.Contains(doc.Events, e => e.Cameo == "051" && e.Target?.Mention is int m && doc.Actors[m].Name == "Vladimir Putin");
        Assert.Contains(doc.Events, e => e.Cameo == "051" && e.Trigger.Text == "Endorsing"); // a sentence-initial participle, not a name
        Assert.Contains(doc.Events, e => e.Source.Code == "RUS" && e.Cameo is "039" or "045" && e.Trigger.Text == "broker"); // Russia's efforts to broker peace
        Assert.Contains("IRN 050 PSEREBHMS", triples); // Iran's supportive role towards Hamas

        Assert.Contains(doc.Actors, a => a.Name == "Maria Zakharova" && a.Code == "RUSGOV" && a.Type == ActorType.Person);
        Assert.Contains(doc.Actors, a => a.Text.Contains("Baghiri Kani", StringComparison.Ordinal) && a.Code == "IRNGOV");
        Assert.Contains(doc.Actors, a => a.Text.Contains("Abu Marzouk", StringComparison.Ordinal) && a.Code == "PSEREBHMS");
        Assert.Contains(doc.Actors, a => a.Text == "Marzouk" && a.Code == "PSEREBHMS" && a.Antecedent is not null);

        Assert.Contains(doc.Figures, f => f.Value == 1400 && f.Kind == "killed" && !f.Approximate);
        Assert.Contains(doc.Figures, f => f.Value == 6500 && f.Kind == "killed" && f.Approximate && f.Qualifier == "over");
        Assert.Contains(doc.Figures, f => f.Value == 2_300_000 && f.Kind == "population");

        var sources = doc.Attributions.Select(a => a.Source.Code).ToHashSet();
        Assert.Contains("RUSMED", sources); // TASS
        Assert.Contains("USAMED", sources); // The Wall Street Journal
        Assert.Contains(doc.Attributions, a => a.Source.Code == "RUSGOV" && a.Kind == "according_to"); // as per the Russian foreign ministry
        Assert.Contains(doc.Attributions, a => a.Source.Code == "PSEGOV"); // Palestinian authorities
        Assert.Contains(doc.Figures, f => f.Value == 6500 && f.Attribution is int at && doc.Attributions[at].Source.Code == "PSEGOV");

        Assert.Contains(doc.Dates, d => d.Text == "October 7" && d.Value == new DateOnly(2023, 10, 7));
        Assert.Contains(doc.Dates, d => d.Text == "Thursday" && d.Value == new DateOnly(2023, 10, 26) && d.IsRelative);

        Assert.Equal(SentenceKind.Caption, doc.Sentences[0].Kind);
        Assert.Contains(doc.Sentences, s => s.Kind == SentenceKind.Heading && doc.TextOf(s.Span) == "-Israel's Decision Spurs Fears-");
        Assert.Contains(doc.Places, p => p.Name == "Moscow" && p.Country == "RUS" && p.Latitude is > 55 and < 56);
    }

    [Fact]
    public void Prisoner_exchange_reciprocal_acts_mediation_titles_and_places()
    {
        var doc = Code(Path.Combine(TestPaths.RepoRoot, "examples", "wire-prisoner-exchange.txt"));
        var triples = Triples(doc);
        Assert.Contains("RUS 0841 UKR", triples); // exchanged prisoners: each released the other's
        Assert.Contains("UKR 0841 RUS", triples);
        Assert.Contains("ARE 045 -", triples); // negotiations mediated by the UAE
        Assert.Contains("UKRGOV 051 ARE", triples); // Zelensky thanked the UAE
        Assert.Contains("AREGOV 040 RUSGOV", triples); // the UAE foreign minister met Lavrov
        Assert.Contains("RUSMIL 194 UKR", triples); // shelled the city of Kharkiv
        Assert.Contains("UKR 112 RUSGOV", triples); // Ukraine accused Moscow
        Assert.Equal(SentenceKind.Heading, doc.Sentences[0].Kind); // the dateline
        Assert.Contains(doc.Actors, a => a.Name == "Sergei Lavrov" && a.Code == "RUSGOV");
        Assert.Contains(doc.Figures, f => f.Value == 8000 && f.Approximate);
        Assert.Contains(doc.Attributions, a => a.Kind == "according_to" && a.Source.Code == "AREMED"); // WAM
    }

    [Fact]
    public void Border_clash_coordinated_adjectives_weekdays_and_accusations()
    {
        var doc = Code(Fixture("border-clash.txt"));
        var triples = Triples(doc);
        Assert.Contains("INDMIL 190 CHNMIL", triples); // Indian and Chinese troops clashed: each with the other
        Assert.Contains("CHNMIL 190 INDMIL", triples);
        Assert.Contains("CHNGOV 112 INDMIL", triples); // Beijing accused Indian forces
        Assert.Contains("CHNGOV 041 INDGOV", triples); // spoke by telephone
        var clash = doc.Events.First(e => e.Cameo == "190");
        Assert.Equal(new DateOnly(2020, 6, 15), clash.Date); // "on Monday night" before Wednesday 17 June
        Assert.Contains(doc.Figures, f => f.Value == 20 && f.Kind == "troops");
    }

    [Fact]
    public void Sanctions_and_protest_possessives_agents_located_by_place_and_requests()
    {
        var doc = Code(Fixture("sanctions-protest.txt"));
        var triples = Triples(doc);
        Assert.Contains("IGOEEC 163 IRNCOP", triples); // sanctions on Iran's morality police
        Assert.Contains("IGOEEC 163 IRNGOV", triples); // … and several senior officials
        Assert.Contains("IRN 111 -", triples); // Iran condemned the measures
        Assert.Contains(triples, t => t.StartsWith("IRN 13", StringComparison.Ordinal)); // threatened to retaliate
        Assert.Contains("IRNOPP 141 -", triples); // protesters marched in Tehran
        Assert.Contains("DEUGOV 111 IRNGOV", triples); // Baerbock criticised the Iranian government
        Assert.Contains(doc.Figures, f => f.Value == 200 && f.Kind == "arrested" && f.Qualifier == "more than");
    }

    [Fact]
    public void Sudan_aid_appeal_alleged_killings_and_money()
    {
        var doc = Code(Fixture("sudan-aid.txt"));
        var triples = Triples(doc);
        Assert.Contains("SDNREBRSF 190 SDN", triples); // attacked the town of El Geneina
        Assert.Contains("SDNMIL 112 SDNREBRSF", triples); // the army accused the RSF
        Assert.Contains("SAU 043 -", triples); // Saudi Arabia and the US hosted talks
        Assert.Contains("USA 043 -", triples);
        var killing = doc.Events.Single(e => e.Cameo == "190" && e.Target?.Code == "CVL");
        Assert.Equal(Modality.Alleged, killing.Modality); // accused … of killing civilians
        Assert.Contains(doc.Figures, f => f.Kind == "money" && f.Value == 3_000_000_000 && f.Unit == "USD");
        Assert.Contains(doc.Figures, f => f.Kind == "displaced" && f.Value == 2_200_000 && f.Approximate);
    }
}
