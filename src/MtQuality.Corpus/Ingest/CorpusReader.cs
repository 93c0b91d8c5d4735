using System.IO.Compression;
using System.Text.Json;
using MtQuality.Core.Text;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Streams articles from files, directories (recursively, in a stable order), JSONL, and gzip/zstd of any of
/// them. Nothing is held beyond the current file (or the current JSONL record). Every problem becomes an
/// <see cref="IngestError"/> naming the file, and reading goes on with the next input.
/// </summary>
public sealed class CorpusReader(IngestOptions? options = null)
{
    private readonly IngestOptions options = options ?? IngestOptions.Default;

    private static readonly string[] KnownExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];

    /// <summary>The files a set of paths expands to, with the root each was found under; missing paths become errors.</summary>
    public IEnumerable<(string File, string Root, IngestError? Error)> EnumerateFiles(IEnumerable<string> paths)
    {
        foreach (var raw in paths)
        {
            var path = Path.GetFullPath(raw);
            if (File.Exists(path))
            {
                yield return (path, Path.GetDirectoryName(path)!, null);
                continue;
            }

            if (!Directory.Exists(path))
            {
                yield return (raw, raw, new IngestError(raw, "no such file or directory"));
                continue;
            }

            foreach (var f in Walk(path, path, new HashSet<string>(StringComparer.Ordinal)))
                yield return f;
        }
    }

    private IEnumerable<(string File, string Root, IngestError? Error)> Walk(string root, string dir, HashSet<string> visited)
    {
        // A link back to an ancestor (or two links to one folder) would otherwise recurse forever or read twice.
        if (!visited.Add(RealPath(dir)))
        {
            yield return (dir, root, new IngestError(dir, "folder already read through another path (symbolic link loop); skipped"));
            yield break;
        }

        string[] entries;
        string? error = null;
        try
        {
            entries = Directory.GetFileSystemEntries(dir);
            Array.Sort(entries, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = [];
            error = e.Message;
        }

        if (error is not null)
        {
            yield return (dir, root, new IngestError(dir, $"cannot list directory: {error}"));
            yield break;
        }

        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            bool isDir = Directory.Exists(entry);
            if (info.LinkTarget is not null || (isDir && new DirectoryInfo(entry).LinkTarget is not null))
            {
                var target = (isDir ? new DirectoryInfo(entry).ResolveLinkTarget(true) : info.ResolveLinkTarget(true))?.FullName;
                if (target is null || (!options.FollowExternalLinks && !IsUnder(target, root)))
                {
                    yield return (entry, root, new IngestError(entry, "symbolic link leads outside the corpus; skipped (use --follow-links to allow)"));
                    continue;
                }
            }

            if (isDir)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                    continue;
                foreach (var f in Walk(root, entry, visited))
                    yield return f;
            }
            else if (IsKnown(entry))
            {
                yield return (entry, root, null);
            }
        }
    }

    private static string RealPath(string dir)
    {
        try
        {
            // Resolve every link on the way, not just the last component.
            var info = new DirectoryInfo(dir);
            var parent = info.Parent is null ? null : RealPath(info.Parent.FullName);
            var self = parent is null ? info.FullName : Path.Combine(parent, info.Name);
            return new DirectoryInfo(self).ResolveLinkTarget(true)?.FullName ?? self;
        }
        catch (IOException)
        {
            return Path.GetFullPath(dir);
        }
    }

    private static bool IsUnder(string path, string root)
    {
        var r = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(r, StringComparison.Ordinal);
    }

    public static bool IsKnown(string file)
    {
        var (inner, _) = SplitCompression(file);
        return KnownExtensions.Contains(Path.GetExtension(inner), StringComparer.OrdinalIgnoreCase);
    }

    private static (string Inner, string? Compression) SplitCompression(string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return ext switch
        {
            ".gz" => (file[..^3], "gzip"),
            ".zst" => (file[..^4], "zstd"),
            _ => (file, null),
        };
    }

    /// <summary>Every article under the paths, in a stable order, with errors in line.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var (file, root, error) in EnumerateFiles(paths))
        {
            if (error is not null)
            {
                yield return new IngestItem(null, error);
                continue;
            }

            foreach (var item in ReadFile(file, root))
                yield return item;
        }
    }

    /// <summary>Articles of one file (many for JSONL). Never throws for bad input.</summary>
    public IEnumerable<IngestItem> ReadFile(string file, string root)
    {
        var display = DisplayPath(file);
        var (inner, compression) = SplitCompression(file);
        var ext = Path.GetExtension(inner).ToLowerInvariant();
        var relative = Path.GetRelativePath(root, inner);
        var folderSite = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? "(none)";
        if (ext is ".jsonl" or ".ndjson")
        {
            foreach (var item in ReadJsonl(file, display, compression, relative, folderSite))
                yield return item;
            yield break;
        }

        IngestItem result;
        try
        {
            var bytes = ReadAllBytes(file, compression);
            var text = TextDecoder.Decode(bytes);
            var id = IdFromPath(relative);
            result = ext switch
            {
                ".html" or ".htm" => FromHtml(text, id, display, folderSite),
                ".md" or ".markdown" => IngestItem.Of(new Article(id, TextDecoder.WellFormed(MarkdownText.ToPlainLines(text)), display, folderSite)),
                _ => IngestItem.Of(new Article(id, text, display, folderSite)),
            };
            if (result.Article is { } a && a.Text.Length > options.MaxArticleChars)
                result = IngestItem.Fail(display, $"text has {a.Text.Length} characters, over the {options.MaxArticleChars} limit (--max-article-chars)");
        }
        catch (InputException e)
        {
            result = IngestItem.Fail(display, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            result = IngestItem.Fail(display, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A decoder or parser choking on hostile bytes (e.g. a corrupt zstd frame) must not stop the batch.
            result = IngestItem.Fail(display, $"cannot read ({Describe(e)})");
        }

        yield return result;
    }

    private IngestItem FromHtml(string html, string id, string display, string folderSite)
    {
        var r = HtmlText.Extract(html);
        if (string.IsNullOrWhiteSpace(r.Text))
            return IngestItem.Fail(display, "no visible text in the HTML");
        var site = HostOf(r.Url) ?? folderSite;
        return IngestItem.Of(new Article(id, TextDecoder.WellFormed(r.Text), display, site, r.Title, r.Url) { StructuralHints = r.Hints, Structure = r.Blocks });
    }

    private byte[] ReadAllBytes(string file, string? compression)
    {
        var info = new FileInfo(file);
        if (compression is null && info.Length > options.MaxFileBytes)
            throw new InputException($"file is {info.Length / (1024 * 1024)} MiB, over the {options.MaxFileBytes / (1024 * 1024)} MiB limit");
        if (compression is null)
            return File.ReadAllBytes(file);
        using var stream = new LimitedStream(OpenDecompressed(file, compression), options.MaxFileBytes, $"decompressed {compression} data is over the {options.MaxFileBytes / (1024 * 1024)} MiB file limit");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        CheckComplete(file, compression, ms.Length);
        return ms.ToArray();
    }

    /// <summary>
    /// .NET's GZipStream ends quietly on a truncated file, which would lose the rest of an article unnoticed. The
    /// gzip trailer's ISIZE (size mod 2^32 of the last member) can never exceed what a complete file decompresses
    /// to, so a larger value means the trailer is missing (truncation) or damaged. Multi-member files stay valid.
    /// </summary>
    private static void CheckComplete(string file, string? compression, long decompressed)
    {
        if (compression != "gzip" || decompressed >= uint.MaxValue)
            return;
        using var fs = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> trailer = stackalloc byte[4];
        if (fs.Length < 18)
            throw new InputException("gzip data is truncated (file shorter than a gzip header and trailer)");
        fs.Seek(-4, SeekOrigin.End);
        fs.ReadExactly(trailer);
        uint isize = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (isize > decompressed)
            throw new InputException($"gzip data is truncated or corrupt (decompressed {decompressed} bytes, the trailer expects {isize})");
    }

    private Stream OpenDecompressed(string file, string? compression)
    {
        var fs = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (compression is null)
            return fs;
        long limit = Math.Max(options.CompressionRatioFloorBytes, (long)(fs.Length * options.MaxCompressionRatio));
        Stream inner = compression == "gzip" ? new GZipStream(fs, CompressionMode.Decompress) : new ZstdSharp.DecompressionStream(fs);
        return new LimitedStream(inner, limit, $"{compression} data expands more than {options.MaxCompressionRatio:0}x its compressed size (decompression limit, {limit / (1024 * 1024)} MiB here)");
    }

    private IEnumerable<IngestItem> ReadJsonl(string file, string display, string? compression, string relative, string folderSite)
    {
        Stream stream;
        try
        {
            stream = OpenDecompressed(file, compression);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = Stream.Null;
            display = display + ": " + e.Message;
        }

        using var reader = new BoundedLineReader(stream, options.MaxArticleChars * 2);
        int records = 0;
        while (true)
        {
            string? line;
            bool tooLong;
            string? failure = null;
            try
            {
                line = reader.ReadLine(out tooLong);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e switch
                {
                    System.Text.DecoderFallbackException => "invalid UTF-8",
                    InputException or IOException or InvalidDataException => e.Message,
                    _ => $"cannot read ({Describe(e)})",
                };
                line = null;
                tooLong = false;
            }

            if (failure is not null)
            {
                yield return IngestItem.Fail($"{display}:{reader.LineNumber + 1}", failure + "; rest of file skipped");
                yield break;
            }

            if (line is null)
                break;
            if (tooLong)
            {
                yield return IngestItem.Fail($"{display}:{reader.LineNumber}", $"line longer than {options.MaxArticleChars * 2} characters; skipped");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
                continue;
            records++;
            yield return ParseRecord(line, $"{display}:{reader.LineNumber}", relative, reader.LineNumber, display, folderSite);
        }

        string? truncated = null;
        try
        {
            if (stream is LimitedStream)
                CheckComplete(file, compression, stream.Position);
        }
        catch (Exception e) when (e is InputException or IOException)
        {
            truncated = e.Message;
        }

        if (truncated is not null)
            yield return IngestItem.Fail($"{display}:{reader.LineNumber}", truncated + "; the records before were read");
        else if (records == 0 && reader.LineNumber == 0)
            yield return IngestItem.Fail(display, "empty file");
    }

    private IngestItem ParseRecord(string line, string where, string relative, int lineNumber, string display, string folderSite)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return IngestItem.Fail(where, "record is not a JSON object");
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return IngestItem.Fail(where, "record has no string field \"text\"");
            if (!TryGetString(textEl, out var text))
                return IngestItem.Fail(where, "field \"text\" has an unpaired surrogate escape (e.g. \\ud800): not valid Unicode");
            if (string.IsNullOrWhiteSpace(text))
                return IngestItem.Fail(where, "field \"text\" is empty");
            if (text.Length > options.MaxArticleChars)
                return IngestItem.Fail(where, $"text has {text.Length} characters, over the {options.MaxArticleChars} limit");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && TryGetString(v, out var s) ? s : null;
            var id = Str("id") ?? $"{IdFromPath(relative)}#{lineNumber}";
            var url = Str("url");
            var site = HostOf(url) ?? Str("site") ?? folderSite;
            return IngestItem.Of(new Article(id, text, $"{display}:{lineNumber}", site, Str("title"), url));
        }
        catch (JsonException e)
        {
            return IngestItem.Fail(where, $"malformed JSON ({FirstSentence(e.Message)})");
        }
    }

    /// <summary>System.Text.Json throws on an escaped lone surrogate ("\ud800"); that is bad input, not a crash.</summary>
    private static bool TryGetString(JsonElement e, out string value)
    {
        try
        {
            value = e.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    private static string Describe(Exception e) => FirstSentence(e.Message).TrimEnd('.');

    private static string FirstSentence(string s)
    {
        int i = s.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? s[..i] : s;
    }

    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Host.Length == 0)
            return null;
        var host = u.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    public static string IdFromPath(string relative)
    {
        var p = relative.Replace('\\', '/');
        var ext = Path.GetExtension(p);
        if (KnownExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase))
            p = p[..^ext.Length];
        return p;
    }

    private static string DisplayPath(string file)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return rel.StartsWith("..", StringComparison.Ordinal) ? file : rel;
    }
}
