namespace Dragoman.Nlp.Parsing;

/// <summary>
/// Makes a dependency tree projective by lifting (Nivre and Nilsson 2005, without label encoding):
/// while some arc crosses another, the shortest crossing arc's dependent is reattached to its
/// grandparent. The parser's transition system can only build projective trees, so it trains on these.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Returns projective heads (0-based word indexes, -1 for the root).</summary>
    public static int[] Lift(ReadOnlySpan<int> heads)
    {
        var h = heads.ToArray();
        while (true)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 0; d < h.Length; d++)
            {
                if (h[d] < 0)
                {
                    continue;
                }
                var length = Math.Abs(h[d] - d);
                if (length < shortestLength && !IsProjective(h, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }
            if (shortest < 0)
            {
                return h;
            }
            h[shortest] = h[h[shortest]];
        }
    }

    /// <summary>True when every word strictly between <paramref name="dependent"/> and its head is dominated by the head.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads, int dependent)
    {
        var head = heads[dependent];
        var (from, to) = head < dependent ? (head + 1, dependent) : (dependent + 1, head);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }
            if (a != head)
            {
                return false;
            }
        }
        return true;
    }
}
