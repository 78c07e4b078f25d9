using System.IO.Compression;
using System.Text;

namespace Dragoman.Nlp.Internal;

/// <summary>
/// The container of every NLP model file: the magic "DRGM", a format version, the model kind
/// ("tagger", "parser", "ner") and a zlib-compressed body that the model writes and reads itself
/// (zlib rather than Brotli: files about 15 % larger, but decompressed twice as fast, which is most
/// of the models' load time).
/// </summary>
internal static class ModelFile
{
    private static readonly byte[] Magic = "DRGM"u8.ToArray();

    /// <summary>The body format version; a reader refuses other versions.</summary>
    public const int FormatVersion = 2;

    /// <summary>Writes a model file: header, then the body written by <paramref name="writeBody"/>.</summary>
    public static void Write(Stream output, string kind, Action<ModelWriter> writeBody)
    {
        output.Write(Magic);
        using (var header = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(FormatVersion);
            header.Write(kind);
        }
        using var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var buffered = new BufferedStream(zlib, 1 << 16);
        using var writer = new ModelWriter(buffered);
        writeBody(writer);
    }

    /// <summary>Writes a model file to a path, creating its directory.</summary>
    public static void Write(string path, string kind, Action<ModelWriter> writeBody)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        using var file = File.Create(path);
        Write(file, kind, writeBody);
    }

    /// <summary>Reads a model file of the given kind.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model file of that kind and version.</exception>
    public static T Read<T>(Stream input, string kind, Func<ModelReader, T> readBody)
    {
        Span<byte> magic = stackalloc byte[4];
        input.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a Dragoman model file");
        }
        using (var header = new BinaryReader(input, Encoding.UTF8, leaveOpen: true))
        {
            var version = header.ReadInt32();
            var actualKind = header.ReadString();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"model format version {version}, expected {FormatVersion}");
            }
            if (actualKind != kind)
            {
                throw new InvalidDataException($"a '{actualKind}' model, expected '{kind}'");
            }
        }
        // Decompress the whole body first: reading many small values from memory is far faster
        // than through the decompressor.
        using var body = new MemoryStream();
        using (var zlib = new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true))
        {
            zlib.CopyTo(body);
        }
        body.Position = 0;
        using var reader = new ModelReader(body);
        try
        {
            return readBody(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the model file is truncated");
        }
    }

    /// <summary>Reads a model from a file path.</summary>
    public static T Read<T>(string path, string kind, Func<ModelReader, T> readBody)
    {
        using var file = File.OpenRead(path);
        return Read(file, kind, readBody);
    }

    /// <summary>Reads a model embedded in the library ("data/models/&lt;file&gt;").</summary>
    /// <exception cref="FileNotFoundException">The resource is not in the assembly.</exception>
    public static T ReadEmbedded<T>(string fileName, string kind, Func<ModelReader, T> readBody)
    {
        var name = "data/models/" + fileName;
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"embedded model '{name}' is missing; run 'dragoman train' to build it", name);
        return Read(stream, kind, readBody);
    }
}

/// <summary>Writes model bodies: primitives, variable-length integers, strings and arrays.</summary>
internal sealed class ModelWriter(Stream stream) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
{
    /// <summary>Writes a non-negative integer in 7-bit groups.</summary>
    public void WriteVarUInt(ulong value)
    {
        while (value >= 0x80)
        {
            Write((byte)(value | 0x80));
            value >>= 7;
        }
        Write((byte)value);
    }

    /// <summary>Writes a signed integer zig-zag encoded in 7-bit groups.</summary>
    public void WriteVarInt(long value) => WriteVarUInt((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Writes a string array.</summary>
    public void WriteStrings(IReadOnlyList<string> values)
    {
        WriteVarUInt((ulong)values.Count);
        foreach (var v in values)
        {
            Write(v);
        }
    }
}

/// <summary>Reads what <see cref="ModelWriter"/> wrote.</summary>
internal sealed class ModelReader(Stream stream) : BinaryReader(stream, Encoding.UTF8, leaveOpen: true)
{
    /// <summary>Reads a non-negative integer in 7-bit groups.</summary>
    public ulong ReadVarUInt()
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
            shift += 7;
            if (shift > 63)
            {
                throw new InvalidDataException("malformed variable-length integer");
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="target"/>.Length variable-length integers, each added to the one before
    /// when <paramref name="gaps"/> (sorted keys written as gaps). Decodes straight from the memory
    /// buffer the body is read from (models are loaded from memory), else value by value.
    /// </summary>
    public void ReadVarUInts(Span<uint> target, bool gaps)
    {
        if (BaseStream is not MemoryStream memory || !memory.TryGetBuffer(out var buffer))
        {
            uint previous = 0;
            for (var i = 0; i < target.Length; i++)
            {
                var value = (uint)ReadVarUInt();
                previous = gaps ? previous + value : value;
                target[i] = previous;
            }
            return;
        }
        var bytes = buffer.AsSpan();
        var position = (int)memory.Position;
        uint last = 0;
        for (var i = 0; i < target.Length; i++)
        {
            ulong value = 0;
            var shift = 0;
            while (true)
            {
                if (position >= bytes.Length)
                {
                    throw new EndOfStreamException();
                }
                var b = bytes[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
                shift += 7;
                if (shift > 63)
                {
                    throw new InvalidDataException("malformed variable-length integer");
                }
            }
            last = gaps ? last + (uint)value : (uint)value;
            target[i] = last;
        }
        memory.Position = position;
    }

    /// <summary>Reads a zig-zag encoded signed integer.</summary>
    public long ReadVarInt()
    {
        var u = ReadVarUInt();
        return (long)(u >> 1) ^ -(long)(u & 1);
    }

    /// <summary>Reads a count, checking it against a sanity bound.</summary>
    public int ReadCount(int max = 1 << 28)
    {
        var n = ReadVarUInt();
        return n > (ulong)max ? throw new InvalidDataException($"count {n} out of range") : (int)n;
    }

    /// <summary>Reads a string array.</summary>
    public string[] ReadStrings()
    {
        var values = new string[ReadCount()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString();
        }
        return values;
    }
}
