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

        // Positional reads, not memory maps: the writer's merges (the last one rewrites the whole index) read every
        // segment once, and mapped, those pages counted in the resident set: `mtq index` of 200k articles peaked at
        // 840 MB, 435 MB of it file pages, against 561 MB this way, for the same CPU. The model reader
        // (OpenModel) stays mapped: its random seeks cost ~12% more CPU through reads.
        var dir = new NIOFSDirectory(new DirectoryInfo(path), new NativeFSLockFactory(path));
        var index = new CorpusIndex(path, dir) { guard = guard };
        IndexWriterConfig Config(OpenMode mode) => new(CorpusAnalyzer.Version, new CorpusAnalyzer())
        {
            OpenMode = mode,
            // The peak of an audit is pass 1's buffer: with 192 MB, audits of 50k and 200k generated articles peaked at
            // 512 and 585 MB RSS (6.73 and 6.63 ms CPU per article); with 96 MB at 350 and 448 MB (7.05 and 6.33 ms).
            RAMBufferSizeMB = 96,
            WriteLockTimeout = 0,
        };
        try
        {
            try
            {
                index.writer = new IndexWriter(dir, Config(OpenMode.CREATE_OR_APPEND));
            }
            catch (Exception e) when (e is CorruptIndexException or EndOfStreamException
                                      || (e is IOException && e is not LockObtainFailedException && e.Message.Contains("read past EOF", StringComparison.Ordinal)))
            {
                // No commit can be read: Lucene already falls back to the previous commit when the newest one is
                // damaged, so this is a first commit cut short (a run killed while writing segments_1) or a folder
                // damaged beyond it. The index is derived from the corpus and an audit re-adds every article, so it
                // starts afresh rather than refusing every later run; the caller reports it.
                RemoveIndexFiles(path);
                index.RecoveryNote = $"{path}: the index had no readable commit ({e.Message.Split('\n')[0]}); it was started afresh";
                index.writer = new IndexWriter(dir, Config(OpenMode.CREATE));
            }
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

    /// <summary>Set when <see cref="OpenForWriting"/> found no readable commit and started the index afresh.</summary>
    public string? RecoveryNote { get; private set; }

    /// <summary>Deletes Lucene's files (segments_N, segments.gen and the per-segment "_*" files) and nothing else.</summary>
    private static void RemoveIndexFiles(string path)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            var name = System.IO.Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_'))
                File.Delete(file);
        }
    }

    /// <summary>
    /// SHA-256 (first 12 bytes, hex) of the UTF-8 of site + U+001F + text. The three parts are encoded one after
    /// the other into one pooled buffer instead of concatenating a copy of the text and allocating its bytes: the
    /// same bytes (the separator keeps a surrogate at either edge from pairing across it), so the same hash, and
    /// existing indexes stay valid for incremental runs.
    /// </summary>
    public static string ContentHash(Article a)
    {
        var utf8 = System.Text.Encoding.UTF8;
        int max = utf8.GetMaxByteCount(a.Site.Length) + 1 + utf8.GetMaxByteCount(a.Text.Length);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = utf8.GetBytes(a.Site.AsSpan(), buffer.AsSpan());
            buffer[n++] = 0x1f;
            n += utf8.GetBytes(a.Text.AsSpan(), buffer.AsSpan(n));
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, n), hash);
            return Convert.ToHexString(hash[..12]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Builds the Lucene document of an article. Pure and thread-safe: pass 1 runs it on every core. The
    /// statistics are already counted by <see cref="ArticleStatistics.Compute"/>, so the index is fed their terms
    /// pre-analysed (<see cref="CountedTermStream"/>, straight from the counts) instead of running a Lucene
    /// tokenizer and shingle filter over the text again: unigrams and bigrams with frequencies (no positions:
    /// nothing queries phrases),
    /// site lines and case observations once per document. The model then answers exactly as
    /// <see cref="InMemoryCorpusModel"/> built from the same statistics.
    /// </summary>
    public static Document BuildDocument(Article a, ArticleStatistics stats, string hash)
    {
        // Stored: only what ExistingHashes reads (id, hash). Nothing reads a document's path, site or title back,
        // and the hash is looked up through the idhash term, so those are neither stored nor (the hash) indexed.
        var doc = new Document
        {
            new StringField(CorpusFields.Id, a.Id, Field.Store.YES),
            new StringField(CorpusFields.Site, a.Site, Field.Store.NO),
            new StoredField(CorpusFields.Hash, hash),
            new StringField(CorpusFields.IdHash, CorpusFields.IdHashTerm(a.Id, hash), Field.Store.NO),
        };
        doc.Add(new Field(CorpusFields.Text, new CountedTermStream.Words(stats.Unigrams), CountedTerms));
        doc.Add(new Field(CorpusFields.Bigrams, new CountedTermStream.Pairs(stats.Bigrams), CountedTerms));
        doc.Add(new Field(CorpusFields.SiteLine, new CountedTermStream.Prefixed(CorpusFields.SiteLineTerm(a.Site, string.Empty), stats.LineFingerprints), DocumentTerms));
        doc.Add(new Field(CorpusFields.Case, new CountedTermStream.CaseObservations(stats.CaseCounts), DocumentTerms));
        return doc;
    }

    /// <summary>Terms whose total frequency matters (unigram and bigram counts).</summary>
    private static readonly FieldType CountedTerms = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_AND_FREQS, OmitNorms = true });

    /// <summary>Terms counted once per document (document frequency only).</summary>
    private static readonly FieldType DocumentTerms = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    private static FieldType Frozen(FieldType t)
    {
        t.Freeze();
        return t;
    }

    /// <summary>
    /// Whether this exact article (same id, same content hash) is already in the index as of
    /// <paramref name="snapshot"/>: one term lookup, so an incremental run needs no id-to-hash map in memory.
    /// </summary>
    /// <remarks>Live documents only: DocFreq also counts replaced versions until a merge drops them, so an article
    /// changed and then changed back would otherwise look unchanged.</remarks>
    public static bool IsUnchanged(IndexReader? snapshot, Article a, string hash)
    {
        if (snapshot is null)
            return false;
        var term = new Lucene.Net.Util.BytesRef(CorpusFields.IdHashTerm(a.Id, hash));
        var docs = MultiFields.GetTermDocsEnum(snapshot, MultiFields.GetLiveDocs(snapshot), CorpusFields.IdHash, term, DocsFlags.NONE);
        return docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }

    /// <summary>A reader of the last commit, for <see cref="IsUnchanged"/>, or null for a new index.</summary>
    public DirectoryReader? OpenSnapshot() => DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;

    /// <summary>Adds an article known not to be in the index (cheaper than <see cref="Upsert"/>: no delete term). Thread-safe.</summary>
    public void Add(Document doc) => Writer.AddDocument(doc);

    /// <summary>Adds or replaces an article (by id). Thread-safe.</summary>
    public void Upsert(Article a, Document doc) =>
        Writer.UpdateDocument(new Term(CorpusFields.Id, a.Id), doc);

    /// <summary>
    /// Commits, then merges the index into one segment when it has more than <see cref="MaxSegments"/>: every
    /// uncached model lookup seeks each segment's term dictionary, so pass 2 of a large corpus (9 segments at 200k
    /// articles) paid several seeks per word pair. The merge is one linear rewrite, committed atomically like any
    /// commit (a kill during it leaves the previous commit); small incremental runs rarely trigger it.
    /// </summary>
    /// <param name="phase">Told "commit" once the buffered documents are flushed and committed, then "merge N segments"
    /// after a merge (the benchmark's phase clock).</param>
    public void Commit(Action<string>? phase = null)
    {
        Writer.Commit();
        int segments;
        using (var committed = DirectoryReader.Open(directory))
            segments = committed.Leaves.Count;
        phase?.Invoke($"pass 1 commit ({segments} segments)");
        if (segments > MaxSegments)
        {
            Writer.ForceMerge(1);
            Writer.Commit();
            phase?.Invoke("pass 1 merge into one");
        }
    }

    /// <summary>More segments than this after a commit and the index is merged into one.</summary>
    public const int MaxSegments = 4;

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
/// cached per term (fixed-size caches, so a long audit's memory stays flat). Thread-safe: the reader is, the caches
/// are concurrent, and each thread seeks with its own reusable term enumerators (one per segment and field)
/// instead of the reader's per-call ones, which allocate a new enumerator for every lookup.
/// </summary>
public sealed class LuceneCorpusModel : ICorpusModel, IDisposable
{
    private readonly DirectoryReader reader;
    private readonly LuceneDirectory directory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> siteDocs = new(StringComparer.Ordinal);
    private readonly TermCache<CaseCounts> cases = new(CacheBits);
    private readonly TermCache<int> siteLines = new(CacheBits);
    private readonly TermCache<long> unigrams = new(CacheBits);
    private readonly TermCache<long> bigrams = new(CacheBits);
    private readonly ThreadLocal<TermSeeker> seekers;

