namespace Dragoman.Nlp.Internal;

/// <summary>
/// Word clusters learned from unlabelled text (<c>dragoman train clusters</c>): every known word
/// (lower-cased, digits read as 0) has a fine cluster, and the fine clusters are grouped into
/// coarser ones, level by level (1024 → 256 → 64 → 16 with the defaults). Words that occur in the
/// same contexts share clusters, so a word the treebank never saw still brings what its cluster
/// mates taught the tagger, parser and recogniser. Immutable.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The kind name in the model file header.</summary>
    internal const string Kind = "clusters";

    /// <summary>The model file name under data/models.</summary>
    public const string FileName = "clusters.bin";

    /// <summary>Feature value of a word with no cluster (each level adds its number).</summary>
    public const ulong Unknown = 0x554E4B434CUL;

    private readonly string[] _words;
    private readonly int[] _fine;
    private readonly byte[] _case;

    // Parents[l][c]: the cluster at level l + 1 of cluster c at level l (level 0 is the finest).
    private readonly int[][] _parents;

    // Open addressing: key = hash of the normalised word, value = fine cluster.
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    internal WordClusters(string[] words, int[] fine, byte[] caseProfile, int[][] parents, ModelInfo info)
    {
        _words = words;
        _fine = fine;
        _case = caseProfile;
        _parents = parents;
        Info = info;
        var size = 1;
        while (size < words.Length * 2)
        {
            size <<= 1;
        }
        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
        for (var i = 0; i < words.Length; i++)
        {
            var key = Hash(words[i]);
            var slot = (int)key & _mask;
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _values[slot] = i;
        }
    }

    /// <summary>How the clusters were made.</summary>
    public ModelInfo Info { get; }

    /// <summary>Number of words with a cluster.</summary>
    public int Count => _words.Length;

    /// <summary>Number of levels (the fine clusters and each coarser grouping).</summary>
    public int Levels => _parents.Length + 1;

    /// <summary>The clustered words, in the order they were stored.</summary>
    internal IReadOnlyList<string> Words => _words;

    private static readonly Lazy<WordClusters> Shipped = new(() => ModelFile.ReadEmbedded(FileName, Kind, Read));

    /// <summary>The clusters shipped in the library (loaded on first use), which the shipped models were trained with.</summary>
    public static WordClusters Default => Shipped.Value;

    /// <summary>Loads clusters from a file.</summary>
    public static WordClusters Load(string path) => ModelFile.Read(path, Kind, Read);

    /// <summary>Writes the clusters to a file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    /// <summary>The normalised form that clusters are keyed by: lower case, every digit as 0.</summary>
    public static string Normalize(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }

    /// <summary>Hash of the normalised form of a word, without allocating (never 0).</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = 0x6A09E667F3BCC908UL ^ (ulong)word.Length;
        foreach (var ch in word)
        {
            var c = char.IsDigit(ch) ? '0' : char.ToLowerInvariant(ch);
            h = (h ^ c) * 0x100000001B3UL;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    /// <summary>The fine cluster of a word, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var i = IndexOf(word);
        return i < 0 ? -1 : _fine[i];
    }

    /// <summary>
    /// How the word is written in running text, away from the start of a sentence: 0 unknown or
    /// rare, 1 almost always lower case, 2 mostly lower case, 3 mostly capitalised, 4 almost always
    /// capitalised, 5 mostly in capitals (an acronym).
    /// </summary>
    public int CaseProfile(ReadOnlySpan<char> word)
    {
        var i = IndexOf(word);
        return i < 0 ? 0 : _case[i];
    }

    // The index of a word in the table, or -1.
    private int IndexOf(ReadOnlySpan<char> word)
    {
        var key = Hash(word);
        var slot = (int)key & _mask;
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }
            if (k == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// Feature values of a word's clusters, finest first, into <paramref name="values"/> (one per
    /// level, at most <see cref="Levels"/>): distinct across levels, a fixed value per level for
    /// words without a cluster.
    /// </summary>
    public void Values(ReadOnlySpan<char> word, Span<ulong> values) => Values(word, values, out _);

    /// <summary>As <see cref="Values(ReadOnlySpan{char}, Span{ulong})"/>, also giving the word's <see cref="CaseProfile"/>.</summary>
    public void Values(ReadOnlySpan<char> word, Span<ulong> values, out int caseProfile)
    {
        var index = IndexOf(word);
        var c = index < 0 ? -1 : _fine[index];
        caseProfile = index < 0 ? 0 : _case[index];
        for (var level = 0; level < values.Length; level++)
        {
            if (c < 0)
            {
                values[level] = Unknown + (ulong)level;
                continue;
            }
            values[level] = ((ulong)(level + 1) << 32) | (uint)c;
            if (level < _parents.Length)
            {
                c = _parents[level][c];
            }
        }
    }

    /// <summary>The cluster of a word at a level (0 finest), or -1.</summary>
    public int ClusterOf(string word, int level)
    {
        var c = Find(word);
        for (var l = 0; l < level && c >= 0; l++)
        {
            c = _parents[l][c];
        }
        return c;
    }

    internal void Write(ModelWriter writer)
    {
        Info.Write(writer);
        writer.WriteStrings(_words);
        foreach (var f in _fine)
        {
            writer.WriteVarUInt((ulong)f);
        }
        writer.Write(_case);
        writer.WriteVarUInt((ulong)_parents.Length);
        foreach (var level in _parents)
        {
            writer.WriteVarUInt((ulong)level.Length);
            foreach (var p in level)
            {
                writer.WriteVarUInt((ulong)p);
            }
        }
    }

    internal static WordClusters Read(ModelReader reader)
    {
        var info = ModelInfo.Read(reader);
        var words = reader.ReadStrings();
        var fine = new int[words.Length];
        for (var i = 0; i < fine.Length; i++)
        {
            fine[i] = reader.ReadCount();
        }
        var caseProfile = reader.ReadBytes(words.Length);
        if (caseProfile.Length != words.Length)
        {
            throw new InvalidDataException("truncated cluster table");
        }
        var parents = new int[reader.ReadCount(16)][];
        for (var l = 0; l < parents.Length; l++)
        {
            parents[l] = new int[reader.ReadCount()];
            for (var i = 0; i < parents[l].Length; i++)
            {
                parents[l][i] = reader.ReadCount();
            }
        }
        return new WordClusters(words, fine, caseProfile, parents, info);
    }
}
