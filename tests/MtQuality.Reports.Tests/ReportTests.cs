using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Reports.Tests;

[TestClass]
public sealed class ReportTests
{
    private const string Hostile = """
        Leaders Meet To Discuss Budget

        The minister said <script>alert('x')</script> and | pipes | `ticks` **stars** [link](javascript:alert(1)) <!-- c --> were in the text, And nobody objected to it at the meeting on Monday.

        Leave a comment
        """;

    private static ArticleVerdict Verdict(string text, string id = "a/b") => new ArticleAnalyzer().Analyze(new Article(id, text, site: "example.org"));

    private static MarkdownDocument Parse(string md) => Markdown.Parse(md, new MarkdownPipelineBuilder().UsePipeTables().Build());

    [TestMethod]
    public void ArticleReportParsesBackWithHeadingsTablesAndEscapedText()
    {
        var v = Verdict(Hostile);
        var md = ArticleReport.Render(v);
        var doc = Parse(md);
        var headings = doc.Descendants<HeadingBlock>().Select(h => h.Inline!.FirstChild?.ToString()).ToList();
        CollectionAssert.Contains(headings, "What drove the score");
        Assert.IsGreaterThanOrEqualTo(2, doc.Descendants<Table>().Count());
        Assert.IsFalse(doc.Descendants<HtmlInline>().Any(h => h.Tag.Contains("script", StringComparison.OrdinalIgnoreCase)), "article text became HTML");
        Assert.IsFalse(doc.Descendants<LinkInline>().Any(l => l.Url?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true), "article text became a link");
        Assert.IsTrue(doc.Descendants<LinkInline>().Any(l => l.Url == "../index.md"));
    }

    [TestMethod]
    public void AVeryLongLineContinuesInParagraphsWithEveryHighlight()
    {
        // One 60,000-character line with a highlight in every sentence (the same phrase twice in a row).
        var line = string.Concat(Enumerable.Range(0, 600).Select(i => $"Officials in district {i} said the the plan was ready. "));
        var v = Verdict("Title\n\n" + line + "\n\nThe end.");
        var md = ArticleReport.Render(v);
        var paragraphs = md.Split("\n\n").Where(p => p.StartsWith("`L3`", StringComparison.Ordinal)).ToList();
        Assert.IsGreaterThanOrEqualTo(line.Length / ArticleReport.ParagraphChars, paragraphs.Count, "the long line is split");
        Assert.IsTrue(paragraphs.Skip(1).All(p => p.StartsWith("`L3` … ", StringComparison.Ordinal)), "continuations are marked");
        Assert.IsTrue(paragraphs.All(p => p.Length < ArticleReport.ParagraphChars * 2), "no paragraph is much longer than the limit");
        var text = string.Join("\n", paragraphs);
        var lineNotes = v.Findings.Count(f => f.Span.Start >= line.Length / 100 && f.Span.Start < 7 + line.Length);
        Assert.IsGreaterThan(100, lineNotes, "the line has many findings");
        foreach (var n in Enumerable.Range(1, md.Split("\n[^").Length - 1))
            Assert.Contains($"[^{n}]", text + md[..md.IndexOf("`L3`", StringComparison.Ordinal)] + string.Join("", md.Split("\n\n").Where(p => p.StartsWith("`L", StringComparison.Ordinal))), $"note {n} is referenced");
        Assert.IsTrue(paragraphs.Sum(p => p.Split("Officials in district").Length - 1) == 600, "no text is lost at the splits");
    }

    [TestMethod]
    public void SplitLongKeepsEveryCharacterAndSurrogatePairs()
    {
        var s = string.Concat(Enumerable.Repeat("ab😀", 5000));
        var parts = ArticleReport.SplitLong(s, 1001).ToList();
        Assert.AreEqual(s, string.Concat(parts));
        Assert.IsTrue(parts.All(p => p.Length <= 1001 && !char.IsHighSurrogate(p[^1])));
        CollectionAssert.AreEqual(new[] { "short" }, ArticleReport.SplitLong("short", 10).ToList());
        var spaced = ArticleReport.SplitLong("aaaa bbbb cccc", 10).ToList();
        Assert.AreEqual("aaaa bbbb ", spaced[0], "splits after a space in the second half");
    }

    [TestMethod]
    public void HtmlRenderingKeepsArticleTextInert()
    {
        var v = Verdict(Hostile);
        var html = HtmlRenderer.Page(v.Article.DisplayTitle, ArticleReport.Render(v));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.DoesNotContain("<!-- c -->", html);
        StringAssert.Contains(html, "&lt;script&gt;");
        StringAssert.Contains(html, "href=\"../index.html\"");
    }

    [TestMethod]
    public void CorpusReportLinksEveryArticle()
    {
        var a = ArticleSummary.From(Verdict(Hostile, "one"), "one.md");
        var b = ArticleSummary.From(Verdict("Clean text of a second article that is long enough to count as prose, said the editor.", "two"), "two.md");
        var md = CorpusReport.Render([a, b], ["x.txt: empty file"]);
        var links = Parse(md).Descendants<LinkInline>().Select(l => l.Url).ToList();
        CollectionAssert.Contains(links, "articles/one.md");
        CollectionAssert.Contains(links, "articles/two.md");
        StringAssert.Contains(md, "Inputs not read (1)");
    }

    [TestMethod]
    public void JsonRecordFollowsTheContract()
    {
        var v = Verdict(Hostile);
        using var doc = System.Text.Json.JsonDocument.Parse(JsonRecord.Serialize(v));
        var root = doc.RootElement;
        foreach (var name in new[] { "id", "path", "site", "title", "mtScore", "boilerplateScore", "lines", "findings" })
            Assert.IsTrue(root.TryGetProperty(name, out _), name);
        var text = v.Article.Text;
        foreach (var f in root.GetProperty("findings").EnumerateArray())
        {
            int start = f.GetProperty("start").GetInt32();
            int end = f.GetProperty("end").GetInt32();
            Assert.AreEqual(text[start..end], f.GetProperty("text").GetString());
            var (line, col) = v.Article.Lines.Position(start);
            Assert.AreEqual(line, f.GetProperty("line").GetInt32());
            Assert.AreEqual(col, f.GetProperty("column").GetInt32());
            foreach (var name in new[] { "rule", "name", "category", "severity", "message" })
                Assert.IsTrue(f.TryGetProperty(name, out _), name);
        }

        Assert.AreEqual("boilerplate", root.GetProperty("lines")[4].GetProperty("kind").GetString());
    }

    [TestMethod]
    [DataRow("../../etc/passwd")]
    [DataRow("/etc/passwd")]
    [DataRow("CON")]
    [DataRow("..")]
    [DataRow("ｆｕｌｌｗｉｄｔｈ／ｓｌａｓｈ")]
    [DataRow("a very long title that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on")]
    public void SafeFileNamesStayInsideTheFolder(string raw)
    {
        var name = SafeFileName.From(raw);
        Assert.IsLessThanOrEqualTo(SafeFileName.MaxLength, name.Length);
        Assert.IsFalse(name.Contains('/') || name.Contains('\\') || name is "." or "..");
        var folder = Path.Combine(Path.GetTempPath(), "mtq-out");
        StringAssert.StartsWith(SafeFileName.Inside(folder, name), Path.GetFullPath(folder));
    }

    [TestMethod]
    public void DifferentIdsGiveDifferentSafeNames() =>
        Assert.AreNotEqual(SafeFileName.From("a/b"), SafeFileName.From("a_b"));
}
