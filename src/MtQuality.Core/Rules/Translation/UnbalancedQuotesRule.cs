namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a quotation mark that opens and is never closed in its paragraph, or one that closes with
/// nothing open.
/// Why it matters: machine translation and sentence-by-sentence pipelines drop or move quote marks, so a reader
/// cannot tell where the quoted words end.
/// </summary>
public sealed class UnbalancedQuotesRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnbalancedQuotes,
        "unbalanced-quotes",
        RuleCategory.Translation,
        "unbalanced-quotes",
        Severity.Warning,
        "Quotation mark without its partner",
        "Opening quotation marks never closed in the paragraph, and closing marks with nothing open.",
        "Dropped or moved quote marks are a common artifact of translating sentence by sentence; the reader loses who said what.",
        [
            RuleExample.Flagged("The minister promised [|“a fair deal for every farmer in the region.|]"),
            RuleExample.Flagged("It was a [|model for others” is how the|] mayor described the plan."),
            RuleExample.Clean("The minister promised “a fair deal for every farmer”, aides said."),
            RuleExample.Clean("“We will not stop here. We will go on until the end.\n\n“Nobody can stop us now,” she said."),
            RuleExample.Clean("He called it \"a step forward\" and left."),
            RuleExample.Clean("The leader is second at 2'15\", the defender, who is 6'2\", missed the game, and the champion said “it was hard”."),
            RuleExample.Clean("They might say, \" I have some nectar. Would you like some? \""),
            RuleExample.Clean("The plum grower typed this: >>> crate = load() Trace (latest call last): Row \"<shell>\", line 3, in <top> Row \"crate.py\", line 9, in load"),
            RuleExample.Clean("To export the plums, choose Harvest » Export in the grower app. See all plum growers »"),
            RuleExample.Clean("Delete everything up to the line \"-----START PLUM-----\". Then save the file and tag it \"#plums\" or \"@grower\" for the \"$5\" crate."),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var e in QuoteScan.Of(context).Events)
        {
            if (e.Problem == QuoteProblem.UnclosedOpening)
                findings.Add(context.Flag(Rule, e.Span, "Quotation opened here is never closed"));
            else if (e.Problem == QuoteProblem.OrphanClosing)
                findings.Add(context.Flag(Rule, e.Span, "Closing quotation mark with no opening mark"));
        }
    }
}
