using MtQuality.Core.Analysis;

namespace MtQuality.Reports;

/// <summary>The compiler-style format for pipes and editors: <c>path:line:col: ID message</c>.</summary>
public static class LineFormat
{
    public static IEnumerable<string> Lines(ArticleVerdict v)
    {
        foreach (var f in v.Findings)
        {
            var (line, col) = v.Article.Lines.Position(f.Span.Start);
            yield return $"{v.Article.Path}:{line}:{col}: {f.RuleId} {f.Message} [{Clip(v.Article.Slice(f.Span))}]";
        }
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length > 80 ? s[..77] + "..." : s;
    }
}