    internal LuceneCorpusModel(DirectoryReader reader, LuceneDirectory directory)
    {
        this.reader = reader;
        this.directory = directory;
        Documents = reader.NumDocs;
        Tokens = Math.Max(0, reader.GetSumTotalTermFreq(CorpusFields.Text));
        seekers = new ThreadLocal<TermSeeker>(() => new TermSeeker(reader));
    }

    public long Documents { get; }

    public long Tokens { get; }

    // The cache factories below are static lambdas given the model as their state: a lambda that captured `this`
    // would be a new delegate at every lookup, hit or miss.
    public int SiteDocuments(string site) => siteDocs.GetOrAdd(site, static (s, m) => m.seekers.Value!.DocFreq(TermSeeker.Site, s), this);

    /// <summary>
    /// Site template lines repeat on every page of a site, so the answers are cached (in a fixed-size cache, see
    /// <see cref="TermCache{T}"/>). The key (site U+001F fingerprint) is looked up as a span; only a line found on at
    /// least two pages is memoised, so the page's own lines do not each cost an entry and a key string.
    /// </summary>
    public int SiteLineDocuments(string site, string lineFingerprint)
    {
        int length = site.Length + 1 + lineFingerprint.Length;
        if (length > 256)
            return siteLines.GetOrAdd(CorpusFields.SiteLineTerm(site, lineFingerprint), static (t, m) => m.seekers.Value!.DocFreq(TermSeeker.SiteLine, t), this);
        Span<char> key = stackalloc char[length];
        site.AsSpan().CopyTo(key);
        key[site.Length] = CorpusFields.SiteLineSeparator;
        lineFingerprint.AsSpan().CopyTo(key[(site.Length + 1)..]);
        if (siteLines.TryGet(key, out var cached))
            return cached;
        int count = seekers.Value!.DocFreq(TermSeeker.SiteLine, key);
        if (count >= CachedSiteLinePages)
            siteLines.Set(new string(key), count);
        return count;
    }

