namespace Dragoman.Nlp.Parsing;

/// <summary>
/// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
/// (Ballesteros and Nivre 2013), which yields exactly one root per sentence. Transitions are numbered
/// SHIFT = 0, LEFT(label) = 1 + label, RIGHT(label) = 1 + labels + label:
/// <list type="bullet">
/// <item>SHIFT moves the first buffer word b0 onto the stack;</item>
/// <item>LEFT makes b0 the head of the stack top s0 and pops s0 (onto the root: only as the last word, labelled root);</item>
/// <item>RIGHT makes s1 the head of s0 and pops s0.</item>
/// </list>
/// The dynamic oracle (Goldberg and Nivre 2013) gives each transition's cost: how many gold arcs
/// still reachable it would make unreachable (plus one for a wrong label on a gold arc).
/// One instance is scratch space for one sentence at a time.
/// </summary>
internal sealed class ArcHybrid
{
    /// <summary>No word (an empty position).</summary>
    public const int None = -1;

    public int Length;
    public int[] Stack = new int[64];
    public int Depth;
    public int Buffer;
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];

    /// <summary>Number of dependency labels; transitions number 1 + 2 × labels.</summary>
    public int Labels { get; private set; }

    /// <summary>The index of the root label.</summary>
    public int RootLabel { get; private set; }

    /// <summary>Number of transitions.</summary>
    public int TransitionCount => 1 + (2 * Labels);

    /// <summary>The virtual root word, at the end of the buffer.</summary>
    public int Root => Length;

    /// <summary>True when every word has its head.</summary>
    public bool IsTerminal => Depth == 0 && Buffer == Length;

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Start(int length, int labels, int rootLabel)
    {
        Labels = labels;
        RootLabel = rootLabel;
        Length = length;
        var size = length + 1;
        if (Head.Length < size)
        {
            var capacity = Math.Max(size, Head.Length * 2);
            Stack = new int[capacity];
            Head = new int[capacity];
            Label = new int[capacity];
            Left1 = new int[capacity];
            Left2 = new int[capacity];
            Right1 = new int[capacity];
            Right2 = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
        }
        Depth = 0;
        Buffer = 0;
        for (var i = 0; i < size; i++)
        {
            Head[i] = None;
            Label[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
        }
    }

    /// <summary>The stack word at <paramref name="depth"/> (0 = top), or <see cref="None"/>.</summary>
    public int S(int depth) => depth < Depth ? Stack[Depth - 1 - depth] : None;

    /// <summary>The buffer word at <paramref name="offset"/> (0 = front), or <see cref="None"/> past the root.</summary>
    public int B(int offset) => Buffer + offset <= Length ? Buffer + offset : None;

    /// <summary>True when the transition is allowed in the current configuration.</summary>
    public bool IsLegal(int transition)
    {
        if (transition == 0)
        {
            return Buffer < Length;
        }
        if (transition <= Labels)
        {
            if (Depth == 0)
            {
                return false;
            }
            var label = transition - 1;
            // Onto the root: only the last word on the stack, and only as "root".
            return Buffer == Length ? Depth == 1 && label == RootLabel : label != RootLabel;
        }
        return Depth >= 2 && transition - 1 - Labels != RootLabel;
    }

    /// <summary>Applies a legal transition.</summary>
    public void Apply(int transition)
    {
        if (transition == 0)
        {
            Stack[Depth++] = Buffer++;
            return;
        }
        var s0 = Stack[--Depth];
        if (transition <= Labels)
        {
            Attach(Buffer, s0, transition - 1);
        }
        else
        {
            Attach(Stack[Depth - 1], s0, transition - 1 - Labels);
        }
    }

    private void Attach(int head, int dependent, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (Left1[head] == None || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == None || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (Right1[head] == None || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == None || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }

    /// <summary>
    /// The cost of each transition (into <paramref name="costs"/>, -1 for illegal ones) against a
    /// projective gold tree (<paramref name="goldHead"/>: root words point at <see cref="Root"/>).
    /// </summary>
    public void Costs(ReadOnlySpan<int> goldHead, ReadOnlySpan<int> goldLabel, Span<int> costs)
    {
        var s0 = S(0);
        var s1 = S(1);
        var b0 = Buffer;

        // SHIFT: b0 can no longer get a head in the stack below s0, nor dependents in the stack.
        var shift = -1;
        if (IsLegal(0))
        {
            shift = 0;
            for (var d = 0; d < Depth; d++)
            {
                var k = Stack[d];
                if (goldHead[k] == b0)
                {
                    shift++;
                }
                if (k != s0 && goldHead[b0] == k)
                {
                    shift++;
                }
            }
        }
        costs[0] = shift;

        var leftCost = -1;
        var rightCost = -1;
        if (s0 != None)
        {
            // Dependents of s0 still in the buffer are lost either way.
            var dependentsInBuffer = 0;
            for (var k = b0; k < Length; k++)
            {
                if (goldHead[k] == s0)
                {
                    dependentsInBuffer++;
                }
            }
            var h = goldHead[s0];
            var headInRestOfBuffer = h > b0 && h <= Length ? 1 : 0;
            leftCost = dependentsInBuffer + headInRestOfBuffer + (h == s1 && s1 != None ? 1 : 0);
            rightCost = dependentsInBuffer + (h >= b0 && h <= Length ? 1 : 0);
        }
        for (var label = 0; label < Labels; label++)
        {
            var left = 1 + label;
            costs[left] = IsLegal(left) ? leftCost + (goldHead[s0] == b0 && goldLabel[s0] != label ? 1 : 0) : -1;
            var right = 1 + Labels + label;
            costs[right] = IsLegal(right) ? rightCost + (goldHead[s0] == s1 && goldLabel[s0] != label ? 1 : 0) : -1;
        }
    }
}
