using System.Text.RegularExpressions;
using Markdig;
using MtQuality.Reports.Site;

namespace MtQuality.Reports;

/// <summary>
/// Renders report Markdown (rule pages, ranking pages) to a page of the static site with Markdig, raw HTML
/// disabled: whatever the Markdown quotes from an article reaches the page as text. Links to other reports
/// are rewritten from .md to .html.
/// </summary>
public static partial class HtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    /// <param name="root">Relative path from the page to the site root, for the stylesheet and navigation.</param>
    public static string Page(string title, string markdown, string root = "../")
    {
        var body = Markdown.ToHtml(markdown, Pipeline);
        body = MdLink().Replace(body, "href=\"$1.html$2\"");
        return Html.Page(title, root, body, "doc");
    }

    [GeneratedRegex("href=\"([^\"#:]+)\\.md(#[^\"]*)?\"", RegexOptions.NonBacktracking)]
    private static partial Regex MdLink();
}
