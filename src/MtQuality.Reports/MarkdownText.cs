using System.Text;

namespace MtQuality.Reports;

/// <summary>
/// Builds Markdown from untrusted article text. Everything that comes from an article goes through
/// <see cref="Escape"/>: Markdown punctuation is backslash-escaped and <c>&lt;</c>/<c>&gt;</c>/<c>&amp;</c> become
/// entities, so no article can open a table cell, a link, an HTML tag or a code span in a report.
/// </summary>
public sealed class MarkdownText
{
    private readonly StringBuilder sb;

    public MarkdownText()
        : this(new StringBuilder())
    {
    }

    /// <summary>Appends to <paramref name="into"/> (a caller's reused builder) instead of a builder of its own.</summary>
    internal MarkdownText(StringBuilder into) => sb = into;

    public MarkdownText Heading(int level, string text) => Line($"{new string('#', level)} {text}").Line();

    public MarkdownText Line(string text = "")
    {
        sb.Append(text).Append('\n');
        return this;
    }

    public MarkdownText Raw(string text)
    {
        sb.Append(text);
        return this;
    }

    public MarkdownText Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? align = null)
    {
        sb.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        sb.Append('|');
        for (int i = 0; i < headers.Count; i++)
            sb.Append(align is not null && i < align.Length && align[i] == 'r' ? " ---: |" : " --- |");
        sb.Append('\n');
        foreach (var row in rows)
            sb.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        sb.Append('\n');
        return this;
    }

    public override string ToString() => sb.ToString();

    /// <summary>The text so far, for writing without making one string of it (<see cref="AtomicFile.WriteAllText(string, StringBuilder)"/>).</summary>
    internal StringBuilder Builder => sb;

    /// <summary>Escapes untrusted text for any inline Markdown context, table cells included. Line breaks become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var sb = new StringBuilder(text.Length + 16);
        EscapeInto(sb, text);
        return sb.ToString();
    }

    /// <summary><see cref="Escape"/> appended straight to <paramref name="sb"/>, without a string of its own.</summary>
    internal static void EscapeInto(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int start = sb.Length;
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r':
                case '\n':
                case '\t': sb.Append(' '); break;
                // Inline-significant punctuation only, so the raw Markdown stays readable; callers never start a
                // line with escaped text, so block markers (#, -, 1.) cannot take effect.
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!' or '$':
                    sb.Append('\\').Append(c);
                    break;
                // Escaped text may follow a tool-made "]" (a footnote reference such as [^3]); a leading "(" would
                // turn that into a link whose target is article text. Inside the text "(" follows no live "]".
                case '(' when sb.Length == start:
                    sb.Append("\\(");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                        sb.Append(' ');
                    else
                        sb.Append(c);
                    break;
            }
        }
    }

    /// <summary>A link whose target is a relative path the tool made (never article input).</summary>
    public static string Link(string label, string relativeTarget) =>
        $"[{Escape(label)}]({Uri.EscapeDataString(relativeTarget).Replace("%2F", "/", StringComparison.Ordinal)})";
}
