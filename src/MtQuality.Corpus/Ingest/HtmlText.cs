using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// The visible text of an HTML page in reading order, one block a line: scripts, styles, templates and hidden
/// elements are dropped; block elements start new lines; inline text is joined with folded white space. Each
/// line remembers its DOM evidence (<see cref="BlockStructure"/>): the block tag, the furniture words of its
/// containers (nav, footer, aside, and class/id tokens such as "comment", "related", "share"), whether it sits in
/// the article element, and its link density, for the boilerplate classifier.
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

    /// <summary>
    /// Class/id token prefixes that name page furniture, and the container word they map to. Tokens are the
    /// lower-cased letter runs of class, id and role; a token matches a prefix when it starts with it.
    /// The vocabulary follows the class/id patterns of Readability.js (unlikelyCandidates) and jusText's
    /// heading/link evidence, reduced to words that name furniture, not content.
    /// </summary>
    private static readonly (string Prefix, string Word)[] FurniturePrefixes =
    [
        ("nav", "nav"), ("menu", "menu"), ("footer", "footer"), ("header", "header"), ("masthead", "header"), ("sidebar", "sidebar"),
        ("aside", "aside"), ("widget", "widget"), ("comment", "comment"), ("disqus", "comment"), ("respond", "comment"), ("reply", "comment"),
        ("related", "related"), ("recommend", "related"), ("trending", "related"), ("popular", "related"), ("outbrain", "related"), ("taboola", "related"),
        ("share", "share"), ("sharing", "share"), ("social", "share"), ("breadcrumb", "breadcrumb"), ("cookie", "cookie"), ("consent", "cookie"),
        ("gdpr", "cookie"), ("newsletter", "newsletter"), ("subscri", "newsletter"), ("signup", "newsletter"), ("advert", "advert"), ("sponsor", "advert"),
        ("promo", "promo"), ("banner", "banner"), ("tagcloud", "tags"), ("author", "author"), ("byline", "author"), ("caption", "caption"),
        ("credit", "caption"), ("popup", "popup"), ("modal", "popup"), ("copyright", "footer"), ("skip", "nav"), ("pagination", "nav"), ("pager", "nav"),
    ];

    /// <summary>Whole class/id tokens that name furniture but are too short to use as prefixes.</summary>
    private static readonly Dictionary<string, string> FurnitureTokens = new(StringComparer.Ordinal)
    {
        ["ad"] = "advert", ["ads"] = "advert", ["tags"] = "tags", ["bio"] = "author", ["meta"] = "meta", ["login"] = "nav",
        ["rss"] = "share", ["more"] = "related", ["toolbar"] = "nav", ["complementary"] = "aside", ["contentinfo"] = "footer",
    };

    public sealed record Result(string Text, string? Title, string? Url, IReadOnlyDictionary<int, string> Hints)
    {
        /// <summary>DOM evidence, one entry per line of <see cref="Text"/>.</summary>
        public IReadOnlyList<BlockStructure> Blocks { get; init; } = [];
    }

    /// <summary>
    /// A furniture container that holds this share of the page's non-link text or more is a layout wrapper
    /// ("content-sidebar-wrap", a share bar wrapped round the story), not furniture: its words are dropped.
    /// </summary>
    public const double WrapperShare = 0.4;

    /// <summary>A furniture container inside the article element holding this share of the article's text or more is a wrapper.</summary>
    public const double ArticleWrapperShare = 0.5;

    /// <summary>Article elements with less text than this are too small to judge wrappers by share.</summary>
    public const int MinArticleChars = 500;

    /// <summary>Inherited state of a node: furniture containers (nearest first), article membership, link.</summary>
    private sealed record Context(string Tag, (string Word, int Id)[] Containers, bool InArticle, bool InLink)
    {
        public static readonly Context Root = new("body", [], false, false);
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Extract(string html)
    {
        if (NestingEstimate(html) > MaxNesting)
            throw new InputException($"HTML nests more than {MaxNesting} elements deep; skipped");
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false }, AngleSharp.BrowsingContext.New());
        using var doc = parser.ParseDocument(html);
        // Metadata lives in <head>: searching only there keeps a huge body from being walked three more times.
        IParentNode meta = doc.Head is { } head ? head : doc;
        var title = meta.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? doc.Title;
        var url = meta.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? meta.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var lines = new List<string>();
        var raw = new List<(Context Ctx, double LinkDensity, int TextChars)>();
        var containerStart = new List<int>();
        var containerEnd = new List<int>();
        var current = new System.Text.StringBuilder();
        Context? lineContext = null;
        int linkChars = 0;
        var stack = new Stack<(INode Node, Context Ctx, bool Exit, int ContainerId)>();
        if (doc.Body is { } body)
            stack.Push((body, Context.Root, false, -1));
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Flush()
        {
            var line = current.ToString().Trim();
            if (line.Length > 0)
            {
                int visible = 0;
                foreach (char c in line)
                {
                    if (c != ' ')
                        visible++;
                }

                double density = visible == 0 ? 0 : Math.Min(1, (double)linkChars / visible);
                raw.Add((lineContext ?? Context.Root, density, (int)(visible * (1 - density))));
                lines.Add(line);
            }

            current.Clear();
            lineContext = null;
            linkChars = 0;
        }

        while (stack.Count > 0)
        {
            var (node, ctx, exit, containerId) = stack.Pop();
            if (exit)
            {
                if (Blocks.Contains(((IElement)node).LocalName))
                    Flush();
                if (containerId >= 0)
                    containerEnd[containerId] = lines.Count + (current.Length > 0 ? 1 : 0);
                continue;
            }

            if (node is IText text)
            {
                int added = AppendFolded(current, text.Data);
                if (added > 0)
                {
                    lineContext ??= ctx;
                    if (ctx.InLink)
                        linkChars += added;
                }

                continue;
            }

            if (node is IElement tpl && ctx.InArticle && IsArticleTemplate(tpl))
            {
                // Blogging platforms ship the post body as an HTML template the browser renders: read it in place.
                var fragment = parser.ParseFragment(tpl.TextContent, tpl.ParentElement ?? doc.Body!);
                for (int i = fragment.Length - 1; i >= 0; i--)
                    stack.Push((fragment[i], ctx, false, -1));
                continue;
            }

            if (node is not IElement el || Dropped.Contains(el.LocalName) || IsHidden(el))
                continue;
            bool block = Blocks.Contains(el.LocalName);
            if (block)
                Flush();
            var child = Enter(ctx, el, block, containerStart.Count);
            int id = -1;
            if (child.Containers.Length > 0 && child.Containers[0].Id == containerStart.Count)
            {
                id = containerStart.Count;
                containerStart.Add(lines.Count);
                containerEnd.Add(lines.Count);
            }

            if (block || id >= 0)
                stack.Push((el, child, true, id));
            for (int i = el.ChildNodes.Length - 1; i >= 0; i--)
                stack.Push((el.ChildNodes[i], child, false, -1));
        }

        Flush();
        return Build(lines, raw, containerStart, containerEnd, title, url);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Build(List<string> lines, List<(Context Ctx, double LinkDensity, int TextChars)> raw, List<int> starts, List<int> ends, string? title, string? url)
    {
        var prefix = new long[raw.Count + 1];
        for (int i = 0; i < raw.Count; i++)
            prefix[i + 1] = prefix[i] + raw[i].TextChars;
        long total = Math.Max(1, prefix[^1]);
        // The article's own text: lines in the article element outside comment threads.
        var articlePrefix = new long[raw.Count + 1];
        var commentIds = new HashSet<int>();
        for (int i = 0; i < raw.Count; i++)
        {
            bool inComment = false;
            foreach (var (word, id) in raw[i].Ctx.Containers)
            {
                if (word == "comment")
                {
                    commentIds.Add(id);
                    inComment = true;
                }
            }

            articlePrefix[i + 1] = articlePrefix[i] + (raw[i].Ctx.InArticle && !inComment ? raw[i].TextChars : 0);
        }

        long articleTotal = articlePrefix[^1];

        var wrapper = new bool[starts.Count];
        for (int c = 0; c < starts.Count; c++)
        {
            int s = Math.Min(starts[c], raw.Count);
            int e = Math.Min(Math.Max(ends[c], s), raw.Count);
            // Inside the article element the same holds relative to the article's own text ("entry-content widget"
            // round the story), except for comment threads, which can outgrow the story they follow.
            wrapper[c] = prefix[e] - prefix[s] >= WrapperShare * total
                         || (articleTotal >= MinArticleChars && !commentIds.Contains(c)
                             && articlePrefix[e] - articlePrefix[s] >= ArticleWrapperShare * articleTotal);
        }

        var hints = new Dictionary<int, string>();
        var blocks = new List<BlockStructure>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var (ctx, density, _) = raw[i];
            var words = new List<string>(ctx.Containers.Length);
            foreach (var (word, id) in ctx.Containers)
            {
                if (!wrapper[id] && !words.Contains(word))
                    words.Add(word);
            }

            if (words.Count > 0)
                hints[i] = words[0];
            blocks.Add(new BlockStructure(ctx.Tag, words, ctx.InArticle, density));
        }

        return new Result(string.Join('\n', lines), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), url, hints) { Blocks = blocks };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Context Enter(Context ctx, IElement el, bool block, int nextId)
    {
        var name = el.LocalName;
        bool inLink = ctx.InLink || name == "a";
        bool inArticle = ctx.InArticle || name is "article" or "main"
                         || string.Equals(el.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);
        string? word = name switch
        {
            "nav" => "nav",
            "footer" => "footer",
            "aside" => "aside",
            "form" => "form",
            "header" => "header",
            "figcaption" => "caption",
            _ => null,
        };
        var words = new List<string>(2);
        if (word is not null)
            words.Add(word);
        if (name != "body")
            AddAttributeWords(el, words, ref inArticle);
        var tag = block ? name : ctx.Tag;
        // Furniture words of the page's wrappers ("content-sidebar-wrap") say nothing about the article inside them.
        bool enteringArticle = inArticle && !ctx.InArticle;
        if (enteringArticle && words.Count == 0)
            return new Context(tag, [], true, inLink);
        if (words.Count == 0)
            return tag == ctx.Tag && inLink == ctx.InLink && inArticle == ctx.InArticle ? ctx : ctx with { Tag = tag, InLink = inLink, InArticle = inArticle };
        var containers = new List<(string, int)>(words.Count + ctx.Containers.Length);
        foreach (var w in words)
            containers.Add((w, nextId));
        if (!enteringArticle)
            containers.AddRange(ctx.Containers);
        return new Context(tag, [.. containers], inArticle, inLink);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAttributeWords(IElement el, List<string> words, ref bool inArticle)
    {
        var cls = el.GetAttribute("class");
        var id = el.Id;
        var role = el.GetAttribute("role");
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id) && string.IsNullOrEmpty(role))
            return;
        foreach (var source in (ReadOnlySpan<string?>)[cls, id, role])
        {
            if (string.IsNullOrEmpty(source) || source.Length > 400)
                continue;
            int i = 0;
            while (i < source.Length)
            {
                while (i < source.Length && !char.IsLetter(source[i]))
                    i++;
                int s = i;
                while (i < source.Length && char.IsLetter(source[i]))
                    i++;
                if (i == s)
                    break;
                var token = source[s..i].ToLowerInvariant();
                if (token is "articlebody" or "entry" or "story" or "postbody" && el.LocalName is "article" or "main" or "section" or "div")
                    inArticle = true;
                if (Furniture(token) is { } w && !words.Contains(w))
                    words.Add(w);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Furniture(string token)
    {
        if (FurnitureTokens.TryGetValue(token, out var w))
            return w;
        foreach (var (prefix, word) in FurniturePrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
                return word;
        }

        return null;
    }

    /// <summary>Largest article template read as markup; bigger ones stay dropped like any script.</summary>
    public const int MaxTemplateChars = 1_000_000;

    /// <summary>
    /// A script of type text/template inside the article element: blog platforms (Blogger's post body is one) put
    /// the story's markup there for the browser to render. Templates outside the article stay dropped.
    /// </summary>
    private static bool IsArticleTemplate(IElement el) =>
        el.LocalName == "script"
        && string.Equals(el.GetAttribute("type")?.Trim(), "text/template", StringComparison.OrdinalIgnoreCase)
        && el.TextContent is { Length: > 0 and <= MaxTemplateChars } t
        && t.Contains('<') && NestingEstimate(t) <= MaxNesting;

    /// <summary>Appends <paramref name="data"/> with white space folded; returns how many visible characters it added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AppendFolded(System.Text.StringBuilder sb, string data)
    {
        int added = 0;
        bool pendingSpace = false;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && !pendingSpace && sb[^1] != ' ')
                {
                    sb.Append(' ');
                    pendingSpace = true;
                }
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
                pendingSpace = false;
                added++;
            }
        }

        return added;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden") || string.Equals(el.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = el.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                                     || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
