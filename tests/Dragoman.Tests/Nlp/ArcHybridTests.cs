using Dragoman.Nlp.Parsing;

namespace Dragoman.Tests.Nlp;

/// <summary>The parser's transition system and its dynamic oracle, checked exhaustively on random small trees.</summary>
public class ArcHybridTests
{
    private const int Labels = 3;
    private const int Root = 0;

    // A random projective tree over n words: heads (root = -1) and labels (root label for the root).
    private static (int[] Heads, int[] Labels) RandomProjectiveTree(Random random, int n)
    {
        while (true)
        {
            var heads = new int[n];
            var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToList();
            heads[order[0]] = -1;
            for (var k = 1; k < n; k++)
            {
                heads[order[k]] = order[random.Next(k)];
            }
            if (Enumerable.Range(0, n).All(d => heads[d] < 0 || Projectivizer.IsProjective(heads, d)))
            {
                return (heads, heads.Select(h => h < 0 ? Root : 1 + random.Next(Labels - 1)).ToArray());
            }
        }
    }

    [Fact]
    public void Following_zero_cost_transitions_rebuilds_the_gold_tree()
    {
        var random = new Random(7);
        var state = new ArcHybrid();
        var costs = new int[1 + (2 * Labels)];
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 10);
            var (heads, labels) = RandomProjectiveTree(random, n);
            var gold = heads.Select(h => h < 0 ? n : h).ToArray();
            state.Start(n, Labels, Root);
            while (!state.IsTerminal)
            {
                state.Costs(gold, labels, costs);
                state.Apply(Array.IndexOf(costs, 0));
            }
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(gold[i], state.Head[i]);
                Assert.Equal(labels[i], state.Label[i]);
            }
        }
    }

    [Fact]
    public void Costs_add_up_to_the_errors_of_any_transition_sequence()
    {
        // The oracle is exact: whatever legal path is taken, the costs of its transitions sum to the
        // number of words that end with a wrong head or label.
        var random = new Random(11);
        var state = new ArcHybrid();
        var costs = new int[1 + (2 * Labels)];
        for (var trial = 0; trial < 2000; trial++)
        {
            var n = random.Next(1, 9);
            var (heads, labels) = RandomProjectiveTree(random, n);
            var gold = heads.Select(h => h < 0 ? n : h).ToArray();
            state.Start(n, Labels, Root);
            var sum = 0;
            while (!state.IsTerminal)
            {
                state.Costs(gold, labels, costs);
                var legal = Enumerable.Range(0, costs.Length).Where(t => costs[t] >= 0).ToList();
                Assert.All(legal, t => Assert.True(state.IsLegal(t)));
                var chosen = legal[random.Next(legal.Count)];
                sum += costs[chosen];
                state.Apply(chosen);
            }
            var errors = Enumerable.Range(0, n).Count(i => state.Head[i] != gold[i] || state.Label[i] != labels[i]);
            Assert.Equal(errors, sum);
        }
    }

    [Fact]
    public void Every_parse_has_exactly_one_root()
    {
        var random = new Random(3);
        var state = new ArcHybrid();
        for (var trial = 0; trial < 300; trial++)
        {
            var n = random.Next(1, 12);
            state.Start(n, Labels, Root);
            while (!state.IsTerminal)
            {
                var legal = Enumerable.Range(0, 1 + (2 * Labels)).Where(state.IsLegal).ToList();
                state.Apply(legal[random.Next(legal.Count)]);
            }
            Assert.Equal(1, Enumerable.Range(0, n).Count(i => state.Head[i] == n));
            Assert.All(Enumerable.Range(0, n), i => Assert.Equal(state.Head[i] == n, state.Label[i] == Root));
        }
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective()
    {
        // Word 1 is the root; 2 -> 0 and 0 -> 3 both pass over it without dominating it.
        int[] heads = [2, -1, 1, 0];
        Assert.False(Enumerable.Range(0, 4).All(d => heads[d] < 0 || Projectivizer.IsProjective(heads, d)));
        var lifted = Projectivizer.Lift(heads);
        Assert.True(Enumerable.Range(0, 4).All(d => lifted[d] < 0 || Projectivizer.IsProjective(lifted, d)));
        Assert.Equal(1, lifted.Count(h => h < 0));
    }
}
