using Dragoman.Nlp.Internal;
using Dragoman.Nlp.Training;

namespace Dragoman.Tests.Nlp;

/// <summary>Word clusters: the exchange algorithm, the case profile, the file format and the shipped table.</summary>
public class WordClusterTests
{
    // A toy language: names and days occur in contexts of their own, so the exchange algorithm
    // must put each group in a cluster apart from the other.
    private static List<string[]> ToyCorpus()
    {
        string[] names = ["Smith", "Jones", "Brown", "Taylor"];
        string[] days = ["Monday", "Tuesday", "Friday", "Sunday"];
        string[] verbs = ["said", "added", "argued"];
        var sentences = new List<string[]>();
        for (var i = 0; i < 400; i++)
        {
            var name = names[i % names.Length];
            var day = days[(i / 4) % days.Length];
            var verb = verbs[i % verbs.Length];
            sentences.Add(["Mr", name, verb, "on", day, "."]);
            sentences.Add(["we", "met", "Mr", name, "on", day, "at", "noon", "."]);
        }
        return sentences;
    }

    private static WordClusters TrainToy() =>
        ClusterTrainer.Train(ToyCorpus(), new ClusterTrainingOptions { Clusters = 8, Coarser = [4, 2], MinCount = 2, Iterations = 10 });

    [Fact]
    public void Words_in_the_same_contexts_share_a_cluster()
    {
        var clusters = TrainToy();
        var smith = clusters.Find("Smith");
        Assert.True(smith >= 0);
        Assert.Equal(smith, clusters.Find("jones"));
        Assert.Equal(smith, clusters.Find("TAYLOR"));
        var monday = clusters.Find("Monday");
        Assert.Equal(monday, clusters.Find("sunday"));
        Assert.NotEqual(smith, monday);
        Assert.Equal(-1, clusters.Find("Zanzibar"));
    }

    [Fact]
    public void Coarser_levels_nest_and_feature_values_differ_by_level()
    {
        var clusters = TrainToy();
        Assert.Equal(3, clusters.Levels);
        Span<ulong> a = stackalloc ulong[3];
        Span<ulong> b = stackalloc ulong[3];
        clusters.Values("Smith", a);
        clusters.Values("Brown", b);
        Assert.True(a.SequenceEqual(b));
        Assert.Equal(3, new HashSet<ulong>(a.ToArray()).Count);
        // Words in one fine cluster are in one cluster at every coarser level.
        for (var level = 1; level < 3; level++)
        {
            Assert.Equal(clusters.ClusterOf("Smith", level), clusters.ClusterOf("Taylor", level));
        }
        clusters.Values("Zanzibar", a);
        Assert.Equal(WordClusters.Unknown, a[0]);
        Assert.NotEqual(a[0], a[1]);
    }

    [Fact]
    public void The_case_profile_tells_names_from_common_words()
    {
        var clusters = TrainToy();
        Assert.Equal(4, clusters.CaseProfile("smith"));
        Assert.Equal(1, clusters.CaseProfile("noon"));
        Assert.Equal(0, clusters.CaseProfile("Zanzibar"));
    }

    [Fact]
    public void Digits_are_read_as_zero_and_case_is_ignored()
    {
        Assert.Equal("0000 ad", WordClusters.Normalize("1984 AD"));
        Assert.Equal(WordClusters.Hash("1984"), WordClusters.Hash("2023"));
        Assert.Equal(WordClusters.Hash("Paris"), WordClusters.Hash("PARIS"));
        Assert.NotEqual(WordClusters.Hash("Paris"), WordClusters.Hash("Parish"));
    }

    [Fact]
    public void Writing_and_reading_keeps_every_word()
    {
        var clusters = TrainToy();
        var path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.bin");
        try
        {
            clusters.Save(path);
            var read = WordClusters.Load(path);
            Assert.Equal(clusters.Count, read.Count);
            foreach (var word in clusters.Words)
            {
                for (var level = 0; level < clusters.Levels; level++)
                {
                    Assert.Equal(clusters.ClusterOf(word, level), read.ClusterOf(word, level));
                }
                Assert.Equal(clusters.CaseProfile(word), read.CaseProfile(word));
            }
            Assert.Equal(clusters.Info.Trained["clusters"], read.Info.Trained["clusters"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var a = TrainToy();
        var b = TrainToy();
        Assert.Equal(a.Words, b.Words);
        foreach (var word in a.Words)
        {
            Assert.Equal(a.Find(word), b.Find(word));
        }
    }

    [Fact]
    public void The_shipped_clusters_group_news_words()
    {
        var clusters = WordClusters.Default;
        Assert.True(clusters.Count > 10_000, $"only {clusters.Count} words");
        // Weekdays share a fine cluster; a weekday and a verb do not share even a coarse one.
        Assert.Equal(clusters.Find("Monday"), clusters.Find("Thursday"));
        Assert.NotEqual(clusters.ClusterOf("Monday", 2), clusters.ClusterOf("announced", 2));
        Assert.Equal(4, clusters.CaseProfile("London"));
        Assert.Equal(1, clusters.CaseProfile("government"));
    }
}
