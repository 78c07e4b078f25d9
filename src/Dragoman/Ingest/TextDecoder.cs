using System.Text;

namespace Dragoman.Ingest;

/// <summary>
/// Turns raw bytes into article text: detects binary content, honours byte-order marks, falls back
/// from UTF-8 to Windows-1252 for legacy files, and normalises to NFC with '\n' line ends so that
/// character offsets are stable.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; returns null when the bytes are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (LooksBinary(bytes))
            {
                return null;
            }
            text = IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
        }
        return LooksBinary(text) ? null : Clean(text);
    }

    /// <summary>
    /// Normalises decoded text: UTF-8 read as Windows-1252 repaired ("Trudeauâ€™s" is
    /// "Trudeau’s"), NFC, '\n' line ends, control characters other than tab and newline removed.
    /// </summary>
    public static string Clean(string text)
    {
        text = RepairMojibake(text);
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        var needsWork = false;
        foreach (var c in text)
        {
            if (c == '\r' || (char.IsControl(c) && c != '\n' && c != '\t') || c == '\uFEFF' || c == '\u200B')
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }
                sb.Append('\n');
            }
            else if (c == '\t' || c == '\n' || (!char.IsControl(c) && c != '\uFEFF' && c != '\u200B'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    // NUL bytes, or many control bytes, in the first 8 KB mean a binary file.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }
        return sample.Length > 0 && control * 20 > sample.Length;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var bad = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f'))
            {
                bad++;
            }
        }
        return sample.Length > 0 && bad * 20 > sample.Length;
    }

    // Each Windows-1252 character's byte (0 for characters outside it): the bytes 0x80-0xFF decode
    // to these characters (the five undefined ones to the C1 controls of the same number).
    private static readonly Dictionary<char, byte> Cp1252Bytes = BuildCp1252Bytes();

    private static Dictionary<char, byte> BuildCp1252Bytes()
    {
        // Field initialisers run before the static constructor: register the code pages here.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var table = new Dictionary<char, byte>();
        var encoding = Encoding.GetEncoding(1252);
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            table[decoded.Length == 1 && decoded[0] != '\uFFFD' && decoded[0] != '?' ? decoded[0] : (char)b] = (byte)b;
        }
        return table;
    }

    /// <summary>
    /// Repairs UTF-8 that was read as Windows-1252 somewhere upstream (a feed's "â€™" for
    /// "’", "Ã©" for "é"): a character that stands for a UTF-8 lead byte, followed by
    /// the characters of exactly the continuation bytes it needs, is replaced by what those bytes
    /// encode. Anything else is left alone, so legitimate accented text is unchanged.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FindMojibake(text, 0);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        for (var i = first; i < text.Length;)
        {
            if (SequenceAt(text, i, bytes) is var n and > 0
                && System.Text.Unicode.Utf8.ToUtf16(bytes[..n], decoded, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(decoded[..written]);
                i += n;
                continue;
            }
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }

    private static int FindMojibake(string text, int from)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = from; i < text.Length - 1; i++)
        {
            if (text[i] >= '\u00C2' && SequenceAt(text, i, bytes) > 0)
            {
                return i;
            }
        }
        return -1;
    }

    // The length of the UTF-8 sequence whose bytes the characters at i stand for, or 0.
    private static int SequenceAt(string text, int i, Span<byte> bytes)
    {
        if (!Cp1252Bytes.TryGetValue(text[i], out var lead) || lead < 0xC2 || lead > 0xF4)
        {
            return 0;
        }
        var n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (i + n > text.Length)
        {
            return 0;
        }
        bytes[0] = lead;
        for (var k = 1; k < n; k++)
        {
            if (!Cp1252Bytes.TryGetValue(text[i + k], out var next) || next < 0x80 || next > 0xBF)
            {
                return 0;
            }
            bytes[k] = next;
        }
        return n;
    }

    // Numeric character references and the few named ones that scraped text keeps ("&#233;", "&amp;").
    private static readonly System.Text.RegularExpressions.Regex Entity = new(
        "&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|lt|gt|quot|apos|nbsp);", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Decodes the character references that text scraped from the web keeps in plain files
    /// ("communiqu&amp;#233;" is "communiqué"); a reference to no valid character is left as it is.
    /// For article text only: markup (a feed, a page) is decoded by its parser.
    /// </summary>
    public static string DecodeEntities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('&'))
        {
            return text;
        }
        return Entity.Replace(text, m =>
        {
            var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value || (decoded.Length == 1 && char.IsSurrogate(decoded[0])) || decoded.Any(c => char.IsControl(c) && c is not '\n' and not '\t')
                ? m.Value
                : decoded.Replace('\u00A0', ' ');
        });
    }
}
