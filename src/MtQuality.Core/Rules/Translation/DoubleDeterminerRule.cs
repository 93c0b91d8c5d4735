using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: an article directly followed by a second determiner: "a the", "the a", "an the", "the his",
/// "a their". English allows one central determiner per noun phrase (Quirk et al. §5.12 ff.), so two in a row
/// mean one was left over when a phrase was rewritten (MT of a source article + possessive, a post-edit that
/// changed "a" to "the" and kept both). The doubled same word ("the the") is repeated-phrase's.
/// Left alone: a capitalised second word (a title: "a The Who song"), fixed Latin and Italian phrases after "the"
/// ("the a cappella group", "the a priori argument") and "a"/"the" used as letters or words in quotes.
/// Why it matters: a second determiner makes the phrase ungrammatical at a glance.
/// </summary>
public sealed class DoubleDeterminerRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DoubleDeterminer,
        "double-determiner",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Two determiners in a row",
        "An article directly followed by another article or a possessive determiner (\"a the\", \"the his\").",
        "A noun phrase takes one central determiner; two in a row are a leftover of rewriting.",
        [
            RuleExample.Flagged("However [|a the|] position of the government remains unchanged."),
            RuleExample.Flagged("The minister thanked [|the his|] colleagues for the work."),
            RuleExample.Clean("However the position of the government remains unchanged; all the ministers agreed."),
            RuleExample.Clean("She sang with the a cappella group and played a The Who song; the a priori case was weak."),
            RuleExample.Clean("He said that the plan works and that a deal is near; Darren, a.k.a the Citrus Guy, agreed."),
        ])
    {
        Sources = "closed class of central determiners: Quirk et al., A Comprehensive Grammar of the English Language (1985) §5.12–5.15",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    private static readonly HashSet<string> Central = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "these", "those", "my", "your", "his", "its", "our", "their",
    };

    /// <summary>Foreign fixed phrases that open with "a" and take "the" before them.</summary>
    private static readonly HashSet<string> LatinAfterA = new(StringComparer.OrdinalIgnoreCase) { "cappella", "capella", "priori", "posteriori", "fortiori", "la", "propos" };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (!context.WordPair(t))
                    continue;
                // "a.k.a the Citrus Guy": a letter of a dotted abbreviation, not the article.
                if (!Articles.Contains(context.Word(t)) || (context.Tokens[t].Start > 0 && context.Text[context.Tokens[t].Start - 1] == '.'))
                    continue;
                var second = context.Word(t + 1);
                if (!Central.Contains(second) || string.Equals(second, context.Word(t), StringComparison.OrdinalIgnoreCase))
                    continue;
                if (second is "a" && t + 2 < s.EndToken && context.Tokens[t + 2].Kind == TokenKind.Word && LatinAfterA.Contains(context.Word(t + 2)))
                    continue;
                findings.Add(context.Flag(Rule, t, t + 1, $"\"{context.Word(t)} {second}\": two determiners in a row"));
                t++;
            }
        }
    }
}
