using Dragoman.Nlp;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>Self-training data: articles read by the shipped pipeline become training sentences.</summary>
public class SelfTrainingTests
{
    [Fact]
    public void Articles_become_prose_sentences_with_the_recognisers_entities()
    {
        const string Text = "Talks in Moscow\n\nPresident Vladimir Putin met the Hamas delegation in Moscow on Thursday.\n\nThe talks lasted two hours. Maria Zakharova said Russia wanted calm.";
        var sentences = SelfTraining.Label([("a1", Text), ("a2", "Officials in Paris said nothing.")], NlpAnnotator.Default);

        // The heading is left out; every article opens a document.
        Assert.Equal(4, sentences.Count);
        Assert.Equal([true, false, false, true], sentences.Select(s => s.Gold.StartsDocument));
        Assert.Equal("President", sentences[0].Gold.Tokens[0]);
        foreach (var s in sentences)
        {
            Assert.Equal(s.Gold.Tokens.Length, s.Xpos.Length);
            Assert.All(s.Xpos, x => Assert.False(string.IsNullOrEmpty(x)));
            Assert.All(s.Gold.Entities, e =>
            {
                Assert.InRange(e.Start, 0, e.End - 1);
                Assert.InRange(e.End, 1, s.Gold.Tokens.Length);
                Assert.Contains(e.Label, new[] { "PER", "ORG", "LOC" });
            });
        }
        var first = sentences[0].Gold;
        Assert.Contains(first.Entities, e => e.Label == "PER" && string.Join(" ", first.Tokens[e.Start..e.End]) == "Vladimir Putin");
        Assert.Contains(first.Entities, e => e.Label == "LOC" && string.Join(" ", first.Tokens[e.Start..e.End]) == "Moscow");
    }

    [Fact]
    public void Sentences_longer_than_the_limit_are_left_out()
    {
        var sentences = SelfTraining.Label([("a", "Officials in Paris said nothing. They left.")], NlpAnnotator.Default, maxTokens: 3);
        Assert.Equal("They left .", string.Join(" ", Assert.Single(sentences).Gold.Tokens));
    }
}
