using Dragoman.Documents;

namespace Dragoman.Tests.Coding;

/// <summary>Within-article coreference through the default pipeline: titles, pronouns, descriptions, short names.</summary>
public class CoreferenceTests
{
    private static readonly Lazy<Engine> Engine = new(() => new Engine());

    private static Doc Code(string text) => Engine.Value.Process(new Article { Id = "c", Text = text, Date = new DateOnly(2025, 3, 3) });

    [Fact]
    public void The_minister_he_and_the_group_point_back_to_their_antecedents_and_carry_their_codes()
    {
        var doc = Code("Iran's foreign minister Abbas Araghchi arrived in Moscow on Monday. The minister met Russian officials "
            + "and he praised their support. Hamas welcomed the talks, and the group said it would send a delegation.");
        var araghchi = doc.Actors.ToList().FindIndex(a => a.Name == "Abbas Araghchi" && a.Antecedent is null);
        Assert.True(araghchi >= 0);
        Assert.Contains(doc.Actors, a => a.Text == "minister" && a.Antecedent == araghchi && a.Code == "IRNGOV");
        Assert.Contains(doc.Actors, a => a.Text == "he" && a.Antecedent == araghchi);
        var hamas = doc.Actors.ToList().FindIndex(a => a.Name == "Hamas");
        Assert.Contains(doc.Actors, a => a.Text == "the group" && a.Antecedent == hamas && a.Code == "PSEREBHMS");
        Assert.Contains(doc.Events, e => e.Source.Text == "he" && e.Source.Code == "IRNGOV" && e.Cameo == "051" && e.Target?.Code == "RUSGOV");
    }

    [Fact]
    public void A_pronoun_without_a_fitting_antecedent_is_left_alone()
    {
        var doc = Code("He said the weather would improve.");
        Assert.DoesNotContain(doc.Actors, a => a.Text == "He");
    }
}
