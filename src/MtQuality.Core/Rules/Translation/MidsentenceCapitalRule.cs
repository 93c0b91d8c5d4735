using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a function word (article, pronoun, preposition, conjunction, auxiliary) capitalised in the
/// middle of a sentence, when nothing licenses the capital (no quote, colon or dash before it, not part of a
/// name, not a headline): "to support His activities", "Ukraine And said".
/// Why it matters: MT systems that translate segment by segment, or re-case their output, leave capitals where
/// a segment began; human writers almost never capitalise "And" or "His" mid-sentence.
/// </summary>
public sealed class MidsentenceCapitalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MidsentenceCapital,
        "midsentence-capital",
        RuleCategory.Translation,
        "midsentence-capital",
        Severity.Warning,
        "Function word capitalised mid-sentence",
        "Capitalised articles, pronouns, prepositions, conjunctions and auxiliaries inside a sentence, outside names, quotes and headlines.",
        "Segment seams of machine translation show as capitalised function words; edited English does not have them.",
        [
            RuleExample.Flagged("The minister thanked the farmers for [|Their|] patience and promised help."),
            RuleExample.Flagged("Prices rose in the north [|And|] fell in the south."),
            RuleExample.Flagged("The talks resumed in May [|In|] the capital."),
            RuleExample.Clean("The minister thanked the farmers for their patience and promised help."),
            RuleExample.Clean("He works for The Washington Post and lives in The Hague."),
            RuleExample.Clean("Her answer was simple: The plan stays."),
            RuleExample.Clean("(Laughter) The plant showers them with pollen."),
            RuleExample.Clean("Leaders Meet In Brussels To Discuss The Budget"),
            RuleExample.Clean("The ship, called “The Pride of the North”, sailed on Monday."),
            RuleExample.Clean("The band split in May 1998 after the tour."),
            RuleExample.Clean("Take vitamins C, E and A; the class B(A) inherits from A."),
            RuleExample.Clean("Her memoir, titled Born to Run Away With, sold well."),
        ])
    {
        Sources = "closed-class words of pos.tsv (hand-curated after Quirk et al. 1985 / CGEL)",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            if (CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            for (int t = s.FirstToken + 1; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (w.Length < 1 || !TextFacts.IsTitleWord(w) || (w.Length == 1 && w[0] == 'I'))
                    continue;
                if (!WordLists.IsFunctionWord(w))
                    continue;
                if (CasingFacts.CapitalLicensedByPrevious(context, s, t))
                    continue;
                // Part of a name or title: "The Hague", "Bank Of America", "Type A".
                if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t + 1)))
                    continue;
                if (w.Length == 1 && t > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 1)))
                    continue;
                bool last = t + 1 >= s.EndToken;
                var nextKind = last ? TokenKind.Punct : context.Tokens[t + 1].Kind;
                // A date or a numbered thing ("in May 2015", "Chapter One 3"), a letter used as a label ("vitamin A,",
                // "class A(object)").
                if (nextKind == TokenKind.Number || (w.Length == 1 && nextKind == TokenKind.Punct))
                    continue;
                // The end of a title in Title Case: a capitalised word before, punctuation or the end after ("a
                // guide called Fear of Missing Out, …"). A seam capital runs on into lower case ("Ukraine And said").
                if (t - 1 > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 1))
                    && nextKind == TokenKind.Punct)
                    continue;
                var lower = context.Word(t).ToLowerInvariant();
                if (EnglishLexicon.CaseForm(lower) is { CapShare: > 0.3 })
                    continue; // May, Will, Sun: names and months more often than not
                findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" capitalised mid-sentence"));
            }
        }
    }
}
