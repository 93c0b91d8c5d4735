using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;

namespace MtQuality.Reports;

/// <summary>What the corpus pages need of one article. An audit keeps them in a file until the pages are written (<see cref="SummarySpill"/>).</summary>
public sealed record ArticleSummary(
    string Id,
    string Path,
    string Site,
    string Title,
    string ReportName,
    double MtScore,
    double BoilerplateScore,
    int ContentWords,
    string Label,
    IReadOnlyDictionary<string, int> RuleCounts,
    string TopReason)
{
    public static ArticleSummary From(ArticleVerdict v, string reportName)
    {
        string reason = v.Drivers.Count == 0
            ? (v.BoilerplateScore > 0 ? "boilerplate only" : "no findings")
            : string.Join(", ", v.Drivers.Take(2).Select(d => $"{d.Findings}× {d.Family}"));
        return new ArticleSummary(v.Article.Id, v.Article.Path, v.Article.Site, v.DisplayTitle, reportName, v.MtScore, v.BoilerplateScore, v.ContentWords, v.Label, RuleCountMap.Of(v.Findings), reason);
    }
}

/// <summary>Findings per rule id of one article, in order of first appearance (as a GroupBy gives them).</summary>
internal sealed class RuleCountMap : IReadOnlyDictionary<string, int>
{
    private readonly string[] keys;
    private readonly int[] counts;

    internal RuleCountMap(string[] keys, int[] counts)
    {
        this.keys = keys;
        this.counts = counts;
    }

    public static RuleCountMap Of(IReadOnlyList<Finding> findings)
    {
        var keys = new List<string>();
        var counts = new List<int>();
        foreach (var f in findings)
        {
            int i = keys.IndexOf(f.RuleId);
            if (i < 0)
            {
                keys.Add(f.RuleId);
                counts.Add(1);
            }
            else
            {
                counts[i]++;
            }
        }

        return new RuleCountMap([.. keys], [.. counts]);
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<int> Values => counts;

    public int this[string key] => TryGetValue(key, out var n) ? n : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, out int value)
    {
        int i = Array.IndexOf(keys, key);
        value = i >= 0 ? counts[i] : 0;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (int i = 0; i < keys.Length; i++)
            yield return new KeyValuePair<string, int>(keys[i], counts[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
