using Dragoman.Nlp.Corpora;
using Dragoman.Nlp.Entities;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>The recogniser's name lexicon: what it marks, how it is read from reference lists, and its place in the model file.</summary>
public class NameLexiconTests
{
    private static NameLexicon Sample()
    {
        var builder = new NameLexiconBuilder();
        builder.AddPerson("Steven Seagal");
        foreach (var surname in new[] { "Smith", "Brown", "Okafor" })
        {
            builder.AddPerson("John " + surname);
        }
        builder.AddPlace("Golden Gate Park");
        builder.AddPlace("Abbotsford", GazetteerKinds.City);
        builder.AddOrganization("Bank of Scotland");
        return builder.Build();
    }

    [Fact]
    public void Words_of_names_are_marked_by_their_place_in_the_name()
    {
        var lexicon = Sample();
        Assert.Equal(NameParts.Given | NameParts.FrequentGiven, lexicon.Parts("John"));
        Assert.Equal(NameParts.Given, lexicon.Parts("steven"));
        Assert.Equal(NameParts.Surname, lexicon.Parts("Seagal"));
        Assert.Equal(NameParts.PlaceWord, lexicon.Parts("Gate"));
        Assert.Equal(NameParts.PlaceWord | NameParts.Place, lexicon.Parts("ABBOTSFORD"));
        Assert.Equal(NameParts.OrganizationWord, lexicon.Parts("Bank"));
        // Particles describe nothing.
        Assert.Equal(NameParts.None, lexicon.Parts("of"));
        Assert.Equal(NameParts.None, lexicon.Parts("Tarlo"));
    }

    [Fact]
    public void Whole_names_match_in_any_case_and_only_whole()
    {
        var lexicon = Sample();
        Assert.Equal(GazetteerKinds.Location, lexicon.Lookup(["golden", "gate", "PARK"]));
        Assert.Equal(GazetteerKinds.City, lexicon.Lookup(["Abbotsford"]));
        Assert.Equal(GazetteerKinds.Organization, lexicon.Lookup(["Bank", "of", "Scotland"]));
        Assert.Equal(GazetteerKinds.Person, lexicon.Lookup(["Steven", "Seagal"]));
        Assert.Equal(GazetteerKinds.None, lexicon.Lookup(["Golden", "Gate"]));
        Assert.Equal(GazetteerKinds.None, lexicon.Lookup(["Seagal"]));
        Assert.Equal(3, lexicon.MaxTokens);
    }

    [Fact]
    public void Reference_lists_give_places_people_and_groups_and_missing_files_are_skipped()
    {
        var root = Path.Combine(Path.GetTempPath(), "dragoman-lexicon-" + Guid.NewGuid().ToString("N"));
        try
        {
            var geonames = Directory.CreateDirectory(Path.Combine(root, ReferenceNames.GeoNamesDirectory)).FullName;
            var petrarch = Directory.CreateDirectory(Path.Combine(root, ReferenceNames.PetrarchDirectory)).FullName;
            File.WriteAllText(Path.Combine(geonames, "cities15000.txt"), "6173331\tAbbotsford\tAbbotsford\tYXX\t49.05\t-122.25\tP\tPPL\tCA\n");
            File.WriteAllText(Path.Combine(geonames, "regionInfo.tsv"), "#region_code\tname\tname_ascii\tgeoname_id\nUS.TN\tTennessee\tTennessee\t4662168\n");
            File.WriteAllLines(Path.Combine(petrarch, "Phoenix.Countries.actors.txt"),
            [
                "# comment",
                "ALBANIA_  [ALB]",
                "+DURRES_",
                "SALI_BERISHA_  # CountryInfo.txt",
                "\t[ALBGOV 050101-130915]",
            ]);
            File.WriteAllLines(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt"),
            [
                "CONTINUITY_IRISH_REPUBLICAN_ARMY_(CIRA)_ [WEU] #  kkl 21 Mar 13",
                "+CONTINUITY_IRA_",
            ]);
            var log = new StringWriter();
            var lexicon = ReferenceNames.Build(root, null, log);
            Assert.Equal(GazetteerKinds.City, lexicon.Lookup(["Abbotsford"]));
            Assert.Equal(GazetteerKinds.Location, lexicon.Lookup(["Tennessee"]));
            Assert.Equal(GazetteerKinds.Person, lexicon.Lookup(["Sali", "Berisha"]));
            Assert.Equal(NameParts.Surname, lexicon.Parts("Berisha"));
            Assert.Equal(GazetteerKinds.Organization, lexicon.Lookup(["Continuity", "Irish", "Republican", "Army"]));
            Assert.Equal(GazetteerKinds.Organization, lexicon.Lookup(["Continuity", "IRA"]));
            // A country's "+" lines are its places, not people.
            Assert.Equal(GazetteerKinds.None, lexicon.Lookup(["Durres"]));
            Assert.Contains("countryInfo.tsv is missing", log.ToString());
            Assert.Contains("Phoenix.International.actors.txt is missing", log.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_model_trained_with_a_lexicon_keeps_it_through_its_file()
    {
        var builder = new NameLexiconBuilder();
        foreach (var person in new[] { "Ann Okafor", "Lena Lindqvist", "Omar Haddad" })
        {
            builder.AddPerson(person);
        }
        builder.AddPlace("Lagos", GazetteerKinds.City);
        var lexicon = builder.Build();
        var train = new List<NerSentence>();
        string[] people = ["Okafor", "Lindqvist", "Haddad"];
        for (var d = 0; d < 30; d++)
        {
            var person = people[d % people.Length];
            train.Add(new NerSentence(new IobSentence($"d{d}", [person, "visited", "Lagos", "."], [new(0, 1, "PER"), new(2, 3, "LOC")], true), ["NNP", "VBD", "NNP", "."]));
        }
        var model = NerTrainer.Train(train, null, new NerTrainingOptions { Epochs = 3, Prune = 0, Ensemble = 1, DocumentMemory = false, Lexicon = lexicon });
        Assert.Equal("0.3", model.Info.Trained["word_dropout"]);
        Assert.StartsWith("4 names", model.Info.Trained["lexicon"]);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = EntityRecognizer.Load(path);
            Assert.NotNull(loaded.Lexicon);
            Assert.Equal(NameParts.Surname, loaded.Lexicon!.Parts("haddad"));
            string[] tokens = ["Haddad", "visited", "Lagos", "."];
            string[] tags = ["NNP", "VBD", "NNP", "."];
            Assert.Equal(model.Recognize(tokens, tags), loaded.Recognize(tokens, tags));
            // A place the lexicon knows as a city is a GPE, with no gazetteer given.
            Assert.Contains(new TokenSpan(2, 3, "GPE"), loaded.Recognize(tokens, tags));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_recogniser_carries_its_lexicon()
    {
        var lexicon = EntityRecognizer.Default.Lexicon;
        Assert.NotNull(lexicon);
        Assert.True(lexicon!.WordCount > 10_000, $"{lexicon.WordCount} words");
    }
}
