using Dragoman.Coding.Dictionaries;

namespace Dragoman.Tests.Coding.Dictionaries;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases)
    {
        var m = new PhraseMatcher<string>();
        foreach (var p in phrases)
        {
            m.Add(p, p);
        }
        return m.Freeze();
    }

    /// <summary>The longest phrase at the first token of <paramref name="text"/> whose words match as the text does.</summary>
    private static (int Length, IReadOnlyList<string> Values) MatchAt(PhraseMatcher<string> m, string text, int start = 0)
    {
        var words = PhraseMatcher<string>.Words(text);
        var lowered = words.Select(w => w.ToLowerInvariant()).ToArray();
        return m.MatchLongest(words, lowered, start, words.Length);
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var m = Matcher("United", "United States", "United States of America");
        Expect(4, "United States of America", MatchAt(m, "United States of America said"));
        Expect(2, "United States", MatchAt(m, "United States Army"));
        Expect(1, "United", MatchAt(m, "United Nations"));
        Assert.Equal(0, MatchAt(m, "the United States").Length);
        Expect(2, "United States", MatchAt(m, "the United States", 1));
    }

    [Fact]
    public void A_phrase_that_runs_past_the_text_end_falls_back_to_a_shorter_one()
    {
        var m = Matcher("New York", "New York Times");
        Expect(2, "New York", MatchAt(m, "New York"));
    }

    [Theory]
    [InlineData("US", "US", true)]
    [InlineData("US", "us", false)]
    [InlineData("US", "Us", false)]
    [InlineData("AP", "AP", true)]
    [InlineData("AP", "Ap", false)]
    [InlineData("U.S.", "U.S.", true)]
    [InlineData("Turkey", "Turkey", true)]
    [InlineData("Turkey", "TURKEY", true)]
    [InlineData("Turkey", "turkey", false)]
    [InlineData("government", "government", true)]
    [InlineData("government", "Government", true)]
    [InlineData("government", "GOVERNMENT", true)]
    [InlineData("Hamas", "HAMAS", true)]
    public void Case_rules(string phrase, string text, bool matches) =>
        Assert.Equal(matches ? 1 : 0, MatchAt(Matcher(phrase), text + " said").Length);

    [Fact]
    public void Phrases_and_text_are_tokenised_alike()
    {
        var m = Matcher("Iran", "U.S.", "al-Qaeda", "Côte d'Ivoire");
        Assert.Equal(1, MatchAt(m, "Iran's foreign ministry").Length);
        Assert.Equal(1, MatchAt(m, "Iran\u2019s foreign ministry").Length);
        Assert.Equal(1, MatchAt(m, "U.S. officials").Length);
        Assert.Equal(PhraseMatcher<string>.Words("al-Qaeda").Length, MatchAt(m, "al-Qaeda fighters").Length);
        Assert.Equal(PhraseMatcher<string>.Words("Côte d'Ivoire").Length, MatchAt(m, "Côte d'Ivoire said").Length);
    }

    [Fact]
    public void Every_value_of_a_phrase_is_returned_and_case_is_checked_per_value()
    {
        var m = new PhraseMatcher<string>();
        m.Add("Chad", "country");
        m.Add("chad", "a piece of paper");
        m.Freeze();
        Assert.Equal(new[] { "country", "a piece of paper" }, MatchAt(m, "Chad said").Values);
        Assert.Equal(new[] { "a piece of paper" }, MatchAt(m, "chad said").Values);
    }

    [Fact]
    public void Adding_after_freezing_fails()
    {
        var m = Matcher("Russia");
        Assert.Throws<InvalidOperationException>(() => m.Add("Ukraine", "Ukraine"));
        Assert.Equal(1, m.Count);
        Assert.Equal(new[] { ("Russia", "Russia") }, m.All());
    }

    [Theory]
    [InlineData("official", "officials")]
    [InlineData("spokesman", "spokesmen")]
    [InlineData("spokeswoman", "spokeswomen")]
    [InlineData("gunman", "gunmen")]
    [InlineData("human", "humans")]
    [InlineData("army", "armies")]
    [InlineData("embassy", "embassies")]
    [InlineData("attorney", "attorneys")]
    [InlineData("boss", "bosses")]
    [InlineData("church", "churches")]
    [InlineData("foreign minister", "foreign ministers")]
    [InlineData("deputy foreign minister", "deputy foreign ministers")]
    [InlineData("armed man", "armed men")]
    public void Agent_words_match_their_plurals(string word, string plural) =>
        Assert.Equal(new[] { word, plural }, ActorDictionary.AgentForms(word));

    [Fact]
    public void An_agent_plural_is_matched_in_text()
    {
        var d = ActorDictionary.Load([new Dragoman.Internal.DataFile("agents.txt", "agent GOV: government\n  words: spokesman; official\n")]);
        foreach (var text in new[] { "spokesmen said", "officials said", "Officials said" })
        {
            var words = PhraseMatcher<PhraseMeaning>.Words(text);
            var (length, values) = d.Matcher.MatchLongest(words, [.. words.Select(w => w.ToLowerInvariant())], 0, words.Length);
            Assert.Equal(1, length);
            Assert.Equal("GOV", Assert.Single(values).Agent!.Code);
        }
    }

    private static void Expect(int length, string value, (int Length, IReadOnlyList<string> Values) r)
    {
        Assert.Equal(length, r.Length);
        Assert.Equal(value, Assert.Single(r.Values));
    }
}
