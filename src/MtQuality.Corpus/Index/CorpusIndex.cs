using System.Security.Cryptography;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MtQuality.Core.Model;
using MtQuality.Core.Text;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MtQuality.Corpus.Index;

/// <summary>
/// The Lucene.Net index of a corpus: one document per article with its unigrams, bigrams (shingles), per-site
/// line fingerprints and mid-sentence case observations. The index is the corpus model: <see cref="OpenModel"/>
/// answers template, case and n-gram questions from term statistics. Lucene commits are atomic (segments_N is
/// written last), so a crash never leaves a half-written index; IndexWriter's lock makes a second writer fail fast.
/// </summary>
public sealed class CorpusIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private IndexWriter? writer;
    private FileStream? guard;

    private CorpusIndex(string path, LuceneDirectory directory)
    {
        Path = path;
        this.directory = directory;
    }

    public string Path { get; }

    public static bool Exists(string path) =>
        System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFiles(path, "segments_*").Any();

    /// <summary>Opens (creating if needed) an index for writing. Throws <see cref="IndexBusyException"/> when another process writes to it.</summary>
    public static CorpusIndex OpenForWriting(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        // Lucene.Net's NativeFSLockFactory did not stop a second *process* from opening a writer (seen on Linux:
        // two audits wrote one index and one failed on a vanished segment file). An exclusively opened file is
        // an OS lock (flock) that another process cannot take, and that the kernel drops when a process dies.
        FileStream guard;
        try
        {
            guard = new FileStream(System.IO.Path.Combine(path, "mtq-writer.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new IndexBusyException($"{path}: the index is in use by another mtq process (mtq-writer.lock is held); wait for it to finish");
        }

        var dir = FSDirectory.Open(path, new NativeFSLockFactory(path));
        var index = new CorpusIndex(path, dir) { guard = guard };
        var config = new IndexWriterConfig(CorpusAnalyzer.Version, new CorpusAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 128,
            WriteLockTimeout = 0,
        };
        try
        {
            index.writer = new IndexWriter(dir, config);
        }
        catch (LockObtainFailedException)
        {
            dir.Dispose();
            guard.Dispose();
            throw new IndexBusyException($"{path}: the index is in use by another mtq process (write.lock is held); wait for it to finish");
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            dir.Dispose();
            guard.Dispose();
            throw new IndexBusyException($"{path}: the index is damaged ({e.Message}); delete the folder and run again");
        }

        return index;
    }

    public static string ContentHash(Article a)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(a.Site + "\u001f" + a.Text), hash);
        return Convert.ToHexString(hash[..12]);
    }

    /// <summary>Builds the Lucene document of an article. Pure and thread-safe: pass 1 runs it on every core.</summary>
    public static Document BuildDocument(Article a, ArticleStatistics stats, string hash)
    {
        var doc = new Document
        {
            new StringField(CorpusFields.Id, a.Id, Field.Store.YES),
            new StoredField(CorpusFields.Path, a.Path),
            new StringField(CorpusFields.Site, a.Site, Field.Store.YES),
            new StringField(CorpusFields.Hash, hash, Field.Store.YES),
            new TextField(CorpusFields.Text, a.Text, Field.Store.NO),
            new TextField(CorpusFields.Bigrams, a.Text, Field.Store.NO),
        };
        if (a.Title is not null)
            doc.Add(new StoredField(CorpusFields.Title, a.Title));
        foreach (var fp in stats.LineFingerprints)
            doc.Add(new StringField(CorpusFields.SiteLine, CorpusFields.SiteLineTerm(a.Site, fp), Field.Store.NO));
        foreach (var (word, lower, upper) in stats.CaseCounts)
        {
            if (lower > 0)
                doc.Add(new StringField(CorpusFields.Case, "l|" + word, Field.Store.NO));
            if (upper > 0)
                doc.Add(new StringField(CorpusFields.Case, "u|" + word, Field.Store.NO));
        }

        return doc;
    }

    /// <summary>Adds or replaces an article (by id). Thread-safe.</summary>
    public void Upsert(Article a, Document doc) =>
        Writer.UpdateDocument(new Term(CorpusFields.Id, a.Id), doc);

    public void Commit() => Writer.Commit();

    /// <summary>Content hashes of the indexed articles by id, to skip unchanged files in incremental runs.</summary>
    public Dictionary<string, string> ExistingHashes()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
            return map;
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { CorpusFields.Id, CorpusFields.Hash };
        for (int i = 0; i < reader.MaxDoc; i++)
        {
            if (liveDocs is not null && !liveDocs.Get(i))
                continue;
            var d = reader.Document(i, fields);
            var id = d.Get(CorpusFields.Id);
            if (id is not null)
                map[id] = d.Get(CorpusFields.Hash) ?? string.Empty;
        }

        return map;
    }

    private IndexWriter Writer => writer ?? throw new InvalidOperationException("index not open for writing");

    /// <summary>Opens the committed index as a read-only corpus model.</summary>
    public static LuceneCorpusModel OpenModel(string path)
    {
        if (!Exists(path))
            throw new IndexBusyException($"{path}: no index here (run `mtq index` or `mtq audit --index {path}` first)");
        var dir = FSDirectory.Open(path, NoLockFactory.GetNoLockFactory());
        try
        {
            return new LuceneCorpusModel(DirectoryReader.Open(dir), dir);
        }
        catch (Exception e) when (e is CorruptIndexException or IOException)
        {
            dir.Dispose();
            throw new IndexBusyException($"{path}: the index cannot be read ({e.Message})");
        }
    }

    public void Dispose()
    {
        writer?.Dispose();
        directory.Dispose();
        guard?.Dispose();
    }
}

/// <summary>The index cannot be opened as asked: in use, missing or damaged. The message is for the user.</summary>
public sealed class IndexBusyException(string message) : Exception(message);

/// <summary>
/// <see cref="ICorpusModel"/> over a Lucene reader: every answer is a term statistic (docFreq or totalTermFreq),
/// cached per term. Thread-safe: the reader is, and the caches are concurrent.
/// </summary>
public sealed class LuceneCorpusModel : ICorpusModel, IDisposable
{
    private readonly DirectoryReader reader;
    private readonly LuceneDirectory directory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> siteDocs = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CaseCounts> cases = new(StringComparer.Ordinal);

    internal LuceneCorpusModel(DirectoryReader reader, LuceneDirectory directory)
    {
        this.reader = reader;
        this.directory = directory;
        Documents = reader.NumDocs;
        Tokens = Math.Max(0, reader.GetSumTotalTermFreq(CorpusFields.Text));
    }

    public long Documents { get; }

    public long Tokens { get; }

    public int SiteDocuments(string site) => siteDocs.GetOrAdd(site, s => reader.DocFreq(new Term(CorpusFields.Site, s)));

    public int SiteLineDocuments(string site, string lineFingerprint) =>
        reader.DocFreq(new Term(CorpusFields.SiteLine, CorpusFields.SiteLineTerm(site, lineFingerprint)));

    public CaseCounts Case(string lowerWord) => cases.GetOrAdd(lowerWord, w =>
        new CaseCounts(reader.DocFreq(new Term(CorpusFields.Case, "l|" + w)), reader.DocFreq(new Term(CorpusFields.Case, "u|" + w))));

    public long Unigram(string lowerWord) => Math.Max(0, reader.TotalTermFreq(new Term(CorpusFields.Text, lowerWord)));

    public long Bigram(string lowerWord1, string lowerWord2) =>
        Math.Max(0, reader.TotalTermFreq(new Term(CorpusFields.Bigrams, lowerWord1 + " " + lowerWord2)));

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
