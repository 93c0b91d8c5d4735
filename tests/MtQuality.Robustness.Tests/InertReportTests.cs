using CsCheck;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MtQuality.Core.Analysis;
using MtQuality.Core.Text;
using MtQuality.Reports;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Article text is untrusted: scripts, javascript: links, tables, pipes, backticks and HTML comments must reach
/// the Markdown and HTML reports as text. The Markdown is parsed back with HTML *enabled* (as any viewer would),
/// so a raw HTML node, a link the tool did not make, or a table row with extra cells is a failure.
/// </summary>
[TestClass]
public sealed class InertReportTests
{
    private const string Payload = """
        <script>alert('x')</script> Officials said <img src=x onerror=alert(1)> the plan was [approved](javascript:alert(1)).
        | a | b | c |
        |---|---|---|
        <!-- hidden comment --> `code` ``double`` ```fence``` <javascript:alert(1)> https://evil.example/?q=<b>
        # Not a heading *not emphasis* _nor this_ ~~nor this~~ ![img](http://evil.example/x.png) &lt;script&gt; \| \` $x$
        <a href="javascript:alert(1)">click</a> <iframe src="https://evil.example"></iframe> <style>body{}</style>
        """;

    private static readonly MarkdownPipeline Viewer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static void AssertInertMarkdown(string md)
    {
        var doc = Markdown.Parse(md, Viewer);
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case HtmlBlock b:
                    Assert.Fail($"raw HTML block in the report: {md.Substring(b.Span.Start, Math.Min(80, b.Span.Length))}");
                    break;
                case HtmlInline h:
                    Assert.Fail($"raw HTML in the report: {h.Tag}");
                    break;
                case AutolinkInline a:
                    Assert.Fail($"autolink from article text: {a.Url}");
                    break;
                case LinkInline l when l.IsImage:
                    Assert.Fail($"image from article text: {l.Url}");
                    break;
                // A viewer may autolink a bare http(s) URL in text; any other scheme, or a relative link the tool
                // did not make (reports link only to .md files), means article text became markup.
                case LinkInline l when l.Url is { } url && !url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal)
                                       && (url.Contains(':', StringComparison.Ordinal) || !(url.EndsWith(".md", StringComparison.Ordinal) || url.Contains(".md#", StringComparison.Ordinal))):
                    Assert.Fail($"a link the tool did not make: {url}");
                    break;
                case Table t:
                    var widths = t.OfType<TableRow>().Select(r => r.Count).Distinct().ToList();
                    Assert.HasCount(1, widths, "a table row with extra or missing cells (pipe in article text?)");
                    break;
            }
        }
    }

    private static void AssertInertHtml(string html)
    {
        // The site's own script (allowed by the page's CSP, script-src 'self') is the one script a page may load.
        html = System.Text.RegularExpressions.Regex.Replace(html, "<script defer src=\"(\\.\\./)*assets/site\\.js\"></script>", string.Empty, System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        foreach (var bad in new[] { "<script", "<img", "<iframe", "<style>body{}", "<!--", "href=\"javascript", "src=\"", "<a href=\"http" })
            Assert.DoesNotContain(bad, html, $"'{bad}' in the HTML report");
    }

    private static ArticleVerdict Verdict(string text, string? title = null) =>
        new ArticleAnalyzer().Analyze(new Article("id|`<script>`", text, "path/<b>|x`.txt", "site|<i>", title, "javascript:alert(1)"));

    [TestMethod]
    public void PayloadRendersAsTextInMarkdownAndHtml()
    {
        var v = Verdict(Payload + "\n" + Payload, "Title <script>alert(1)</script> | `x`");
        var md = ArticleReport.Render(v);
        AssertInertMarkdown(md);
        var html = HtmlRenderer.Page(v.DisplayTitle, md);
        AssertInertHtml(html);
        StringAssert.Contains(html, "&lt;script&gt;alert(");
        StringAssert.Contains(html, "javascript:alert(1)");
        StringAssert.Contains(html, "<title>Title &lt;script&gt;");
        StringAssert.Contains(html, "Content-Security-Policy");
    }

    [TestMethod]
    public void CorpusPageListsHostileNamesAndErrorsAsText()
    {
        var v = Verdict(Payload, "| a | b | <script>alert(1)</script>");
        var summary = ArticleSummary.From(v, "x.md");
        var md = CorpusReport.Render([summary], ["corpus/<script>alert(1)</script>|`x`.txt: invalid UTF-8 at byte 0", "a\nb.txt: [x](javascript:alert(1))"]);
        AssertInertMarkdown(md);
        AssertInertHtml(HtmlRenderer.Page("MtQuality corpus report", md));
    }

    /// <summary>Found by the fuzzer: Markdig throws on a table this large; the page must still be written, inert.</summary>
    [TestMethod]
    public void HugeTablesStillRenderAPage()
    {
        var md = "| a | b |\n| --- | --- |\n" + string.Concat(Enumerable.Repeat("| <script>x</script> | `y` |\n", 200_000));
        var html = HtmlRenderer.Page("t", md);
        AssertInertHtml(html);
    }

    /// <summary>Found by the property test (seed 0VOkqunx9MV2): a highlighted span's footnote reference "[^3]" followed
    /// by article text starting with "(" became a link to that text.</summary>
    [TestMethod]
    public void TextAfterAFootnoteReferenceIsNotALinkTarget()
    {
        foreach (var rest in new[] { "(Reuters) said", "(javascript:alert(1))", "(wethearrived.)" })
        {
            AssertInertMarkdown($"Officials said[^3]{MarkdownText.Escape(rest)}\n\n[^3]: a note\n");
            StringAssert.StartsWith(MarkdownText.Escape(rest), "\\(");
        }

        Assert.AreEqual("a (b) c", MarkdownText.Escape("a (b) c"), "a parenthesis inside text stays readable");
    }

    [TestMethod]
    public void AnyHostileTextRendersInert()
    {
        Gen.Select(Hostile.Text, Hostile.Text).Sample((text, title) =>
        {
            var v = Verdict(text, title);
            var md = ArticleReport.Render(v);
            AssertInertMarkdown(md);
            AssertInertHtml(HtmlRenderer.Page(v.DisplayTitle, md));
            AssertInertMarkdown(CorpusReport.Render([ArticleSummary.From(v, "x.md")], [title]));
        }, iter: 300);
    }
}
