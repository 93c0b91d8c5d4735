namespace MtQuality.Core.Text;

/// <summary>
/// One article as read from the corpus. <see cref="Text"/> is the original text every span points into;
/// for JSONL input it is the record's <c>text</c> field, for HTML the extracted visible text.
/// </summary>
public sealed class Article
{
    private LineMap? lineMap;

    public Article(string id, string text, string? path = null, string? site = null, string? title = null, string? url = null)
    {
        Id = id;
        Text = text;
        Path = path ?? id;
        Site = string.IsNullOrWhiteSpace(site) ? "(none)" : site;
        Title = title;
        Url = url;
    }

    public string Id { get; }

    public string Path { get; }

    public string Site { get; }

    public string? Title { get; }

    public string? Url { get; }

    public string Text { get; }

    /// <summary>Line kinds supplied by the ingester (e.g. HTML blocks known to be navigation), or null.</summary>
    public IReadOnlyDictionary<int, string>? StructuralHints { get; init; }

    /// <summary>Per-line DOM evidence for text extracted from HTML (one entry a line), or null for plain text.</summary>
    public IReadOnlyList<Boilerplate.BlockStructure>? Structure { get; init; }

    public LineMap Lines => lineMap ??= new LineMap(Text);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> SliceSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The display title: the given one, else the first non-blank content-looking line.</summary>
    public string DisplayTitle
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Title))
                return Title!;
            foreach (var line in Lines.Lines)
            {
                var s = Text.AsSpan(line.Start, line.Span.Length).Trim();
                if (s.Length >= 20)
                    return s.Length > 160 ? string.Concat(s[..157], "...") : s.ToString();
            }

            return Id;
        }
    }
}
