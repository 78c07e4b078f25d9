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

    /// <summary>Normalises decoded text: NFC, '\n' line ends, control characters other than tab and newline removed.</summary>
    public static string Clean(string text)
    {
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
}
