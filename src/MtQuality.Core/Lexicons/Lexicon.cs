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
            entries.Add(line.Split('\t'));
        }

        return new Lexicon(name, header, entries);
    }
}
