using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: an article whose double quotation marks mix typographic (“…”) and straight ("…") styles
/// with at least two marks of each; the first quotation in the minority style is flagged, once per article.
/// Why it matters: one writer or one CMS keeps one quote style; a mix shows pasted or machine-processed
/// fragments (a translated paragraph inserted into an edited page). One finding is evidence, not a verdict.
/// </summary>
public sealed class MixedQuoteStylesRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MixedQuoteStyles,
        "mixed-quote-styles",
        RuleCategory.Translation,
        "consistency",
        Severity.Info,
        "Quote styles mixed in one article",
        "Articles that use both curly and straight double quotes (two or more of each); the first minority-style mark.",
        "A single source keeps one quote style; a mix marks pasted or machine-processed passages.",
        [
            RuleExample.Flagged("He called it “a fair deal” on Monday.\nShe said “no” twice.\nAides called it [|\"a|] trap\" later."),
            RuleExample.Clean("He called it “a fair deal” on Monday.\nShe said “no” twice.\nAides called it “a trap” later."),
            RuleExample.Clean("He called it \"a fair deal\" on Monday.\nShe said \"no\" twice."),
            RuleExample.Clean("He called it “a plum deal” on Monday and “a pear” later.\n{ \"Grower\": \"Marl Fenn\", \"Crates\": 12, \"Orchard\": \"Tolby\", \"Rows\": { \"Plum\": 4, \"Pear\": 8 } }"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        int curly = 0;
        int straight = 0;
        int firstCurly = -1;
        int firstStraight = -1;
        var text = context.Text;
        var code = CodeLines.Of(context);
        for (int li = 0; li < context.Lines.Count; li++)
        {
            if (!context.IsContent(li) || code.IsCode(li))
                continue;
            var line = context.Lines.Lines[li];
            for (int i = line.Start; i < line.End; i++)
            {
                char c = text[i];
                if (c is '“' or '”')
                {
                    curly++;
                    if (firstCurly < 0)
                        firstCurly = i;
                }
                else if (c == '"' && !QuoteScan.IsSecondsOrInchesMark(text, i, line.Start))
                {
                    straight++;
                    if (firstStraight < 0)
                        firstStraight = i;
                }
            }
        }

        if (curly < 2 || straight < 2)
            return;
        int at = straight < curly || (straight == curly && firstStraight > firstCurly) ? firstStraight : firstCurly;
        int end = at + 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !QuoteScan.IsDoubleQuote(text[end]))
            end++;
        findings.Add(context.Flag(Rule, new TextSpan(at, end), $"Curly quotes ×{curly} and straight quotes ×{straight} in one article"));
    }
}
