using Dragoman.Evaluation;

namespace Dragoman.Tests.Evaluation;

/// <summary>Reading UD v1 parses (UDPipe 1) as UD v2.</summary>
public class ConlluUpgradeTests
{
    [Fact]
    public void V1_relations_and_the_conj_tag_become_v2()
    {
        const string v1 =
            "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" +
            "2\trenewed\trenew\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
            "3\tties\ttie\tNOUN\tNNS\t_\t2\tdobj\t_\t_\n" +
            "4\tand\tand\tCONJ\tCC\t_\t2\tcc\t_\t_\n" +
            "5\twas\tbe\tAUX\tVBD\t_\t6\tauxpass\t_\t_\n" +
            "6\tpraised\tpraise\tVERB\tVBN\t_\t2\tconj\t_\t_\n" +
            "7\tby\tby\tADP\tIN\t_\t8\tcase\t_\t_\n" +
            "8\tSylvania\tSylvania\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n\n";
        var tokens = Conllu.UpgradeToV2(Conllu.Parse(v1)[0].Tokens);
        Assert.Equal("obj", tokens[2].Relation);
        Assert.Equal("CCONJ", tokens[3].Upos);
        Assert.Equal("aux:pass", tokens[4].Relation);
        Assert.Equal("obl:agent", tokens[7].Relation);
    }
}
