using System.Text;

namespace MtQuality.Reports;

/// <summary>
/// The per-article summaries of an audit, kept in a temporary file instead of on the heap: until the corpus pages
/// are written an audit needs every article's summary, ~0.8 KB of objects each, the part of its memory that grew
/// with the corpus (~0.8 GB at a million articles). In memory stay only the two scores the ranking sorts by and
/// where each record is (32 bytes an article); ids and report names, which break ties, are read for the tied runs only, and a
/// summary is read back when a page asks for it (the view below), a read from the page cache per row, a few
/// seconds per pass at a million articles. <see cref="Add"/> is not thread-safe: the caller serialises it.
/// </summary>
internal sealed class SummarySpill : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly List<Key> keys = [];
    private bool flushed;

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
        var bytes = new byte[key.Length];
        for (int done = 0; done < bytes.Length;)
        {
            int n = RandomAccess.Read(file.SafeFileHandle, bytes.AsSpan(done), key.Offset + done);
            if (n == 0)
                throw new EndOfStreamException("summary file cut short");
            done += n;
        }

        using var r = new BinaryReader(new MemoryStream(bytes), Utf8);
        var id = r.ReadString();
        var path = r.ReadString();
        var site = r.ReadString();
        var title = r.ReadString();
        var reportName = r.ReadString();
        int words = r.ReadInt32();
        var label = r.ReadString();
        var reason = r.ReadString();
        var rules = new string[r.ReadInt32()];
        var counts = new int[rules.Length];
        for (int j = 0; j < rules.Length; j++)
        {
            rules[j] = r.ReadString();
            counts[j] = r.ReadInt32();
        }

        return new ArticleSummary(id, path, site, title, reportName, key.MtScore, key.BoilerplateScore, words, label, new RuleCountMap(rules, counts), reason);
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
