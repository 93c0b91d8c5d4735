using System.Text;

namespace MtQuality.Reports;

/// <summary>
/// File names derived from untrusted ids, titles or URLs. The result is a single path segment of safe ASCII
/// (letters, digits, '-', '_', '.'), never '.' or '..', never a Windows reserved name, at most 100 characters,
/// and unique: a short hash of the original is appended whenever anything was changed or cut.
/// </summary>
public static class SafeFileName
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public const int MaxLength = 100;

    public static string From(string raw)
    {
        var sb = new StringBuilder(Math.Min(raw.Length, MaxLength));
        bool changed = false;
        foreach (char c in raw)
        {
            if (sb.Length >= MaxLength - 13)
            {
                changed = true;
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_')
                sb.Append(c);
            else if (c == '.' && sb.Length > 0 && sb[^1] != '.')
                sb.Append('.');
            else
            {
                changed = true;
                if (sb.Length > 0 && sb[^1] != '_')
                    sb.Append('_');
            }
        }

        var name = sb.ToString().Trim('.', '_');
        if (name != raw)
            changed = true;
        if (name.Length == 0 || Reserved.Contains(name.Split('.')[0]))
        {
            name = "article" + (name.Length > 0 ? "_" + name : string.Empty);
            changed = true;
        }

        return changed ? $"{name}-{ShortHash(raw)}" : name;
    }

    public static string ShortHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return (h & 0xFFFFFFFFFFUL).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Joins a safe name to a folder and checks the result stays inside it.</summary>
    public static string Inside(string folder, string safeName)
    {
        var full = Path.GetFullPath(Path.Combine(folder, safeName));
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside {folder}: {safeName}");
        return full;
    }
}
