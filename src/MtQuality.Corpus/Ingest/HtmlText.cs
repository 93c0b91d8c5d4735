using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// The visible text of an HTML page in reading order, one block a line: scripts, styles, templates and hidden
/// elements are dropped; block elements start new lines; inline text is joined with folded white space. Each
/// line remembers the structural containers it came from (nav, footer, aside, and class/id words such as
/// "comment", "related", "share") as a hint for the boilerplate classifier.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed", "canvas", "select", "option", "button", "input", "textarea", "map", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "section", "article", "header", "footer", "nav", "aside",
        "blockquote", "pre", "figcaption", "figure", "dt", "dd", "dl", "table", "form", "ul", "ol", "main", "br", "hr", "address",
        "caption", "details", "summary", "fieldset", "legend", "body", "center", "tbody", "thead", "tfoot",
    };

    private static readonly string[] HintWords =
    [
        "nav", "menu", "footer", "header", "sidebar", "aside", "comment", "related", "share", "social", "widget", "breadcrumb",
        "cookie", "newsletter", "subscribe", "advert", "promo", "banner", "tags", "author", "byline", "caption", "popup", "modal",
    ];

    public sealed record Result(string Text, string? Title, string? Url, IReadOnlyDictionary<int, string> Hints);

    /// <summary>Deeper than this, a page is refused: the parser's scope checks make deep nesting quadratic (40,000 nested divs took a minute).</summary>
    public const int MaxNesting = 5_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "option", "td", "tr", "dd", "dt",
    };

    /// <summary>An upper bound of the nesting depth from the tags alone (void and self-closing elements excluded).</summary>
    public static int NestingEstimate(string html)
    {
        int depth = 0;
        int max = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            bool closing = html[i + 1] == '/';
            int n = i + (closing ? 2 : 1);
            int e = n;
            while (e < html.Length && e - n < 16 && char.IsAsciiLetterOrDigit(html[e]))
                e++;
            if (e == n || !char.IsAsciiLetter(html[n]))
                continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            int gt = html.IndexOf('>', e, Math.Min(2_000, html.Length - e));
            if (Void.Contains(html.AsSpan(n, e - n).ToString()) || (gt > 0 && html[gt - 1] == '/'))
                continue;
            max = Math.Max(max, ++depth);
        }

        return max;
    }

    public static Result Extract(string html)
    {
        if (NestingEstimate(html) > MaxNesting)
            throw new InputException($"HTML nests more than {MaxNesting} elements deep; skipped");
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false }, AngleSharp.BrowsingContext.New());
        using var doc = parser.ParseDocument(html);
        var title = doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? doc.Title;
        var url = doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? doc.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var lines = new List<string>();
        var hints = new Dictionary<int, string>();
        var current = new System.Text.StringBuilder();
        string? currentHint = null;
        var stack = new Stack<(INode Node, string? Hint, bool Exit)>();
        if (doc.Body is { } body)
            stack.Push((body, null, false));
        void Flush()
        {
            var line = current.ToString().Trim();
            if (line.Length > 0)
            {
                if (currentHint is not null)
                    hints[lines.Count] = currentHint;
                lines.Add(line);
            }

            current.Clear();
        }

        while (stack.Count > 0)
        {
            var (node, hint, exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }

            if (node is IText text)
            {
                AppendFolded(current, text.Data);
                currentHint ??= hint;
                if (current.Length > 0 && hint is not null)
                    currentHint = hint;
                continue;
            }

            if (node is not IElement el || Dropped.Contains(el.LocalName) || IsHidden(el))
                continue;
            bool block = Blocks.Contains(el.LocalName);
            var h = Hint(el) ?? hint;
            if (block)
            {
                Flush();
                currentHint = h;
                stack.Push((el, h, true));
            }

            for (int i = el.ChildNodes.Length - 1; i >= 0; i--)
                stack.Push((el.ChildNodes[i], h, false));
        }

        Flush();
        return new Result(string.Join('\n', lines), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), url, hints);
    }

    private static void AppendFolded(System.Text.StringBuilder sb, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }
    }

    private static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden") || string.Equals(el.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = el.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                                     || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Hint(IElement el)
    {
        switch (el.LocalName)
        {
            case "nav": return "nav";
            case "footer": return "footer";
            case "aside": return "aside";
            case "form": return "form";
            case "header": return "header";
        }

        var attrs = ((el.GetAttribute("class") ?? string.Empty) + " " + (el.Id ?? string.Empty) + " " + (el.GetAttribute("role") ?? string.Empty)).ToLowerInvariant();
        if (attrs.Length <= 1)
            return null;
        foreach (var w in HintWords)
        {
            if (attrs.Contains(w, StringComparison.Ordinal))
                return w.TrimEnd('-');
        }

        return null;
    }
}
