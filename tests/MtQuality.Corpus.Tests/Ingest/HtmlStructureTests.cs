using MtQuality.Core.Analysis;
using MtQuality.Core.Text;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Corpus.Tests.Ingest;

[TestClass]
public sealed class HtmlStructureTests
{
    private const string Prose =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    [TestMethod]
    public void RecordsContainerChainLinkDensityAndArticle()
    {
        var r = HtmlText.Extract($"""
            <html><body><nav><ul><li><a href="/">Home</a></li></ul></nav>
            <article><h1>Big story</h1><p>{Prose} <a href="/x">more</a></p></article>
            <aside class="related-posts"><div class="share-bar"><p>Shared widely</p></div></aside></body></html>
            """);
        var lines = r.Text.Split('\n');
        Assert.HasCount(4, lines);
        Assert.HasCount(4, r.Blocks);
        Assert.AreEqual("nav", r.Blocks[0].Nearest);
        Assert.AreEqual(1.0, r.Blocks[0].LinkDensity, 1e-9);
        Assert.AreEqual("h1", r.Blocks[1].Tag);
        Assert.IsTrue(r.Blocks[1].InArticle);
        Assert.IsTrue(r.Blocks[2].LinkDensity is > 0 and < 0.1);
        CollectionAssert.AreEqual(new[] { "share", "aside", "related" }, r.Blocks[3].Containers.ToArray());
    }

    [TestMethod]
    public void AnArticleBodyShippedAsATemplateIsRead()
    {
        var r = HtmlText.Extract($"""
            <html><body><div itemprop="articleBody"><script type="text/template"><p>{Prose}</p><p>Second &amp; last paragraph.</p></script></div>
            <div class="sidebar"><script type="text/template"><p>Sidebar teaser text</p></script><script>var x = "<p>code</p>";</script></div></body></html>
            """);
        var lines = r.Text.Split('\n');
        CollectionAssert.AreEqual(new[] { Prose, "Second & last paragraph." }, lines);
        Assert.IsTrue(r.Blocks[0].InArticle);
    }

    [TestMethod]
    public void AFurnitureClassRoundMostOfTheArticleIsAWrapperButACommentThreadIsNot()
    {
        var footer = string.Concat(Enumerable.Repeat($"<footer><p>{Prose}</p></footer>", 8));
        var r = HtmlText.Extract($"""
            <html><body><article><div class="byline-body"><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div><div class="author-box"><p>She writes about transport.</p></div>
            <div class="comments"><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div></article>{footer}</body></html>
            """);
        Assert.IsEmpty(r.Blocks[0].Containers, "most of the article's text: a wrapper");
        Assert.AreEqual("author", r.Blocks[4].Nearest, "a small box stays furniture");
        Assert.AreEqual("comment", r.Blocks[5].Nearest, "comments stay furniture however long");
    }

    [TestMethod]
    public void AWrapperHoldingMostOfThePageTextIsNotFurniture()
    {
        var r = HtmlText.Extract($"""
            <html><body><div class="content-sidebar-wrap"><div><p>{Prose}</p><p>{Prose}</p></div>
            <div class="sidebar"><p>Popular this week</p></div></div></body></html>
            """);
        Assert.IsEmpty(r.Blocks[0].Containers);
        Assert.AreEqual("sidebar", r.Blocks[2].Nearest);
    }

    [TestMethod]
    public void AFiveMegabytePageWithATwoMegabyteLineIsHandled()
    {
        var sb = new System.Text.StringBuilder("<html><body><p>");
        while (sb.Length < 2_000_000)
            sb.Append("word and more words of the line ");
        sb.Append("</p>");
        while (sb.Length < 5_000_000)
            sb.Append("<div class=\"menu\"><a href=\"/x\">Link</a></div><p>").Append(Prose).Append("</p>");
        sb.Append("</body></html>");
        var r = HtmlText.Extract(sb.ToString());
        var article = new Article("big", r.Text) { Structure = r.Blocks };
        var verdict = new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(article);
        Assert.AreEqual(article.Lines.Lines.Count, verdict.LineKinds.Count);
        Assert.IsGreaterThan(1_900_000, r.Text.IndexOf('\n'));
    }
}
