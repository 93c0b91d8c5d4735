using System.Runtime.CompilerServices;


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

    /// <summary>
    /// FNV-1a of <see cref="Normalize"/>'s output, computed in one pass without building it (same value), so a
    /// multi-megabyte line costs no copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(ReadOnlySpan<char> line)
    {
        const ulong prime = 1099511628211UL;
        ulong h = 14695981039346656037UL;
        bool any = false;
        bool space = false;
        foreach (char c in line)
        {
            char o;
            if (char.IsLetter(c))
                o = char.ToLowerInvariant(c);
            else if (char.IsDigit(c))
                o = '0';
            else
            {
                if (char.IsWhiteSpace(c))
                    space = true;
                continue;
            }

            if (space && any)
            {
                h ^= ' ';
                h *= prime;
            }

            space = false;
            any = true;
            h ^= o;
            h *= prime;
        }

        return any ? h.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
    }
}
