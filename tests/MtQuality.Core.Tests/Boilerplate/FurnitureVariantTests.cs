using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>
/// corpora/blind-pages/furniture-variants.tsv: made-up furniture lines and look-alike content lines, each placed at
/// the top, head, body or tail of a small page, must get their label (rows marked "?" are known misses, listed only).
/// </summary>
[TestClass]
public sealed class FurnitureVariantTests
{
    private const string Title = "Council Opens New Rail Line After Years of Delays";

    private const string P1 =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    private const string P2 =
        "Officials expect about forty thousand people to use the line every day once the last stations are finished, and they hope it will ease traffic in the city centre.";

    private const string P3 =
        "Engineers said the last tunnel section had been dug in March and that the tracks would be laid over the summer, weather permitting, before test runs begin.";

    private const string P4 =
        "The mayor told reporters that the city would also review its bus timetables once the line was running, so that buses and trains connect at the main stations.";

    private static (string Text, int Line) Page(string position, string line) => position switch
    {
        "top" => (string.Join("\n\n", line, Title, P1, P2, P3, P4), 0),
        "head" => (string.Join("\n\n", "Riverside Gazette", Title, line, P1, P2, P3, P4), 4),
        "body" => (string.Join("\n\n", Title, P1, P2, line, P3, P4), 6),
        "tail" => (string.Join("\n\n", Title, P1, P2, P3, P4, line), 10),
        _ => throw new ArgumentException(position),
    };

    private static string VariantsFile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MtQuality.sln")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "corpora", "blind-pages", "furniture-variants.tsv");
    }

    [TestMethod]
    public void EveryVariantGetsItsLabel()
    {
        var analyzer = new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] });
        var wrong = new List<string>();
        var known = new List<string>();
        int rows = 0;
        foreach (var raw in File.ReadLines(VariantsFile()))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
                continue;
            var c = raw.Split('\t', 3);
            var (text, line) = Page(c[1], c[2]);
            var kind = analyzer.Analyze(new Article("v", text)).LineKinds[line];
            string got = kind == LineKind.Boilerplate ? "B" : "C";
            rows++;
            if (c[0].StartsWith('?'))
            {
                if (got != c[0][1..])
                    known.Add($"[{c[1]}] {c[2]}");
            }
            else if (got != c[0])
            {
                wrong.Add($"want {c[0]} got {got} [{c[1]}] {c[2]}");
            }
        }

        Assert.IsGreaterThan(200, rows);
        Assert.IsEmpty(wrong, string.Join("\n", wrong) + "\n(known misses: " + string.Join(" | ", known) + ")");
    }
}
