using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace MtQuality.Bench;

/// <summary>
/// The reference point of the macro benchmark: one thread reads each article and adds it to a Lucene.Net
/// IndexWriter with EnglishAnalyzer (id stored, text analysed), then commits. Nothing else.
/// </summary>
public static class BareLuceneLoop
{
    public static int Run(string corpus, string indexDir)
    {
        using var dir = FSDirectory.Open(indexDir);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new EnglishAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.CREATE };
        using var writer = new IndexWriter(dir, config);
        int n = 0;
        foreach (var (id, text) in Read(corpus))
        {
            writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO) });
            n++;
        }

        writer.Commit();
        return n;
    }

    /// <summary>The same inputs the audit reads: .txt files of a folder (sorted), or JSONL records (plain, gzip, zstd).</summary>
    public static IEnumerable<(string Id, string Text)> Read(string corpus)
    {
        if (System.IO.Directory.Exists(corpus))
        {
            var files = System.IO.Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
                yield return (f, File.ReadAllText(f));
            yield break;
        }

        using var file = File.OpenRead(corpus);
        using Stream stream = corpus.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress)
            : corpus.EndsWith(".zst", StringComparison.Ordinal) ? new ZstdSharp.DecompressionStream(file)
            : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            yield return (doc.RootElement.GetProperty("id").GetString()!, doc.RootElement.GetProperty("text").GetString()!);
        }
    }
}
