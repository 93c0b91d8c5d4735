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
    /// more fields report four. The file streams through one 64 KB buffer and each line is decoded into one reused
    /// char buffer: no copy of the whole file, as bytes or as text, is made (on this virtual machine every megabyte
    /// of fresh memory a short process touches costs ~4 ms of page faults).
    /// </summary>
    public static Dictionary<string, string> ReadRows(string fileName, RowHandler row) => ReadRows(fileName, row, null);

    /// <summary>
    /// <see cref="ReadRows(string, RowHandler)"/>, first telling <paramref name="lineCount"/> how many lines an
    /// uncompressed file has (an upper bound on its rows), so that a caller can size its table once instead of
    /// growing it row by row. Not called for gzipped files.
    /// </summary>
    public static Dictionary<string, string> ReadRows(string fileName, RowHandler row, Action<int>? lineCount)
    {
        var asm = typeof(Lexicon).Assembly;
        using var resource = asm.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"lexicon '{fileName}' is not embedded in {asm.GetName().Name}");
        return ReadRows(resource, fileName.EndsWith(".gz", StringComparison.Ordinal), row, lineCount);
    }

    /// <summary><see cref="ReadRows(string, RowHandler, Action{int})"/> over a seekable stream, which it disposes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per table, over up to ~170k rows: tier-0 code would dominate
    internal static Dictionary<string, string> ReadRows(Stream resource, bool gz, RowHandler row, Action<int>? lineCount)
    {
        byte[] bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(1 << 12);
        try
        {
            if (!gz && lineCount is not null)
            {
                int lines = 1;
                for (int n; (n = resource.Read(bytes)) > 0;)
                    lines += bytes.AsSpan(0, n).Count((byte)'\n');
                resource.Position = 0;
                lineCount(lines);
            }

            using Stream input = gz ? new GZipStream(resource, CompressionMode.Decompress) : resource;
            var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            bool inHeader = true, first = true;
            Span<Range> ranges = stackalloc Range[4];
            int filled = 0;
            bool end = false;
            while (!end || filled > 0)
            {
                if (!end && filled < bytes.Length)
                {
                    int n = input.Read(bytes, filled, bytes.Length - filled);
                    end = n == 0;
                    filled += n;
                }

                var data = bytes.AsSpan(0, filled);
                if (first && data.Length >= 3)
                {
                    if (data.StartsWith(Encoding.UTF8.Preamble))
                        data = data[3..];
                    first = false;
                }

                int consumed = filled - data.Length;
                // Every complete line in the buffer. Lines end at \n or \r; the empty line between \r and \n is
                // skipped like any empty line, as TextReader.ReadLine's \r\n is.
                while (true)
                {
                    int eol = data.IndexOfAny((byte)'\n', (byte)'\r');
                    if (eol < 0 && !end)
                        break;
                    var lineBytes = eol < 0 ? data : data[..eol];
                    data = eol < 0 ? default : data[(eol + 1)..];
                    consumed = filled - data.Length;
                    if (lineBytes.Length > 0)
                    {
                        if (chars.Length < lineBytes.Length)
                        {
                            System.Buffers.ArrayPool<char>.Shared.Return(chars);
                            chars = System.Buffers.ArrayPool<char>.Shared.Rent(lineBytes.Length);
                        }

                        var line = chars.AsSpan(0, Encoding.UTF8.GetChars(lineBytes, chars));
                        Row(line, ref inHeader, header, ranges, row);
                    }

                    if (eol < 0)
                        break;
                }

                // Keep the incomplete last line; a line longer than the buffer makes the buffer grow.
                int left = filled - consumed;
                if (left == bytes.Length)
                {
                    var bigger = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
                    bytes.AsSpan(0, left).CopyTo(bigger);
                    System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
                    bytes = bigger;
                }
                else if (consumed > 0)
                {
                    bytes.AsSpan(consumed, left).CopyTo(bytes);
                }

                filled = end ? 0 : left;
            }

            return header;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A '#' line before the first row: "# key: value" (a key without spaces) goes into the header; other comments do not.</summary>
    private static void HeaderLine(ReadOnlySpan<char> line, Dictionary<string, string> header)
    {
        if (line.Length <= 2 || line[1] != ' ')
            return;
        int colon = line[2..].IndexOf(':') + 2;
        if (colon > 2 && !line[2..colon].Contains(' '))
            header[line[2..colon].ToString()] = line[(colon + 1)..].Trim().ToString();
    }

    /// <summary>One non-empty line of <see cref="ReadRows(string, RowHandler, Action{int})"/>: a header or comment line, or a row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Row(ReadOnlySpan<char> line, ref bool inHeader, Dictionary<string, string> header, Span<Range> ranges, RowHandler row)
    {
        if (line[0] == '#')
        {
            if (inHeader)
                HeaderLine(line, header);
            return;
        }

        inHeader = false;
        // Fields by hand: MemoryExtensions.Split builds a separator list per call.
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
                if (inHeader)
                    HeaderLine(line, header);
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
