using System.Globalization;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Reports;

/// <summary>
/// The Markdown report of one article, readable on a code forge: a header card with the verdict, the scores and
/// the findings that drove them; the findings table; then the text with boilerplate lines struck through and
/// labelled with their kind, and every finding highlighted in place as **⟦span⟧** followed by its family's
/// symbol and text marker (🟦 CAP, 🟪 QUO, …, so it reads without colour) and a footnote with the rule id, name,
/// message and a link to the rule's page.
/// </summary>
public static class ArticleReport
{
    /// <param name="rulesLink">Relative folder of the rule pages from the report (e.g. "../rules"), or null for no links.</param>
    public static string Render(ArticleVerdict v, string? rulesLink = "../rules", string? indexLink = "../index.md")
    {
        var sb = new StringBuilder();
        Render(sb, v, rulesLink, indexLink);
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Render(ArticleVerdict, string?, string?)"/> appended to <paramref name="into"/>: the audit renders
    /// every page into one reused builder per thread and encodes it from there, without the page as a string.
    /// </summary>
    internal static void Render(StringBuilder into, ArticleVerdict v, string? rulesLink = "../rules", string? indexLink = "../index.md")
    {
        // Everything is appended to the builder as it is made: no interpolated string, joined list or escaped copy
        // per line or cell (the page is the same text as when each was a string of its own; tests and a generated
        // audit compare them byte for byte).
        var inv = CultureInfo.InvariantCulture;
        var layout = ArticleLayout.Of(v);
        var a = v.Article;
        into.Append("# ");
        MarkdownText.EscapeInto(into, v.DisplayTitle);
        into.Append("\n\n");
        if (indexLink is not null)
            into.Append("[← corpus overview](").Append(indexLink).Append(")\n\n");

        // The header card: a block quote renders as a boxed card on forges.
        into.Append("> **").Append(VerdictSymbol(v.MtScore)).Append(" Verdict: ").Append(v.Label).Append("**\n>\n");
        into.Append(inv, $"> MT score **{v.MtScore:0.0}**/100 `");
        AppendBar(into, v.MtScore);
        into.Append(inv, $"` · boilerplate **{v.BoilerplateScore:0.0}%** of the text · {v.ContentWords} content words · {v.Findings.Count} findings\n>\n");
        if (layout.KeyFindings.Count == 0)
        {
            into.Append("> No translation or extraction findings drove the score.\n");
        }
        else
        {
            into.Append("> What drove it:\n>\n");
            foreach (var k in layout.KeyFindings)
            {
                into.Append("> - ").Append(k.Style.Symbol).Append(' ').Append(k.Style.Marker).Append(" **");
                MarkdownText.EscapeInto(into, k.Driver.Family);
                into.Append(inv, $"**: {k.Driver.Findings} × ({k.Driver.PerThousandWords:0.0} per 1,000 words) — ");
                for (int e = 0; e < k.Examples.Count; e++)
                {
                    var n = k.Examples[e];
                    if (e > 0)
                        into.Append(", ");
                    into.Append('“');
                    EscapeClipped(into, n.Quote, 40);
                    into.Append(inv, $"” (L{n.Line})[^{n.Number}]");
                }

                into.Append('\n');
            }
        }

        into.Append('\n');
        if (a.Url is not null && SafeUrl.Https(a.Url) is { } url)
        {
            into.Append("Source: ");
            AppendCode(into, a.Url);
            into.Append(" ([open](").Append(url).Append("))\n\n");
        }

        int contentLines = 0;
        int boilerplateLines = 0;
        for (int i = 0; i < v.LineKinds.Count; i++)
        {
            if (v.LineKinds[i] == LineKind.Content)
                contentLines++;
            else if (v.LineKinds[i] == LineKind.Boilerplate)
                boilerplateLines++;
        }

        into.Append("| Field | Value |\n| --- | --- |\n| Id | ");
        AppendCode(into, a.Id);
        into.Append(" |\n| File | ");
        AppendCode(into, a.Path);
        into.Append(" |\n| Site | ");
        MarkdownText.EscapeInto(into, a.Site);
        into.Append(" |\n| URL | ");
        if (a.Url is null)
            into.Append('—');
        else
            AppendCode(into, a.Url);
        into.Append(inv, $" |\n| Lines | {contentLines} content, {boilerplateLines} boilerplate |\n\n");

        into.Append("## What drove the score\n\n");
        if (v.Drivers.Count == 0)
        {
            into.Append("No translation or extraction findings.\n\n");
        }
        else
        {
            into.Append("| Family | Findings | Per 1,000 words | Contribution |\n| --- | ---: | ---: | ---: |\n");
            foreach (var d in v.Drivers)
            {
                into.Append("| ").Append(StyleOfFamily(d.Family).Symbol).Append(' ');
                MarkdownText.EscapeInto(into, d.Family);
                into.Append(inv, $" | {d.Findings} | {d.PerThousandWords:0.0} | {d.Contribution:0.000} |\n");
            }

            into.Append('\n');
        }

        into.Append(inv, $"## Findings ({v.Findings.Count})\n\n");
        if (layout.Notes.Count == 0)
        {
            into.Append("None.\n\n");
        }
        else
        {
            into.Append("| Line | Family | Rule | Span | Message |\n| ---: | --- | --- | --- | --- |\n");
            foreach (var n in layout.Notes)
            {
                into.Append(inv, $"| {n.Line}:{n.Column} | {n.Style.Symbol} {n.Style.Marker} | ");
                AppendRule(into, n, rulesLink);
                into.Append(" | ");
                AppendCode(into, n.Quote);
                into.Append(" | ");
                MarkdownText.EscapeInto(into, n.Finding.Message);
                into.Append(" |\n");
            }

            into.Append('\n');
        }

        into.Append("## Text\n\n");
        into.Append("Boilerplate lines are ~~struck through~~ and labelled with their kind; findings are **⟦marked⟧** with their family and a note.\n\n");
        into.Append(Legend).Append("\n\n");
        var chunk = chunkBuilder ??= new StringBuilder(); // one line's text so far; empty again after every line
        chunk.Clear();
        foreach (var line in layout.Lines)
        {
            if (line.Kind == LineKind.Blank)
                continue;
            bool refs = false; // the line has boilerplate notes, referenced at its end
            foreach (var n in line.Notes)
                refs |= n.Style == FamilyStyle.Boilerplate;
            if (line.Kind == LineKind.Boilerplate)
            {
                into.Append(inv, $"`L{line.Number}` ⬜ ~~");
                EscapeClipped(into, line.Span.Trim(), 300);
                into.Append("~~ *(boilerplate: ");
                MarkdownText.EscapeInto(into, line.BoilerplateKind);
                into.Append(")*");
                if (refs)
                    AppendRefs(into, line.Notes);
                into.Append("\n\n");
                continue;
            }

            // A very long line becomes several paragraphs ("`L12` …" continues it): Markdig's inline parsing of one
            // paragraph grows faster than its length (a fuzzed 116,000-character line with 2,000 highlights took
            // 5 s to render; in paragraphs of a few thousand characters, 0.04 s), and nobody reads such a line whole.
            bool continued = false;
            foreach (var p in line.Pieces)
            {
                if (p.Notes.Count == 0)
                {
                    if (p.Length <= ParagraphChars)
                    {
                        // SplitLong's only part of a short text is the text itself.
                        MarkdownText.EscapeInto(chunk, p.Span);
                        if (chunk.Length >= ParagraphChars)
                        {
                            FlushChunk(continued, false);
                            continued = true;
                        }

                        continue;
                    }

                    foreach (var part in SplitLong(p.Text, ParagraphChars))
                    {
                        MarkdownText.EscapeInto(chunk, part);
                        if (chunk.Length >= ParagraphChars)
                        {
                            FlushChunk(continued, false);
                            continued = true;
                        }
                    }

                    continue;
                }

                chunk.Append("**⟦");
                MarkdownText.EscapeInto(chunk, p.Span);
                chunk.Append("⟧**");
                for (int i = 0; i < p.Notes.Count; i++)
                {
                    // Each family once, in order of first appearance (as Distinct gives them).
                    var style = p.Notes[i].Style;
                    bool earlier = false;
                    for (int j = 0; j < i && !earlier; j++)
                        earlier = p.Notes[j].Style.Equals(style);
                    if (!earlier)
                        chunk.Append(style.Symbol).Append(style.Marker);
                }

                foreach (var n in p.Notes)
                    chunk.Append("[^").Append(n.Number).Append(']');
                if (chunk.Length >= ParagraphChars)
                {
                    FlushChunk(continued, false);
                    continued = true;
                }
            }

            if (chunk.Length > 0 || !continued || refs)
                FlushChunk(continued, refs);

            void FlushChunk(bool cont, bool tail)
            {
                // Appended piece by piece: the same text as md.Line($"`L{n}` {…}{chunk}{tail}").Line(), without
                // the line (up to ~4,000 characters) as a string of its own.
                into.Append($"`L{line.Number}` ").Append(cont ? "… " : string.Empty).Append(chunk);
                if (tail)
                    AppendRefs(into, line.Notes);
                into.Append("\n\n");
                chunk.Clear();
            }
        }

        if (chunk.Capacity > MaxKeptChunkCapacity)
            chunkBuilder = null;
        foreach (var n in layout.Notes)
        {
            into.Append(inv, $"[^{n.Number}]: {n.Style.Symbol} {n.Style.Marker} · ");
            AppendRule(into, n, rulesLink);
            into.Append(" — ");
            MarkdownText.EscapeInto(into, n.Finding.Message);
            into.Append(inv, $" (L{n.Line}:{n.Column})\n");
        }
    }

    /// <summary>Each thread's builder for one line's text, reused from line to line and page to page.</summary>
    [ThreadStatic]
    private static StringBuilder? chunkBuilder;

    /// <summary>Characters of line-builder capacity kept between pages (a line is flushed from ~4,000).</summary>
    private const int MaxKeptChunkCapacity = 1 << 14;

    /// <summary>The legend line (without its line break), the same on every page.</summary>
    private static readonly string Legend = "Legend: " + string.Join(" · ", FamilyStyle.All.Select(s => $"{s.Symbol} {s.Marker} {s.Label}"));

    /// <summary>The style of the first rule of <paramref name="family"/> (by id), as the drivers table shows it.</summary>
    private static FamilyStyle StyleOfFamily(string family) =>
        FamilyStyles.TryGetValue(family, out var style) ? style : FamilyStyle.Of(null);

    private static readonly Dictionary<string, FamilyStyle> FamilyStyles = FirstStyleOfEachFamily();

    private static Dictionary<string, FamilyStyle> FirstStyleOfEachFamily()
    {
        var map = new Dictionary<string, FamilyStyle>(StringComparer.Ordinal);
        foreach (var d in RuleRegistry.Instance.Descriptors)
            map.TryAdd(d.Family, FamilyStyle.Of(d));
        return map;
    }

    /// <summary>The footnote references of a line's boilerplate notes ("[^3][^4]").</summary>
    private static void AppendRefs(StringBuilder into, IReadOnlyList<ArticleLayout.Note> notes)
    {
        foreach (var n in notes)
        {
            if (n.Style == FamilyStyle.Boilerplate)
                into.Append("[^").Append(n.Number).Append(']');
        }
    }

    /// <summary>The note's rule as <see cref="RuleLabel"/> gives it, or its id when the rule is unknown.</summary>
    private static void AppendRule(StringBuilder into, ArticleLayout.Note n, string? rulesLink)
    {
        if (n.Rule is not { } d)
            into.Append(n.Finding.RuleId);
        else if (rulesLink is null)
            into.Append(d.Id).Append(' ').Append(d.Name);
        else
            into.Append('[').Append(d.Id).Append("](").Append(rulesLink).Append('/').Append(d.Id).Append(".md) ").Append(d.Name);
    }

    /// <summary><c>MarkdownText.Escape(Clip(text, max))</c>, appended.</summary>
    private static void EscapeClipped(StringBuilder into, ReadOnlySpan<char> text, int max)
    {
        if (text.Length > max)
        {
            MarkdownText.EscapeInto(into, text[..(max - 1)]);
            into.Append('…');
        }
        else
        {
            MarkdownText.EscapeInto(into, text);
        }
    }

    /// <summary><see cref="Bar"/>, appended.</summary>
    private static void AppendBar(StringBuilder into, double score)
    {
        int full = (int)Math.Round(Math.Clamp(score, 0, 100) / 10, MidpointRounding.AwayFromZero);
        into.Append('▰', full).Append('▱', 10 - full);
    }

    /// <summary><see cref="Code"/>, appended; a text without line breaks or pipes is not copied first.</summary>
    private static void AppendCode(StringBuilder into, string s)
    {
        if (s.AsSpan().IndexOfAny(CodeRewrites) >= 0)
        {
            into.Append(Code(s));
            return;
        }

        if (s.Length == 0)
        {
            into.Append("` `");
            return;
        }

        int run = 0;
        int max = 0;
        foreach (char c in s)
        {
            run = c == '`' ? run + 1 : 0;
            max = Math.Max(max, run);
        }

        into.Append('`', max + 1).Append(' ').Append(s).Append(' ').Append('`', max + 1);
    }

    /// <summary>Characters <see cref="Code"/> rewrites: the line endings of <see cref="string.ReplaceLineEndings(string)"/> and the pipe.</summary>
    private static readonly System.Buffers.SearchValues<char> CodeRewrites = System.Buffers.SearchValues.Create("\r\n\f\u0085\u2028\u2029|");

    public static string RuleLabel(RuleDescriptor d, string? rulesLink) =>
        rulesLink is null ? $"{d.Id} {d.Name}" : $"[{d.Id}]({rulesLink}/{d.Id}.md) {d.Name}";

    /// <summary>A ten-cell text gauge of a 0–100 score.</summary>
    public static string Bar(double score)
    {
        int full = (int)Math.Round(Math.Clamp(score, 0, 100) / 10, MidpointRounding.AwayFromZero);
        return new string('▰', full) + new string('▱', 10 - full);
    }

    public static string VerdictSymbol(double mtScore) => mtScore switch
    {
        >= 60 => "🔴",
        >= 30 => "🟠",
        >= 10 => "🟡",
        _ => "🟢",
    };

    public static string Code(string s)
    {
        // A code span cannot be escaped from inside: choose a fence longer than any backtick run in the text.
        s = s.ReplaceLineEndings(" ").Replace('|', '¦');
        int run = 0;
        int max = 0;
        foreach (char c in s)
        {
            run = c == '`' ? run + 1 : 0;
            max = Math.Max(max, run);
        }

        var fence = new string('`', max + 1);
        return s.Length == 0 ? "` `" : $"{fence} {s} {fence}";
    }

    /// <summary>Characters of rendered Markdown after which a long line continues in a new paragraph.</summary>
    public const int ParagraphChars = 4000;

    /// <summary>Splits plain text into parts of at most about <paramref name="max"/> characters, at a space when
    /// there is one in the second half of a part, never inside a surrogate pair.</summary>
    public static IEnumerable<string> SplitLong(string text, int max)
    {
        int start = 0;
        while (text.Length - start > max)
        {
            int end = start + max;
            int space = text.LastIndexOf(' ', end - 1, max / 2);
            if (space > start)
                end = space + 1;
            else if (char.IsHighSurrogate(text[end - 1]))
                end--;
            yield return text[start..end];
            start = end;
        }

        yield return start == 0 ? text : text[start..];
    }

    public static string Clip(string s, int max) => s.Length > max ? s[..(max - 1)] + "…" : s;

    public static string F(double d, string format = "0.0") => d.ToString(format, CultureInfo.InvariantCulture);
}
