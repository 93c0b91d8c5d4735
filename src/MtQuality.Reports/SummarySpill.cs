using System.Text;

namespace MtQuality.Reports;

/// <summary>
/// The per-article summaries of an audit, kept in a temporary file instead of on the heap: until the corpus pages
/// are written an audit needs every article's summary, ~0.8 KB of objects each, the part of its memory that grew
/// with the corpus (~0.8 GB at a million articles). In memory stay only the two scores the ranking sorts by and
/// where each record is (32 bytes an article); ids and report names, which break ties, are read for the tied runs only, and a
/// summary is read back when a page asks for it (the view below), a read from the page cache per row, a few
/// seconds per pass at a million articles. <see cref="Add"/> and the reads (<see cref="Ranked"/> and its view) are not thread-safe: the caller serialises them.
/// </summary>
internal sealed class SummarySpill : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly List<Key> keys = [];
    private bool flushed;
    private byte[] readBuffer = new byte[1024];

    /// <summary>What a summary is ranked by (before ties), and where its record is in the file.</summary>
    private readonly record struct Key(double MtScore, double BoilerplateScore, long Offset, int Length);

    public SummarySpill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mtq-summaries-{Guid.NewGuid():N}.bin");
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        // Windows deletes the file when its last handle closes, also in a killed process; elsewhere DeleteOnClose
        // is the runtime's unlink on dispose, so the name is unlinked at once (the open handle keeps the data) and
        // an audit killed mid-run leaves no file behind.
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
        writer = new BinaryWriter(file, Utf8, leaveOpen: true);
    }

    public int Count => keys.Count;

    public void Add(ArticleSummary s)
    {
        if (flushed)
            throw new InvalidOperationException("summaries are read already");
        long offset = file.Position;
        writer.Write(s.Id);
        writer.Write(s.Path);
        writer.Write(s.Site);
        writer.Write(s.Title);
        writer.Write(s.ReportName);
        writer.Write(s.ContentWords);
        writer.Write(s.Label);
        writer.Write(s.TopReason);
        writer.Write(s.RuleCounts.Count);
        foreach (var (rule, count) in s.RuleCounts)
        {
            writer.Write(rule);
            writer.Write(count);
        }

        keys.Add(new Key(s.MtScore, s.BoilerplateScore, offset, checked((int)(file.Position - offset))));
    }

    /// <summary>The summaries in ranking order (<see cref="Ranking.Compare(ArticleSummary, ArticleSummary)"/>).</summary>
    public IReadOnlyList<ArticleSummary> Ranked()
    {
        var order = new int[keys.Count];
        for (int i = 0; i < order.Length; i++)
            order[i] = i;
        var k = keys;
        Comparison<int> scores = (x, y) => Ranking.CompareScores(k[x].MtScore, k[x].BoilerplateScore, k[y].MtScore, k[y].BoilerplateScore);
        Array.Sort(order, scores);
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && scores(order[start], order[end]) == 0)
                end++;
            if (end - start > 1)
            {
                // Equal scores are ranked by id, then report name: read those of this tied run only.
                var run = order[start..end];
                var ties = Array.ConvertAll(run, i => Read(i) is var s ? (s.Id, s.ReportName) : default);
                Array.Sort(ties, run, Comparer<(string Id, string ReportName)>.Create((a, b) => Ranking.CompareTies(a.Id, a.ReportName, b.Id, b.ReportName)));
                run.CopyTo(order, start);
            }

            start = end;
        }

        return new View(this, order);
    }

    private ArticleSummary Read(int i)
    {
        if (!flushed)
        {
            file.Flush();
            flushed = true;
        }

        var key = keys[i];
        if (readBuffer.Length < key.Length)
            readBuffer = new byte[Math.Max(key.Length, readBuffer.Length * 2)];
        var bytes = readBuffer.AsSpan(0, key.Length);
        for (int done = 0; done < bytes.Length;)
        {
            int n = RandomAccess.Read(file.SafeFileHandle, bytes[done..], key.Offset + done);
            if (n == 0)
                throw new EndOfStreamException("summary file cut short");
            done += n;
        }

        // The record as BinaryWriter wrote it, parsed in place: one reused buffer, no stream or reader per record
        // (Finish reads every summary back, and those per-record objects were most of its garbage).
        int at = 0;
        var id = String(bytes, ref at);
        var path = String(bytes, ref at);
        var site = String(bytes, ref at);
        var title = String(bytes, ref at);
        var reportName = String(bytes, ref at);
        int words = Int(bytes, ref at);
        var label = String(bytes, ref at);
        var reason = String(bytes, ref at);
        var rules = new string[Int(bytes, ref at)];
        var counts = new int[rules.Length];
        for (int j = 0; j < rules.Length; j++)
        {
            rules[j] = String(bytes, ref at);
            counts[j] = Int(bytes, ref at);
        }

        return new ArticleSummary(id, path, site, title, reportName, key.MtScore, key.BoilerplateScore, words, label, new RuleCountMap(rules, counts), reason);
    }

    private static int Int(ReadOnlySpan<byte> b, ref int at)
    {
        int v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(b[at..]);
        at += 4;
        return v;
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: 7-bit encoded byte length, then UTF-8.</summary>
    private static string String(ReadOnlySpan<byte> b, ref int at)
    {
        int length = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (shift > 28)
                throw new InvalidDataException("summary file: bad string length");
            byte x = b[at++];
            length |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0)
                break;
        }

        var s = Utf8.GetString(b.Slice(at, length));
        at += length;
        return s;
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }

    /// <summary>A read-only list over the file: each access reads one record (nothing is kept).</summary>
    private sealed class View(SummarySpill spill, int[] order) : IReadOnlyList<ArticleSummary>
    {
        public int Count => spill.Count;

        public ArticleSummary this[int index] => spill.Read(order[index]);

        public IEnumerator<ArticleSummary> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
