using Markdig;

namespace MtQuality.Reports;

/// <summary>
/// Renders report Markdown to a standalone HTML page with Markdig, raw HTML disabled: whatever an article
/// contains, it reaches the page as text. Links to other reports are rewritten from .md to .html.
/// </summary>
public static class HtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
        th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2rem}del{color:#888}strong{background:#fff3b0}
        """;

    private const int MaxTableRows = 2000;

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

    public static string Page(string title, string markdown)
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
            // Markdig refuses input nested too deeply (e.g. a findings table with thousands of rows from a hostile
            // article). The page still gets written, as inert preformatted text, instead of stopping the audit.
            body = $"<pre>{System.Net.WebUtility.HtmlEncode(markdown)}</pre>";
        }


        body = System.Text.RegularExpressions.Regex.Replace(body, "href=\"([^\"#:]+)\\.md(#[^\"]*)?\"", "href=\"$1.html$2\"", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
            <title>{System.Net.WebUtility.HtmlEncode(title)}</title><style>{Style}</style></head>
            <body>
            {body}
            </body></html>
            """;
    }
}
