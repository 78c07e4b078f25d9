using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Dragoman.Nlp.Internal;

namespace Dragoman.Nlp.Entities;

/// <summary>
/// What the words of known names are, for the entity recogniser: given names and surnames of known
/// people, words of place and organisation names, and whole place and organisation names. Built at
/// training time from reference lists (GeoNames places, PETRARCH's actor dictionaries, the project's
/// own actor dictionary) and stored inside the model file as sorted hashes, so the recogniser needs
/// no list at run time and no name is stored as text. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Unlike <see cref="ActorGazetteer"/>, which says what a whole name is, the lexicon also describes
/// single words: "Seagal" after "Steven" in no list is still a surname the lexicon may know from
/// another person, and "Tennessee" a word of place names.
/// </remarks>
public sealed class NameLexicon : IEntityGazetteer
{
    // Keys are the top 32 bits of 64-bit hashes: with ~10⁵ keys a word not in the lexicon is taken
    // for one about once in 40,000 lookups, and the file and its loading are half as large.
    private readonly uint[] _phraseKeys;
    private readonly byte[] _phraseKinds;
    private readonly uint[] _tokenKeys;
    private readonly byte[] _tokenParts;
    private readonly uint[] _firstWords;

    internal NameLexicon(uint[] phraseKeys, byte[] phraseKinds, uint[] tokenKeys, byte[] tokenParts, uint[] firstWords, int maxTokens)
    {
        _phraseKeys = phraseKeys;
        _phraseKinds = phraseKinds;
        _tokenKeys = tokenKeys;
        _tokenParts = tokenParts;
        _firstWords = firstWords;
        MaxTokens = maxTokens;
    }

    /// <inheritdoc />
    public int MaxTokens { get; }

    /// <summary>Number of whole names.</summary>
    public int PhraseCount => _phraseKeys.Length;

    /// <summary>Number of described words.</summary>
    public int WordCount => _tokenKeys.Length;

    /// <inheritdoc />
    public GazetteerKinds Lookup(ReadOnlySpan<string> tokens)
    {
        if (tokens.Length == 0 || tokens.Length > MaxTokens || Array.BinarySearch(_firstWords, Key(FeatureHash.OfLower(tokens[0]))) < 0)
        {
            return GazetteerKinds.None;
        }
        var index = Array.BinarySearch(_phraseKeys, PhraseKey(tokens));
        return index < 0 ? GazetteerKinds.None : (GazetteerKinds)_phraseKinds[index];
    }

    /// <summary>The <see cref="NameParts"/> of a word, by the hash of its lower case.</summary>
    internal NameParts Parts(ulong lower)
    {
        var index = Array.BinarySearch(_tokenKeys, Key(lower));
        return index < 0 ? NameParts.None : (NameParts)_tokenParts[index];
    }

    /// <summary>The <see cref="NameParts"/> of a word.</summary>
    public NameParts Parts(string word) => Parts(FeatureHash.OfLower(word));

    internal static uint Key(ulong hash) => (uint)(hash >> 32);

    internal static uint PhraseKey(ReadOnlySpan<string> tokens)
    {
        var key = 0x4C455849UL;
        foreach (var token in tokens)
        {
            key = FeatureHash.Feature(9, key, FeatureHash.OfLower(token));
        }
        return Key(key);
    }

    internal void Write(ModelWriter writer)
    {
        writer.WriteVarUInt((ulong)MaxTokens);
        WriteSorted(writer, _phraseKeys, _phraseKinds);
        WriteSorted(writer, _tokenKeys, _tokenParts);
        WriteSorted(writer, _firstWords, null);
    }

    internal static NameLexicon Read(ModelReader reader)
    {
        var maxTokens = reader.ReadCount(64);
        var (phraseKeys, phraseKinds) = ReadSorted(reader, withValues: true);
        var (tokenKeys, tokenParts) = ReadSorted(reader, withValues: true);
        var (firstWords, _) = ReadSorted(reader, withValues: false);
        return new NameLexicon(phraseKeys, phraseKinds, tokenKeys, tokenParts, firstWords, maxTokens);
    }

    // Keys and values are written as raw little-endian arrays and read back in one copy each:
    // the lexicon is the largest part of the recogniser's file and must not slow its loading.
    private static void WriteSorted(ModelWriter writer, uint[] keys, byte[]? values)
    {
        writer.WriteVarUInt((ulong)keys.Length);
        writer.Flush();
        var bytes = keys;
        if (!BitConverter.IsLittleEndian)
        {
            bytes = [.. keys.Select(BinaryPrimitives.ReverseEndianness)];
        }
        writer.BaseStream.Write(MemoryMarshal.AsBytes(bytes.AsSpan()));
        if (values is not null)
        {
            writer.Write(values);
        }
    }

    private static (uint[] Keys, byte[] Values) ReadSorted(ModelReader reader, bool withValues)
    {
        var keys = new uint[reader.ReadCount()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = BinaryPrimitives.ReverseEndianness(keys[i]);
            }
        }
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                throw new InvalidDataException("name lexicon: keys out of order");
            }
        }
        if (!withValues)
        {
            return (keys, []);
        }
        var values = reader.ReadBytes(keys.Length);
        if (values.Length != keys.Length)
        {
            throw new InvalidDataException("name lexicon: truncated values");
        }
        return (keys, values);
    }
}

