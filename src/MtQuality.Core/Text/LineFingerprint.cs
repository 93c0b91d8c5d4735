namespace MtQuality.Core.Text;

/// <summary>
/// CCNet-style line normalisation (lower-case, digits to 0, punctuation dropped, white space folded) and a
/// 64-bit FNV-1a hash of the result, written as 16 hex digits. Two lines that differ only in numbers, case or
/// punctuation share a fingerprint, which is what makes per-site template counting work.
/// </summary>
public static class LineFingerprint
{
    public static string Normalize(ReadOnlySpan<char> line)
    {
        var sb = new System.Text.StringBuilder(Math.Min(line.Length, 512));
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                space = false;
                sb.Append('0');
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The hash of <see cref="Normalize"/>'s result, computed in one pass without building it.</summary>
    public static string Of(ReadOnlySpan<char> line)
    {
        ulong h = 14695981039346656037UL;
        int length = 0;
        bool space = false;
        foreach (char c in line)
        {
            char emit;
            if (char.IsLetter(c))
                emit = char.ToLowerInvariant(c);
            else if (char.IsDigit(c))
                emit = '0';
            else
            {
                if (char.IsWhiteSpace(c))
                    space = true;
                continue;
            }

            if (space && length > 0)
            {
                h ^= ' ';
                h *= 1099511628211UL;
                length++;
            }

            space = false;
            h ^= emit;
            h *= 1099511628211UL;
            length++;
        }

        return length == 0 ? string.Empty : h.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
