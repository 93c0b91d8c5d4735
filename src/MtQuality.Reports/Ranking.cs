namespace MtQuality.Reports;

/// <summary>
/// The one ranking order every report uses: MT score, then boilerplate share, then id, then report name (ids can
/// repeat in a corpus, report names cannot: the order is total, so equal rows never swap between runs).
/// </summary>
public static class Ranking
{
    public static int Compare(ArticleSummary x, ArticleSummary y)
    {
        int c = CompareScores(x.MtScore, x.BoilerplateScore, y.MtScore, y.BoilerplateScore);
        return c != 0 ? c : CompareTies(x.Id, x.ReportName, y.Id, y.ReportName);
    }

    /// <summary>The order of rows with equal scores: id, then report name, both ordinal.</summary>
    internal static int CompareTies(string idX, string reportX, string idY, string reportY)
    {
        int c = string.CompareOrdinal(idX, idY);
        return c != 0 ? c : string.CompareOrdinal(reportX, reportY);
    }

    /// <summary>The order by the two scores alone; <see cref="SummarySpill"/> keeps only the scores in memory and reads ids for ties.</summary>
    internal static int CompareScores(double mtX, double boilerplateX, double mtY, double boilerplateY)
    {
        int c = mtY.CompareTo(mtX);
        return c != 0 ? c : boilerplateY.CompareTo(boilerplateX);
    }

    public static List<ArticleSummary> Sorted(IReadOnlyList<ArticleSummary> articles)
    {
        var list = new List<ArticleSummary>(articles);
        list.Sort(Compare);
        return list;
    }

    /// <summary>The first <paramref name="n"/> of the ranking without sorting everything.</summary>
    public static List<ArticleSummary> Top(IReadOnlyList<ArticleSummary> articles, int n)
    {
        var top = new TopN(n);
        foreach (var a in articles)
            top.Add(a);
        return top.Ranked();
    }

    /// <summary>The first n of the ranking of the summaries added so far (a bounded heap: the rest is not kept).</summary>
    public sealed class TopN(int n)
    {
        private static readonly Comparer<ArticleSummary> Order = Comparer<ArticleSummary>.Create(Compare);
        private readonly PriorityQueue<ArticleSummary, ArticleSummary> heap = new(Comparer<ArticleSummary>.Create((a, b) => Compare(b, a)));

        public void Add(ArticleSummary a)
        {
            if (heap.Count < n)
                heap.Enqueue(a, a);
            else if (n > 0 && Order.Compare(a, heap.Peek()) < 0)
                heap.EnqueueDequeue(a, a);
        }

        /// <summary>The kept summaries in ranking order.</summary>
        public List<ArticleSummary> Ranked()
        {
            var list = heap.UnorderedItems.Select(x => x.Element).ToList();
            list.Sort(Compare);
            return list;
        }
    }
}
