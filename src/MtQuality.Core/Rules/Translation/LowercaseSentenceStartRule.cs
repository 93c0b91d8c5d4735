using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a sentence that starts in lower case right after a full stop in the same paragraph
/// (… on this matter. including those …), or a prose paragraph that opens in lower case after a paragraph that
/// ended with a full stop.
/// Why it matters: sentence-level MT and re-segmentation split clauses at the wrong place; the lower-case start
/// is where the seam shows. Abbreviations, ellipses, dialogue tags after ?” and brand names (iPhone) are exempt.
/// </summary>
public sealed class LowercaseSentenceStartRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LowercaseSentenceStart,
        "lowercase-sentence-start",
        RuleCategory.Translation,
        "lowercase-sentence-start",
        Severity.Warning,
        "Sentence starts in lower case after a full stop",
        "A lower-case word directly after a sentence-ending full stop inside a paragraph, or opening a prose paragraph after one that ended with a full stop.",
        "A clause split off at the wrong place by translation or extraction; the sentence no longer reads.",
        [
            RuleExample.Flagged("The council will vote on the plan next [|week. including the|] budget for schools."),
            RuleExample.Flagged("Putin said so in a [|statement. a statement|] published by the Kremlin."),
            RuleExample.Clean("Choose one of the options below: a. b. c. or none of them."),
            RuleExample.Flagged("The council will vote on the plan for the schools next week.\n\n[|according to|] the mayor, the budget for schools will grow."),
            RuleExample.Clean("The council will vote on the plan next week. Including the budget, it costs more."),
            RuleExample.Clean("The council will vote on the plan for the schools next week.\n\nAccording to the mayor, the budget for schools will grow.\n\nThe list:\n\napples and pears from the farm.\n\nRun the tool as shown here.\n\nnpm install --save the-package-name now.\n\nquery = \"how to read the new budget\" for the search."),
            RuleExample.Clean("Prices rose, e.g. for bread and milk, by five percent."),
            RuleExample.Clean("He bought an iPhone. iPhones are popular there."),
            RuleExample.Clean("The vote was close… and then it was over."),
            RuleExample.Clean("She joined Lionsgate Bros. after ten years in the D.C. office; see pages 38-72. doi:10.1000/x and the photo. pic.example.com/abc"),
            RuleExample.Clean("The first helper copies the crate list. plum2 does not, whereas pear_count is read only once."),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var text = context.Text;
        Sentence? previous = null;
        foreach (var s in context.ContentSentences)
        {
            var prev = previous;
            previous = s;
            if (prev is not { } p || p.TokenCount < 3)
                continue;
            if (p.LineIndex != s.LineIndex)
            {
                if (ParagraphStartsLower(context, p, s) is { } span)
                    findings.Add(context.Flag(Rule, span, "Paragraph starts in lower case after a paragraph that ended with a full stop"));
                continue;
            }

            if (!EndsWithFullStop(context, p))
                continue;
            var first = context.Tokens[s.FirstToken];
            if (first.Kind != TokenKind.Word)
                continue;
            var w = context.WordSpan(s.FirstToken);
            // One-letter starts are list labels ("a. b. c.") or the informal "i"; the article "a" counts when a word
            // follows it ("…in a statement. a statement published by the Kremlin…").
            if (!TextFacts.IsLowerWord(w) || (w.Length < 2 && !(w is "a" && s.FirstToken + 1 < s.EndToken && context.Tokens[s.FirstToken + 1].Kind == TokenKind.Word)))
                continue;
            // An identifier from code, which keeps its case at a sentence start: a lower-case word with a digit or an
            // underscore in it ("foo2 returns", "max_len is").
            if (w.ContainsAny("0123456789_"))
                continue;
            // A link, a domain or an identifier ("https://…", "pic.twitter.com", "doi:10…", "crates.io").
            if (first.End < text.Length && text[first.End] is ':' or '.' or '_' or '/' && first.End + 1 < text.Length && !char.IsWhiteSpace(text[first.End + 1]))
                continue;
            int lastWord = s.FirstToken + 1 < s.EndToken && context.Tokens[s.FirstToken + 1].Kind == TokenKind.Word ? s.FirstToken + 1 : s.FirstToken;
            int prevWord = p.EndToken - 2;
            findings.Add(context.Flag(Rule, new TextSpan(context.Tokens[prevWord].Start, context.Tokens[lastWord].End)));
        }
    }

    /// <summary>
    /// The sentence ends with a single full stop right after a word, and that word is no abbreviation or initialism
    /// ("Warner Bros. after", "in S.C. on"); a stop after a page range or a bracket ("38-72. doi", "(2017). https")
    /// or an ellipsis does not count.
    /// </summary>
    private static bool EndsWithFullStop(AnalysisContext context, Sentence p)
    {
        var text = context.Text;
        var stop = context.Tokens[p.EndToken - 1];
        if (stop.Kind != TokenKind.Punct || text[stop.Start] != '.' || (stop.Start > 0 && text[stop.Start - 1] == '.'))
            return false;
        var before = context.Tokens[p.EndToken - 2];
        if (before.Kind != TokenKind.Word || before.End != stop.Start)
            return false;
        var bw = context.Word(p.EndToken - 2);
        return !(bw.Contains('.') || Segmenter.IsAbbreviation(bw) || Segmenter.IsAbbreviation(bw.ToLowerInvariant()));
    }

    /// <summary>Words a paragraph needs to count as prose here (lists, captions and code lines are shorter or have no stop).</summary>
    public const int MinParagraphWords = 6;

    /// <summary>
    /// "…of sanctions.↵according to diplomatic sources, the package…": a prose paragraph that opens in lower case
    /// right after a prose paragraph that ended with a full stop; the span is its first two words.
    /// </summary>
    private static TextSpan? ParagraphStartsLower(AnalysisContext context, Sentence p, Sentence s)
    {
        var (lineFirst, lineEnd) = context.LineTokens(s.LineIndex);
        var (_, prevEnd) = context.LineTokens(p.LineIndex);
        if (s.FirstToken != lineFirst || p.EndToken != prevEnd || context.Tokens[s.FirstToken].Kind != TokenKind.Word)
            return null;
        var text = context.Text;
        if (!EndsWithFullStop(context, p))
            return null;
        var w = context.WordSpan(s.FirstToken);
        var first = context.Tokens[s.FirstToken];
        if (!TextFacts.IsLowerWord(w) || w.Length < 2
            || (first.End < text.Length && text[first.End] is ':' or '.' or '_' or '/' or '(' or '=' or '@'))
            return null;
        // Code and addresses: "query = …", "name@example.com".
        if (s.FirstToken + 1 < lineEnd && context.Tokens[s.FirstToken + 1].Kind == TokenKind.Punct && text[context.Tokens[s.FirstToken + 1].Start] is '=' or '@' or '(' or '[')
            return null;
        if (TextFacts.CountWords(context.LineText(s.LineIndex)) < MinParagraphWords || TextFacts.CountWords(context.LineText(p.LineIndex)) < MinParagraphWords)
            return null;
        // The paragraph must end like prose too: a terminal mark at its end.
        var last = context.Tokens[lineEnd - 1];
        if (last.Kind != TokenKind.Punct || !(Segmenter.IsTerminal(text[last.Start]) || TextFacts.IsAnyQuote(text[last.Start])))
            return null;
        int second = s.FirstToken + 1 < lineEnd && context.Tokens[s.FirstToken + 1].Kind == TokenKind.Word ? s.FirstToken + 1 : s.FirstToken;
        return new TextSpan(first.Start, context.Tokens[second].End);
    }
}
