using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Core.Analysis;

/// <summary>What one family contributed to the machine-translation score.</summary>
public sealed record ScoreDriver(string Family, int Findings, double PerThousandWords, double Contribution);

/// <summary>Everything known about one article after analysis: line labels, findings and scores.</summary>
public sealed record ArticleVerdict(
    Article Article,
    IReadOnlyList<LineKind> LineKinds,
    IReadOnlyList<Finding> Findings,
    int ContentWords,
    double MtScore,
    double BoilerplateScore,
    IReadOnlyList<ScoreDriver> Drivers)
{
    /// <summary>The given title, else the first content line (so a date widget above the headline is not taken for it).</summary>
    public string DisplayTitle
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Article.Title))
                return Article.Title!;
            for (int i = 0; i < LineKinds.Count; i++)
            {
                if (LineKinds[i] != LineKind.Content)
                    continue;
                var s = Article.SliceSpan(Article.Lines.Lines[i].Span).Trim();
                if (s.Length > 0)
                    return s.Length > 160 ? string.Concat(s[..157], "...") : s.ToString();
            }

            return Article.DisplayTitle;
        }
    }

    /// <summary>A short verdict people read first.</summary>
    public string Label => MtScore switch
    {
        >= 60 => "likely machine-translated",
        >= 30 => "possibly machine-translated",
        >= 10 => "minor artifacts",
        _ => "clean",
    };
}