/// <summary>What a word is in the names a <see cref="NameLexicon"/> was built from.</summary>
[Flags]
public enum NameParts : byte
{
    /// <summary>In no name.</summary>
    None = 0,
    /// <summary>The first word of a person's name ("Steven").</summary>
    Given = 1 << 0,
    /// <summary>The first word of at least three people's names.</summary>
    FrequentGiven = 1 << 1,
    /// <summary>The last word of a person's name ("Seagal").</summary>
    Surname = 1 << 2,
    /// <summary>The last word of at least three people's names.</summary>
    FrequentSurname = 1 << 3,
    /// <summary>A word of a place's name ("Tennessee", "Buena").</summary>
    PlaceWord = 1 << 4,
    /// <summary>A place's whole name ("Abbotsford").</summary>
    Place = 1 << 5,
    /// <summary>A word of an organisation's name ("Bureau", "Hospitals").</summary>
    OrganizationWord = 1 << 6,
}

/// <summary>Collects names into a <see cref="NameLexicon"/>.</summary>
public sealed class NameLexiconBuilder
{
    private const int MaxNameTokens = 6;

    // Function words in names ("Bank of Scotland", "Osama bin Laden") describe nothing.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&", "-", ",", ".", "'s", "(", ")",
        "de", "del", "della", "der", "des", "di", "da", "do", "dos", "du", "la", "le", "el", "al", "bin", "ibn", "van", "von", "y",
    };

    private readonly Dictionary<uint, GazetteerKinds> _phrases = [];
    private readonly Dictionary<uint, NameParts> _parts = [];
    private readonly Dictionary<uint, int> _givenCounts = [];
    private readonly Dictionary<uint, int> _surnameCounts = [];
    private readonly HashSet<uint> _firstWords = [];
    private int _maxTokens = 1;

    /// <summary>Adds a place: its whole name and its words.</summary>
    public void AddPlace(string name, GazetteerKinds kind = GazetteerKinds.Location)
    {
        var tokens = Split(name);
        if (tokens.Length == 0)
        {
            return;
        }
        AddPhrase(tokens, kind);
        foreach (var token in tokens)
        {
            Mark(token, NameParts.PlaceWord);
        }
        if (tokens.Length == 1)
        {
            Mark(tokens[0], NameParts.Place);
        }
    }

    /// <summary>Adds an organisation: its whole name and its words.</summary>
    public void AddOrganization(string name)
    {
        var tokens = Split(name);
        if (tokens.Length == 0)
        {
            return;
        }
        AddPhrase(tokens, GazetteerKinds.Organization);
        foreach (var token in tokens)
        {
            Mark(token, NameParts.OrganizationWord);
        }
    }

    /// <summary>Adds a person: the whole name, its first word as a given name and its last as a surname.</summary>
    public void AddPerson(string name)
    {
        var tokens = Split(name);
        if (tokens.Length < 2)
        {
            return;
        }
        AddPhrase(tokens, GazetteerKinds.Person);
        Count(_givenCounts, tokens[0]);
        Count(_surnameCounts, tokens[^1]);
    }

    /// <summary>The lexicon of everything added.</summary>
    public NameLexicon Build()
    {
        foreach (var (key, count) in _givenCounts)
        {
            _parts[key] = _parts.GetValueOrDefault(key) | NameParts.Given | (count >= 3 ? NameParts.FrequentGiven : 0);
        }
        foreach (var (key, count) in _surnameCounts)
        {
            _parts[key] = _parts.GetValueOrDefault(key) | NameParts.Surname | (count >= 3 ? NameParts.FrequentSurname : 0);
        }
        var phraseKeys = _phrases.Keys.Order().ToArray();
        var phraseKinds = phraseKeys.Select(k => (byte)_phrases[k]).ToArray();
        var tokenKeys = _parts.Keys.Order().ToArray();
        var tokenParts = tokenKeys.Select(k => (byte)_parts[k]).ToArray();
        return new NameLexicon(phraseKeys, phraseKinds, tokenKeys, tokenParts, [.. _firstWords.Order()], _maxTokens);
    }

    private void AddPhrase(string[] tokens, GazetteerKinds kind)
    {
        if (tokens.Length > MaxNameTokens)
        {
            return;
        }
        var key = NameLexicon.PhraseKey(tokens);
        _phrases[key] = _phrases.GetValueOrDefault(key) | kind;
        _firstWords.Add(NameLexicon.Key(FeatureHash.OfLower(tokens[0])));
        _maxTokens = Math.Max(_maxTokens, tokens.Length);
    }

    private void Mark(string token, NameParts part)
    {
        if (IsParticle(token))
        {
            return;
        }
        var key = NameLexicon.Key(FeatureHash.OfLower(token));
        _parts[key] = _parts.GetValueOrDefault(key) | part;
    }

    private static void Count(Dictionary<uint, int> counts, string token)
    {
        if (IsParticle(token) || token.TrimEnd('.').Length < 2)
        {
            return;
        }
        var key = NameLexicon.Key(FeatureHash.OfLower(token));
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static bool IsParticle(string token) => token.Length < 2 || Particles.Contains(token) || !token.Any(char.IsLetter);

    private static string[] Split(string name) => ActorGazetteer.Split(name);
}
