namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a closing-style quotation mark (”) used to open a quotation, before a word and after a space.
/// Why it matters: it shows text re-typed or converted by a tool that does not know English quote conventions.
/// </summary>
public sealed class WrongQuoteMarkRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.WrongQuoteMark,
        "wrong-quote-mark",
        RuleCategory.Translation,
        "wrong-quote-mark",
        Severity.Warning,
        "Closing quotation mark used to open a quotation",
        "A ” that opens a quotation (space before it, a word right after it).",
        "Opening with a closing mark is a conversion artifact of non-English typing conventions and MT pipelines.",
        [
            RuleExample.Flagged("[|”The|] talks went well”, the spokesman said."),
            RuleExample.Flagged("She said that [|”nothing|] has changed”."),
            RuleExample.Clean("“The talks went well”, the spokesman said."),
            RuleExample.Clean("She said “nothing has changed”."),
            RuleExample.Clean("The plum grower typed this: >>> crate = load() Trace (latest call last): Row \"<shell>\", line 3, in <top> Row \"crate.py\", line 9, in load"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var e in QuoteScan.Of(context).Events)
        {
            if (e.Problem == QuoteProblem.WrongDirection)
                findings.Add(context.Flag(Rule, e.Span));
        }
    }
}
