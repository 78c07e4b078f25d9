using Dragoman.Documents;
using Dragoman.Tests.Support;

namespace Dragoman.Tests.Coding;

/// <summary>Figures through the default pipeline: sums of money, counts of people, and numbers that name or score rather than count.</summary>
public class FigureTests
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    private static Doc Code(string text) => Engine.Value.Process(new Article { Id = "f", Text = text, Date = new DateOnly(2005, 1, 20) });

    [Fact]
    public void Sums_with_a_glued_one_letter_scale_are_scaled()
    {
        var doc = Code("AMR reported a loss of $387m (£206m) for the quarter. Profits reached $5bn.");
        Assert.Contains(doc.Figures, f => f.Text == "$387m" && f.Value == 387_000_000 && f.Unit == "USD");
        Assert.Contains(doc.Figures, f => f.Text == "£206m" && f.Value == 206_000_000 && f.Unit == "GBP");
        Assert.Contains(doc.Figures, f => f.Value == 5_000_000_000 && f.Kind == "money");
    }

    [Fact]
    public void People_are_what_a_number_counts_when_nothing_more_telling_follows()
    {
        var doc = Code("About 120,000 people are expected to attend the show. At least 12 people were killed.");
        var crowd = Assert.Single(doc.Figures, f => f.Value == 120_000);
        Assert.Equal("About 120,000 people", crowd.Text);
        Assert.Equal("people", crowd.Noun);
        Assert.True(crowd.Approximate);
        Assert.Equal("killed", Assert.Single(doc.Figures, f => f.Value == 12).Kind);
    }

    [Theory]
    [InlineData("He told BBC Radio 4 that the plan had failed.")]
    [InlineData("Arsenal won 5-1 against Rosenborg on Tuesday.")]
    [InlineData("Ireland kept their Six Nations hopes alive.")]
    [InlineData("The song made the top 10 and reached No 20 in America.")]
    [InlineData("She is aged 14.")]
    public void Numbers_that_name_or_score_are_no_figures(string text) => Assert.Empty(Code(text).Figures);
}
