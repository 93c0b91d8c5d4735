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

    private const int MaxTableRows = 2000;

    /// <param name="root">Relative path from the page to the site root, for the stylesheet and navigation.</param>
    public static string Page(string title, string markdown, string root = "../")
    {
        string body;
        try
        {
            // Markdig's pipe tables get very slow on thousands of rows (a fuzzed article with 3,700 findings took
            // 50 s, then hit Markdig's depth limit); such a page is written as preformatted text instead.
            if (TableRows(markdown) > MaxTableRows)
                throw new ArgumentException("table too large to render");
            body = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested too deeply: the page is still written, as inert preformatted text.
            body = $"<pre>{System.Net.WebUtility.HtmlEncode(markdown)}</pre>";
        }

        body = MdLink().Replace(body, "href=\"$1.html$2\"");
        return Html.Page(title, root, body, "doc");
    }

    private static int TableRows(string markdown)
    {
        int rows = 0;
        for (int i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '|' && (i == 0 || markdown[i - 1] == '\n'))
                rows++;
        }

        return rows;
    }

    [GeneratedRegex("href=\"([^\"#:]+)\\.md(#[^\"]*)?\"", RegexOptions.NonBacktracking)]
    private static partial Regex MdLink();
}