    /// <summary>Only lines on at least this many pages are memoised (a page's own lines are asked once, by that page).</summary>
    private const int CachedSiteLinePages = 2;

    public CaseCounts Case(string lowerWord) => cases.GetOrAdd(lowerWord, static (w, m) => m.SeekCase(w), this);

    private CaseCounts SeekCase(string w)
    {
        var seeker = seekers.Value!;
        if (w.Length > 254)
            return new CaseCounts(seeker.DocFreq(TermSeeker.Case, "l|" + w), seeker.DocFreq(TermSeeker.Case, "u|" + w));
        Span<char> key = stackalloc char[w.Length + 2];
        w.AsSpan().CopyTo(key[2..]);
        key[1] = '|';
        key[0] = 'l';
        int lower = seeker.DocFreq(TermSeeker.Case, key);
        key[0] = 'u';
        return new CaseCounts(lower, seeker.DocFreq(TermSeeker.Case, key));
    }

    /// <summary>
    /// 2^16 slots per cache: ~5–10 MB each when full with terms of usual length (slot array, entries, key strings).
    /// At 20k articles a slot is found holding its term for ~99% of case and unigram lookups, and the audit's
    /// CPU per article was within ~1% of the 2^20-entry dictionaries' (runs side by side on a shared machine).
    /// </summary>
    private const int CacheBits = 16;

    public long Unigram(string lowerWord) => unigrams.GetOrAdd(lowerWord, static (w, m) => Math.Max(0, m.seekers.Value!.TotalTermFreq(TermSeeker.Text, w)), this);

    public long Bigram(string lowerWord1, string lowerWord2)
    {
        int length = lowerWord1.Length + 1 + lowerWord2.Length;
        if (length <= 256)
        {
            // The usual case, a cached pair, without building the "w1 w2" key string.
            Span<char> key = stackalloc char[length];
            lowerWord1.AsSpan().CopyTo(key);
            key[lowerWord1.Length] = ' ';
            lowerWord2.AsSpan().CopyTo(key[(lowerWord1.Length + 1)..]);
            if (bigrams.TryGet(key, out var n))
                return n;
            // Most pairs are an article's own rare ones: sought from the span, the key string made only to cache.
            long sought = Math.Max(0, seekers.Value!.TotalTermFreq(TermSeeker.Bigrams, key));
            if (sought >= CachedBigramCount)
                bigrams.Set(new string(key), sought);
            return sought;
        }

        var term = lowerWord1 + " " + lowerWord2;
        long count = Math.Max(0, seekers.Value!.TotalTermFreq(TermSeeker.Bigrams, term));
        if (count >= CachedBigramCount)
            bigrams.Set(term, count);
        return count;
    }

    /// <summary>
    /// Only pairs seen at least this often are memoised. Most pairs an article asks for are rare (its own, asked
    /// once): caching each would cost an entry and evict a frequent pair from its slot, for a seek it never
    /// saves; frequent pairs ("of the") come back on every article and stay cached.
    /// </summary>
    private const long CachedBigramCount = 8;

