using System.Text;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Bytes to text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM. Invalid UTF-8 and binary content
/// (NUL bytes) are refused with a message that says where, rather than silently replaced.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            throw new InputException("empty file");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return NotBlank(Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return NotBlank(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];
        int nul = bytes[..Math.Min(bytes.Length, 64 * 1024)].IndexOf((byte)0);
        if (nul >= 0)
            throw new InputException($"binary content (NUL byte at offset {nul})");
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (string.IsNullOrWhiteSpace(text))
                throw new InputException("no text (only white space)");
            return text;
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : FirstInvalid(bytes);
            throw new InputException($"invalid UTF-8 at byte {at}");
        }
    }

    private static string NotBlank(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputException("no text (only white space)") : text;

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD, one char for one char, so offsets do not move and every span
    /// can be written to UTF-8 (JSON, Markdown) exactly as it reads in the article.
    /// </summary>
    public static string WellFormed(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                break;
            if (char.IsHighSurrogate(text[i]))
                i++;
        }

        if (i >= text.Length)
            return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : -1;
    }
}
