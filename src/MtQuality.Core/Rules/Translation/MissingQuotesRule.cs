using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a first-person sentence ("Our goal is…", "We will…") standing without quotation marks in a
/// third-person news paragraph, next to a sentence that attributes speech ("…, Putin added, \"…\""),
/// i.e. a quotation whose marks were lost.
/// Why it matters: unmarked quotes put a speaker's words in the reporter's mouth; MT and extraction both drop
/// quote marks. Paragraphs that are first person throughout (talks, op-eds), and articles whose author writes in
/// the first person (more than <see cref="MaxAuthorVoice"/> unquoted first-person sentences), are left alone.
/// </summary>
public sealed class MissingQuotesRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingQuotes,
        "missing-quotes",
        RuleCategory.Translation,
        "missing-quotes",
        Severity.Info,
        "First-person statement without quotation marks",
        "An unquoted first-person sentence in a third-person paragraph that also reports quoted or attributed speech.",
        "A quotation that lost its marks reads as the reporter's own claim.",
        [
            RuleExample.Flagged("The minister spoke to farmers in the north on Monday. [|Our aim is to double exports within five years.|] She added, \"The money is ready.\""),
            RuleExample.Clean("The minister spoke to farmers in the north on Monday. \"Our aim is to double exports within five years,\" she said."),
            RuleExample.Clean("We went to the north last year. We met farmers there. Our aim was to listen, and I said \"thank you\" a lot."),
            RuleExample.Clean("I grew up on a farm. My father kept sheep.\n\nThe minister spoke to farmers in the north on Monday. I think she meant it. She added, \"The money is ready.\""),
        ]);

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "We", "Our", "I", "My", "Us" };

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "his", "her", "their", "him", "them",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "told", "stated", "explained", "noted", "wrote", "declared", "stressed", "insisted", "continued",
    };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// Unquoted first-person sentences an article may hold before it counts as written in the first person (an
    /// essay, an op-ed, a letter, a blog post): there an "I" or "We" sentence is the author's voice.
    /// </summary>
    public const int MaxAuthorVoice = 2;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        int unquotedFirstPerson = 0;
        var voice = new LineQuoteWalker(context);
        foreach (var s in context.ContentSentences)
        {
            if (StartsFirstPerson(context, s) && !Inside(voice, s) && ++unquotedFirstPerson > MaxAuthorVoice)
                return;
        }

        var byLine = context.ContentSentences.GroupBy(s => s.LineIndex);
        foreach (var line in byLine)
        {
            var sentences = line.ToList();
            if (sentences.Count < 2)
                continue;
            int firstPersonSentences = 0;
            int thirdPersonWords = 0;
            bool attribution = false;
            foreach (var s in sentences)
            {
                if (StartsFirstPerson(context, s))
                    firstPersonSentences++;
                for (int t = s.FirstToken; t < s.EndToken; t++)
                {
                    if (context.Tokens[t].Kind != TokenKind.Word)
                        continue;
                    if (ThirdPerson.Contains(context.Word(t)))
                        thirdPersonWords++;
                    if (Reporting.Contains(context.Word(t)))
                        attribution = true;
                }
            }

            // A first-person paragraph (a talk, an op-ed) is not a lost quotation.
            if (!attribution || firstPersonSentences * 2 > sentences.Count || thirdPersonWords == 0 && !HasQuote(context, line.Key))
                continue;
            var walker = new LineQuoteWalker(context);
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                if (!StartsFirstPerson(context, s) || Inside(walker, s))
                    continue;
                findings.Add(context.Flag(Rule, new TextSpan(s.Span.Start, s.Span.End)));
            }
        }
    }

    private static bool StartsFirstPerson(AnalysisContext context, Sentence s) =>
        context.Tokens[s.FirstToken].Kind == TokenKind.Word && FirstPerson.Contains(context.Word(s.FirstToken));

    private static bool HasQuote(AnalysisContext context, int line)
    {
        foreach (char c in context.LineText(line))
        {
            if (QuoteScan.IsDoubleQuote(c))
                return true;
        }

        return false;
    }

    /// <summary>Inside a quotation: an opening curly mark or an odd number of straight marks precedes the sentence in its line.</summary>
    private static bool Inside(LineQuoteWalker walker, Sentence s)
    {
        walker.MoveTo(s);
        return walker.CurlyOpen || walker.StraightMarks % 2 == 1;
    }
}
