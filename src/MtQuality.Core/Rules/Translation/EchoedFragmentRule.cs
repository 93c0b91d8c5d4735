using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a fragment echoed after a quotation or a sentence: a short lower-case piece closed by a
/// second quote mark (… atrocities.” will give.”), or a sentence that begins by repeating the last words of
/// the previous one (… in a statement. a statement published …).
/// Why it matters: echoes are left by pipelines that translate overlapping segments and concatenate them.
/// </summary>
public sealed class EchoedFragmentRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.EchoedFragment,
        "echoed-fragment",
        RuleCategory.Translation,
        "repeated-fragment",
        Severity.Warning,
        "Fragment echoed after a quotation or sentence",
        "A short lower-case fragment between two closing quotes, or a sentence opening with the last words of the one before.",
        "Overlapping segments translated twice and concatenated leave echoes that no human writer produces.",
        [
            RuleExample.Flagged("The envoy said, “We want peace and we will work for [|it.” will work.”|] said the statement."),
            RuleExample.Flagged("The plan was announced in [|a press release. a press release|] sent to reporters."),
            RuleExample.Clean("The plan was announced in a press release. A second release followed."),
            RuleExample.Clean("“We want peace,” the envoy said. “We will work for it.”"),
            RuleExample.Clean("The plum grower typed this: >>> crate = load() Trace (latest call last): Row \"<shell>\", line 3, in <top> Row \"crate.py\", line 9, in load"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var e in QuoteScan.Of(context).Events)
        {
            if (e.Problem == QuoteProblem.EchoAfterClose)
                findings.Add(context.Flag(Rule, e.Span));
        }

        Sentence? previous = null;
        foreach (var s in context.ContentSentences)
        {
            var prev = previous;
            previous = s;
            if (prev is not { } p || p.LineIndex != s.LineIndex)
                continue;
            var tail = Words(context, p);
            var head = Words(context, s);
            int best = 0;
            for (int k = Math.Min(5, Math.Min(tail.Count, head.Count)); k >= 2; k--)
            {
                bool same = true;
                for (int j = 0; j < k && same; j++)
                    same = string.Equals(context.Word(tail[tail.Count - k + j]), context.Word(head[j]), StringComparison.OrdinalIgnoreCase);
                if (same)
                {
                    best = k;
                    break;
                }
            }

            if (best == 0 || !char.IsLower(context.CharAt(head[0])))
                continue;
            var span = new TextSpan(context.Tokens[tail[^best]].Start, context.Tokens[head[best - 1]].End);
            findings.Add(context.Flag(Rule, span, $"Sentence starts by repeating the previous sentence's last {best} words"));
        }
    }

    private static List<int> Words(AnalysisContext context, Sentence s)
    {
        var list = new List<int>(s.TokenCount);
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Punct)
                list.Add(t);
        }

        return list;
    }
}
