using System.IO.Compression;
using System.Reflection;

namespace MtQuality.Core.Lexicons;

/// <summary>
/// A word list shipped as data (see Lexicons/FORMAT.md): header lines <c># key: value</c>, then tab-separated
/// entries. Loaded once from the assembly's embedded resources.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(string name, IReadOnlyDictionary<string, string> header, IReadOnlyList<string[]> entries)
    {
        Name = name;
        Header = header;
        Entries = entries;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, string> Header { get; }

    public IReadOnlyList<string[]> Entries { get; }

    public string Source => Header.TryGetValue("source", out var s) ? s : "(unknown)";

    public string Licence => Header.TryGetValue("licence", out var s) ? s : "(unknown)";

    public static IEnumerable<string> Available() =>
        typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);

    private const string Prefix = "MtQuality.Lexicons.";

    /// <summary>Loads an embedded lexicon by file name; throws when it is missing, because a rule cannot work without it.</summary>
    public static Lexicon Load(string fileName)
    {
        var asm = typeof(Lexicon).Assembly;
        using var stream = asm.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"lexicon '{fileName}' is not embedded in {asm.GetName().Name}");
        return Parse(fileName, fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
    }

    public static Lexicon Parse(string name, Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(name, reader);
    }

    public static Lexicon Parse(string name, TextReader reader)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<string[]>();
        // Fields repeat a lot in n-gram tables (the words of bigrams) and tag columns: one string per distinct
        // value keeps the loaded tables small and the garbage collector's work low. First columns that are
        // unique keys (word lists) stop being pooled after a sample shows few repeats.
        var pool = new HashSet<string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        bool poolFirst = true;
        bool inHeader = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                if (inHeader && line.Length > 2 && line[1] == ' ')
                {
                    int colon = line.IndexOf(':', 2);
                    if (colon > 2 && !line.AsSpan(2, colon - 2).Contains(' '))
                    {
                        header[line[2..colon]] = line[(colon + 1)..].Trim();
                        continue;
                    }
                }

                continue;
            }

            inHeader = false;
            entries.Add(SplitTabs(line, lookup, poolFirst));
            if (entries.Count == PoolSample)
                poolFirst = pool.Count < PoolSample * 3 / 4;
        }

        return new Lexicon(name, header, entries);
    }

    private const int PoolSample = 2000;

    private static string[] SplitTabs(string line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pool, bool poolFirst)
    {
        var rest = line.AsSpan();
        var fields = new string[rest.Count('\t') + 1];
        for (int i = 0; i < fields.Length; i++)
        {
            int tab = rest.IndexOf('\t');
            var field = tab < 0 ? rest : rest[..tab];
            string? s;
            if (field.Length == line.Length)
                s = line;
            else if (i == 0 && !poolFirst)
                s = field.ToString();
            else if (!pool.TryGetValue(field, out s))
            {
                s = field.ToString();
                pool.Add(s);
            }

            fields[i] = s;
            rest = tab < 0 ? default : rest[(tab + 1)..];
        }

        return fields;
    }
}
