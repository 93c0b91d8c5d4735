using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Markdown to plain text with Markdig, keeping the source's line numbers: line N of the result holds the text
/// of line N of the source (emphasis, link and heading markup removed; code and raw HTML blanked), so findings
/// point at the line a writer sees in their editor.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static string ToPlainLines(string markdown)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        int lineCount = 1;
        foreach (char c in markdown)
        {
            if (c == '\n')
                lineCount++;
        }

        var lines = new System.Text.StringBuilder[lineCount];
        foreach (var block in doc.Descendants<LeafBlock>())
        {
            if (block is CodeBlock or HtmlBlock || block.Inline is null)
                continue;
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                string? text = inline switch
                {
                    LiteralInline lit => lit.Content.ToString(),
                    CodeInline code => code.Content,
                    AutolinkInline auto => auto.Url,
                    LineBreakInline => null,
                    _ => null,
                };
                if (text is null || inline.Line < 0 || inline.Line >= lineCount)
                    continue;
                (lines[inline.Line] ??= new System.Text.StringBuilder()).Append(text);
            }
        }

        return string.Join('\n', lines.Select(l => l?.ToString().TrimEnd() ?? string.Empty));
    }
}
