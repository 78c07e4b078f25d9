using Dragoman.Coding.Discards;
using Dragoman.Coding.Dictionaries;
using Dragoman.Documents;
using Dragoman.Internal;

namespace Dragoman.Tests.Coding.Discards;

public class DiscardTests
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    private static Doc Code(string text) => Engine.Value.Process(new Article { Id = "t", Text = text, Date = new DateOnly(2005, 3, 1) });

    [Fact]
    public void A_football_report_is_discarded_and_codes_no_events()
    {
        var doc = Code("Liverpool attacked Chelsea from the kick-off in the Premier League match on Saturday. "
            + "The striker scored two goals before half-time and the goalkeeper saved a penalty kick. "
            + "Chelsea's manager said his squad would fight for the title this season.");
        Assert.Equal("sport", doc.Discard);
        Assert.Empty(doc.Events);
        Assert.NotEmpty(doc.Sentences);
    }

    [Fact]
    public void A_political_story_with_a_sporting_word_is_kept()
    {
        var doc = Code("Russia condemned the United States on Monday after the foreign minister's visit was cancelled. "
            + "Officials said the decision would damage relations, and the government summoned the ambassador. "
            + "The minister, a keen football fan, had planned to watch a match.");
        Assert.Null(doc.Discard);
        Assert.NotEmpty(doc.Events);
    }

    [Fact]
    public void A_sentence_discard_phrase_keeps_its_sentence_uncoded()
    {
        var doc = Code("Israel attacked Gaza on Monday. The supermarkets attacked each other in a price war.");
        Assert.All(doc.Events, e => Assert.Equal(0, e.Sentence));
    }

    [Fact]
    public void A_malformed_discard_line_names_file_and_line()
    {
        var e = Assert.Throws<DictionaryFormatException>(() => DiscardDictionary.Load([new DataFile("discards/x.txt", "sport: goal\nno colon here\n")]));
        Assert.Contains("discards/x.txt:2", e.Message);
    }
}
