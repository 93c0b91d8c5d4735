using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: "thank someone to VERB" ("thanked the country to support"), a calque of Romance and Slavic
/// "ringraziare per sostenere / remercier de soutenir" where English says "thank someone for supporting".
/// Why it matters: a fluent-looking sentence that no English writer produces; a strong MT fingerprint.
/// </summary>
public sealed class ThankToVerbRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ThankToVerb,
        "thank-to-verb",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "\"thank … to VERB\" instead of \"thank … for VERB-ing\"",
        "A form of \"thank\", an object of up to four words, then \"to\" and a bare verb.",
        "English thanks someone for doing something; \"thanked X to support\" is a calque.",
        [
            RuleExample.Flagged("The president [|thanked the allies to support|] the plan."),
            RuleExample.Clean("The president thanked the allies for supporting the plan."),
            RuleExample.Clean("Thanks to the rain, the harvest was good; she thanked them and went to see the mayor."),
            RuleExample.Clean("He thanked the people who came to help."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1)",
    };

    private static readonly HashSet<string> Thank = new(StringComparer.OrdinalIgnoreCase) { "thank", "thanks", "thanked", "thanking" };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>An inflected verb that cannot be a plural noun ("came", "helped"), i.e. the object has ended.</summary>
    private static bool IsVerbForm(VerbTable verbs, string w)
    {
        if (!verbs.IsInflected(w) || verbs.IsBase(w))
            return false;
        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
            return true;
        return verbs.BaseOf(w) is { } b && !EnglishLexicon.Pos(b).Contains('n');
    }

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !Thank.Contains(context.Word(t)))
                    continue;
                for (int k = t + 2; k <= Math.Min(t + 5, s.EndToken - 2); k++)
                {
                    if (context.Tokens[k - 1].Kind == TokenKind.Punct && !context.IsPunct(k - 1, '\''))
                        break;
                    var objWord = context.Word(k - 1).ToLowerInvariant();
                    if (objWord is "who" or "that" or "which" or "and" or "to" || IsVerbForm(verbs, objWord))
                        break;
                    if (!string.Equals(context.Word(k), "to", StringComparison.OrdinalIgnoreCase))
                        continue;
                    var verb = context.Word(k + 1);
                    if (context.Tokens[k + 1].Kind == TokenKind.Word && TextFacts.IsLowerWord(context.WordSpan(k + 1)) && verbs.IsBase(verb)
                        && EnglishLexicon.Pos(verb).Contains('v') && !EnglishLexicon.Pos(verb).Contains('d'))
                        findings.Add(context.Flag(Rule, t, k + 1, $"\"thank … to {verb}\": English says \"thank … for {verbs.Ing(verb)}\""));
                    break;
                }
            }
        }
    }
}