    public void Dispose()
    {
        seekers.Dispose();
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// One thread's term enumerators over every segment of the frozen reader, reused across lookups. Answers as
    /// <see cref="IndexReader.DocFreq(Term)"/> and <see cref="IndexReader.TotalTermFreq(Term)"/> do: sums over
    /// the segments (deleted documents included, as there), -1 when a segment's field keeps no frequencies.
    /// </summary>
    private sealed class TermSeeker
    {
        public const int Text = 0;
        public const int Bigrams = 1;
        public const int Case = 2;
        public const int SiteLine = 3;
        public const int Site = 4;

        private static readonly string[] Fields = [CorpusFields.Text, CorpusFields.Bigrams, CorpusFields.Case, CorpusFields.SiteLine, CorpusFields.Site];

        private readonly TermsEnum?[][] enums;
        private readonly Lucene.Net.Util.BytesRef bytes = new(64);

        public TermSeeker(DirectoryReader reader)
        {
            var leaves = reader.Leaves;
            enums = new TermsEnum?[Fields.Length][];
            for (int f = 0; f < Fields.Length; f++)
            {
                enums[f] = new TermsEnum?[leaves.Count];
                for (int l = 0; l < leaves.Count; l++)
                    enums[f][l] = leaves[l].AtomicReader.GetTerms(Fields[f])?.GetEnumerator();
            }
        }

        public int DocFreq(int field, string term)
        {
            Encode(term);
            return DocFreqOfBytes(field);
        }

        /// <summary><see cref="DocFreq(int, string)"/> of a term in a span (no string made).</summary>
        public int DocFreq(int field, Span<char> term)
        {
            Lucene.Net.Util.UnicodeUtil.UTF16toUTF8(term, bytes);
            return DocFreqOfBytes(field);
        }

        private int DocFreqOfBytes(int field)
        {
            int total = 0;
            foreach (var te in enums[field])
            {
                if (te is not null && te.SeekExact(bytes))
                    total += te.DocFreq;
            }

            return total;
        }

        public long TotalTermFreq(int field, string term)
        {
            Encode(term);
            return TotalTermFreqOfBytes(field);
        }

        /// <summary>The sum over segments for the term already encoded in <see cref="bytes"/>.</summary>
        private long TotalTermFreqOfBytes(int field)
        {
            long total = 0;
            foreach (var te in enums[field])
            {
                if (te is null || !te.SeekExact(bytes))
                    continue;
                long n = te.TotalTermFreq;
                if (n == -1)
                    return -1;
                total += n;
            }

            return total;
        }

        /// <summary><see cref="TotalTermFreq(int, string)"/> of a term in a span (no string made).</summary>
        public long TotalTermFreq(int field, Span<char> term)
        {
            Lucene.Net.Util.UnicodeUtil.UTF16toUTF8(term, bytes);
            return TotalTermFreqOfBytes(field);
        }

        private void Encode(string term) => Lucene.Net.Util.UnicodeUtil.UTF16toUTF8(term, 0, term.Length, bytes);
    }
}

/// <summary>
/// A fixed-size, lossy memo of term statistics: direct-mapped, each key has one slot (by its hash) and a new
/// answer replaces whatever the slot held. Its memory is bounded by the slot count whatever the corpus (the
/// earlier dictionary, cleared at 2^20 entries, held ~100 MB per cache when full and grew the peak RSS with the
/// corpus), and it takes no locks: a slot is an immutable entry swapped by a reference write. The answers are pure
/// functions of a frozen reader, so a lost entry only costs a re-lookup; hot terms (template lines, frequent words
/// and pairs) come back before a one-off term overwrites their slot.
/// </summary>
internal sealed class TermCache<T>
{
    private readonly Entry?[] slots;
    private readonly int mask;

    /// <param name="bits">Log2 of the slot count.</param>
    public TermCache(int bits)
    {
        slots = new Entry?[1 << bits];
        mask = slots.Length - 1;
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        var e = Volatile.Read(ref slots[Slot(key)]);
        if (e is not null && key.SequenceEqual(e.Key))
        {
            value = e.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public T GetOrAdd<TState>(string key, Func<string, TState, T> factory, TState state)
    {
        ref var slot = ref slots[Slot(key)];
        var e = Volatile.Read(ref slot);
        if (e is not null && string.Equals(e.Key, key, StringComparison.Ordinal))
            return e.Value;
        var v = factory(key, state);
        Volatile.Write(ref slot, new Entry(key, v));
        return v;
    }

    /// <summary>Puts an answer found without the cache in <paramref name="key"/>'s slot.</summary>
    public void Set(string key, T value) => Volatile.Write(ref slots[Slot(key)], new Entry(key, value));

    private int Slot(ReadOnlySpan<char> key) => string.GetHashCode(key) & mask;

    private sealed class Entry(string key, T value)
    {
        public readonly string Key = key;
        public readonly T Value = value;
    }
}
