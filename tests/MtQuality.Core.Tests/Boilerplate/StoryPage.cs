using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>Three paragraphs of a made-up story and the line labels of a page, shared by the page-shape tests.</summary>
internal static class StoryPage
{
    public const string Prose =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    public const string Prose2 =
        "Officials expect about forty thousand people to use the line every day once the last stations are finished, and they hope it will ease traffic in the city centre.";

    public const string Prose3 =
        "Engineers said the last tunnel section had been dug in March and that the tracks would be laid over the summer, weather permitting, before test runs begin.";

    /// <summary>Each line's label when only the boilerplate rules run.</summary>
    public static IReadOnlyList<LineKind> Kinds(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(new Article("a", text)).LineKinds;
}
