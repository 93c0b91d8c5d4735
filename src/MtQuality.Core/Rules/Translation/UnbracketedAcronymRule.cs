using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a multi-word name directly followed by its own acronym without brackets ("at the United
/// Nations UN sanctions", "the World Health Organization WHO said").
/// Why it matters: MT and extraction drop the brackets of "United Nations (UN)"; the acronym then reads as part
/// of a garbled clause.
/// </summary>
public sealed class UnbracketedAcronymRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnbracketedAcronym,
        "unbracketed-acronym",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Acronym follows its expansion without brackets",
        "A capitalised multi-word name immediately followed by an all-caps acronym made of its initials.",
        "\"United Nations UN sanctions\" is what is left of \"United Nations (UN) sanctions\" after brackets are lost.",
        [
            RuleExample.Flagged("The report of the [|World Health Organization WHO|] was published."),
            RuleExample.Flagged("Talks at the [|European Union EU|] summit ended late."),
            RuleExample.Clean("The report of the World Health Organization (WHO) was published."),
            RuleExample.Clean("The WHO report was published by the World Health Organization on Monday."),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken + 2; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var acr = context.WordSpan(t);
                if (acr.Length < 2 || acr.Length > 6 || !TextFacts.IsAllCaps(acr) || acr.ContainsAny("0123456789.-"))
                    continue;
                if (context.Tokens[t - 1].Kind != TokenKind.Word)
                    continue;
                // Walk back over the name, collecting initials of capitalised words; allow "of", "and", "for", "the".
                int k = t - 1;
                int matched = acr.Length;
                int first = -1;
                while (k >= s.FirstToken && matched > 0 && context.Tokens[k].Kind == TokenKind.Word)
                {
                    var w = context.WordSpan(k);
                    if (char.IsUpper(w[0]) && !TextFacts.IsAllCaps(w))
                    {
                        if (char.ToUpperInvariant(w[0]) != acr[matched - 1])
                            break;
                        matched--;
                        first = k;
                    }
                    else if (!(w is "of" or "and" or "for" or "the" or "on" or "de"))
                    {
                        break;
                    }

                    k--;
                }

                if (matched == 0 && first >= 0 && t - first >= 2)
                    findings.Add(context.Flag(Rule, first, t, $"\"{context.Word(t)}\" repeats the name before it; write it in brackets or drop it"));
            }
        }
    }
}
