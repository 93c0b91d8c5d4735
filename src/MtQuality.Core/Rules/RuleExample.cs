using MtQuality.Core.Text;

namespace MtQuality.Core.Rules;

/// <summary>
/// An example that documents and tests a rule. Flagged examples mark every expected span with
/// <c>[|</c> and <c>|]</c> (LanguageTool's &lt;marker&gt; idea); clean examples must produce no finding.
/// </summary>
public sealed record RuleExample(string Markup, bool IsFlagged)
{
    public const string Open = "[|";
    public const string Close = "|]";

    /// <summary>Other pages of the example's site, for rules that learn from the corpus (site templates, case statistics).</summary>
    public IReadOnlyList<string>? CorpusPages { get; init; }

    /// <summary>DOM evidence per line, for rules that read the structure of HTML pages (one entry a line of the text).</summary>
    public IReadOnlyList<MtQuality.Core.Boilerplate.BlockStructure>? Structure { get; init; }

    public static RuleExample Flagged(string markup) => new(markup, true);

    public static RuleExample Clean(string text) => new(text, false);

    /// <summary>The example text with markers removed, and the spans the markers enclosed.</summary>
    public (string Text, IReadOnlyList<TextSpan> Spans) Parse()
    {
        var sb = new System.Text.StringBuilder(Markup.Length);
        var spans = new List<TextSpan>();
        int i = 0;
        int open = -1;
        while (i < Markup.Length)
        {
            if (string.CompareOrdinal(Markup, i, Open, 0, 2) == 0 && open < 0)
            {
                open = sb.Length;
                i += 2;
            }
            else if (string.CompareOrdinal(Markup, i, Close, 0, 2) == 0 && open >= 0)
            {
                spans.Add(new TextSpan(open, sb.Length));
                open = -1;
                i += 2;
            }
            else
            {
                sb.Append(Markup[i++]);
            }
        }

        if (open >= 0)
            throw new FormatException($"Unclosed marker in example: {Markup}");
        return (sb.ToString(), spans);
    }
}
