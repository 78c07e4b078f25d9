using Dragoman.Nlp.Entities;

namespace Dragoman.Tests.Nlp;

/// <summary>The entity gazetteer built from the project's own actor dictionary.</summary>
public class ActorGazetteerTests
{
    private static GazetteerKinds Lookup(params string[] tokens) => ActorGazetteer.Bundled.Lookup(tokens);

    [Fact]
    public void Knows_countries_capitals_nationalities_and_people()
    {
        Assert.True(Lookup("Russia").HasFlag(GazetteerKinds.Country));
        Assert.True(Lookup("Moscow").HasFlag(GazetteerKinds.City));
        Assert.True(Lookup("Russian").HasFlag(GazetteerKinds.Nationality));
        Assert.True(Lookup("Vladimir", "Putin").HasFlag(GazetteerKinds.Person));
        Assert.True(Lookup("United", "States").HasFlag(GazetteerKinds.Country));
    }

    [Fact]
    public void Matches_ignoring_case_except_short_capitals()
    {
        Assert.True(Lookup("RUSSIA").HasFlag(GazetteerKinds.Country));
        Assert.True(Lookup("US").HasFlag(GazetteerKinds.Country));
        Assert.Equal(GazetteerKinds.None, Lookup("us"));
    }

    [Fact]
    public void Unknown_and_partial_names_are_not_matched()
    {
        Assert.Equal(GazetteerKinds.None, Lookup("the"));
        Assert.Equal(GazetteerKinds.None, Lookup("United"));
        Assert.Equal(GazetteerKinds.None, Lookup("Russia", "said"));
        Assert.Equal(GazetteerKinds.None, Lookup());
    }
}
