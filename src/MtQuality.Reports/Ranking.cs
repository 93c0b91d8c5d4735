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
        var comparer = Comparer<ArticleSummary>.Create(Compare);
        var heap = new PriorityQueue<ArticleSummary, ArticleSummary>(Comparer<ArticleSummary>.Create((a, b) => Compare(b, a)));
        foreach (var a in articles)
        {
            if (heap.Count < n)
                heap.Enqueue(a, a);
            else if (n > 0 && comparer.Compare(a, heap.Peek()) < 0)
                heap.EnqueueDequeue(a, a);
        }

        var top = new List<ArticleSummary>(heap.Count);
        while (heap.Count > 0)
            top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }
}
