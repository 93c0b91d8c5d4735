using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: sentence boundaries broken around quotations: a quotation closed in mid-clause and closed
/// again later (… still being used.” Hitting …”), and a quoted fragment split off as a sentence of its own
/// that starts in lower case (… relations. “more stable.”).
/// Why it matters: these come from pipelines that split, translate and re-join sentences; the quote no longer
/// matches what was said.
/// </summary>
public sealed class BrokenQuoteBoundaryRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BrokenQuoteBoundary,
        "broken-quote-boundary",
        RuleCategory.Translation,
        "broken-sentence",
        Severity.Warning,
        "Sentence boundary broken around a quotation",
        "A quotation closed twice (the first close cuts the clause), or a lower-case quoted fragment standing as its own sentence.",
        "Sentence-by-sentence translation re-joins fragments in the wrong place; quotes then cut clauses in half.",
        [
            RuleExample.Flagged("He said the plan was “good for farmers because it is [|finally funded.” Paying the costs,|] and good for towns.”"),
            RuleExample.Flagged("The aim is to build a system of trade[|. “more open and fair.”|]"),
            RuleExample.Clean("He said the plan was “good for farmers”. Paying the costs is another matter, he added."),
            RuleExample.Clean("He said it was “not over”. “We will see,” he added."),
            RuleExample.Clean("“Why now?” she asked. “Because we can,” he replied."),
            RuleExample.Clean("The plum grower typed this: >>> crate = load() Trace (latest call last): Row \"<shell>\", line 3, in <top> Row \"crate.py\", line 9, in load"),
            RuleExample.Clean("The grower wrote that he \"was not trying to sell anything\" with the sign. \"[T]he crop is fine this year,\" he added."),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var e in QuoteScan.Of(context).Events)
        {
            if (e.Problem == QuoteProblem.PrematureClose)
                findings.Add(context.Flag(Rule, e.Span, "Quotation closed in mid-clause, then closed again"));
        }

        var text = context.Text;
        Sentence? previous = null;
        foreach (var s in context.ContentSentences)
        {
            var prev = previous;
            previous = s;
            if (prev is not { } p || p.LineIndex != s.LineIndex || s.TokenCount < 3)
                continue;
            int first = s.FirstToken;
            char q = context.CharAt(first);
            if (context.Tokens[first].Kind != TokenKind.Punct || q is not ('“' or '"' or '«'))
                continue;
            var w = context.WordSpan(first + 1);
            if (context.Tokens[first + 1].Kind != TokenKind.Word || !TextFacts.IsLowerWord(w))
                continue;
            // Only after a bare full stop: "?”" and ".”" end dialogue turns, which may be followed by anything.
            if (text[context.Tokens[p.EndToken - 1].Start] != '.')
                continue;
            var start = context.Tokens[p.EndToken - 1].Start;
            findings.Add(context.Flag(Rule, new TextSpan(start, s.Span.End), "Quoted fragment split off as a sentence of its own"));
        }
    }
}
