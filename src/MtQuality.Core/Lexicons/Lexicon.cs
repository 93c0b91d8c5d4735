using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

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

    /// <summary>A data row of a lexicon: the line and the ranges of its tab-separated fields (at most four).</summary>
    public delegate void RowHandler(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields);

    /// <summary>
    /// Calls <paramref name="row"/> for each data row of an embedded lexicon and returns its header, reading the
    /// text the way <see cref="Parse(string, TextReader)"/> does (header lines "# key: value" before the first row,
    /// other '#' lines and empty lines skipped, fields split on tabs) but without a string per line or field: for
    /// the large tables that a rule turns into its own structure, building the <see cref="Entries"/> first was most
    /// of their load time, and their load time is most of the cold start of <c>mtq score</c>. Rows of four or
    /// more fields report four. The file is read whole into one buffer of its exact size (a gzipped file's size is
    /// in its trailer).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per table, over up to ~170k rows: tier-0 code would dominate
    public static Dictionary<string, string> ReadRows(string fileName, RowHandler row) => ReadRows(fileName, row, null);

    /// <summary>
    /// <see cref="ReadRows(string, RowHandler)"/>, first telling <paramref name="lineCount"/> how many lines the file
    /// has (an upper bound on its rows), so that a caller can size its table once instead of growing it row by row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<string, string> ReadRows(string fileName, RowHandler row, Action<int>? lineCount)
    {
        string text = ReadText(fileName);
        lineCount?.Invoke(text.AsSpan().Count('\n') + 1);
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool inHeader = true;
        Span<Range> ranges = stackalloc Range[4];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // Lines end at \n, \r or \r\n, as for TextReader.ReadLine.
            int end = rest.IndexOfAny('\n', '\r');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                if (inHeader && line.Length > 2 && line[1] == ' ')
                {
                    int colon = line[2..].IndexOf(':') + 2;
                    if (colon > 2 && !line[2..colon].Contains(' '))
                        header[line[2..colon].ToString()] = line[(colon + 1)..].Trim().ToString();
                }

                continue;
            }

            inHeader = false;
            // Fields by hand: MemoryExtensions.Split builds a separator list per call, a third of this loop.
            int n = 0, start = 0;
            while (n < ranges.Length - 1)
            {
                int tab = line[start..].IndexOf('\t');
                if (tab < 0)
                    break;
                ranges[n++] = new Range(start, start + tab);
                start += tab + 1;
            }

            ranges[n++] = new Range(start, line.Length);
            row(line, ranges[..n]);
        }

        return header;
    }

    private static string ReadText(string fileName)
    {
        var asm = typeof(Lexicon).Assembly;
        using var stream = asm.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"lexicon '{fileName}' is not embedded in {asm.GetName().Name}");
        byte[] bytes;
        if (fileName.EndsWith(".gz", StringComparison.Ordinal))
        {
            // ISIZE, the last four bytes of a gzip member: the uncompressed length modulo 2^32.
            Span<byte> trailer = stackalloc byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
            stream.Position = 0;
            bytes = new byte[BinaryPrimitives.ReadUInt32LittleEndian(trailer)];
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            gz.ReadExactly(bytes);
            if (gz.ReadByte() >= 0)
                throw new InvalidDataException($"lexicon '{fileName}' is longer than its gzip trailer says");
        }
        else
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
            span = span[Encoding.UTF8.Preamble.Length..];
        return Encoding.UTF8.GetString(span);
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
