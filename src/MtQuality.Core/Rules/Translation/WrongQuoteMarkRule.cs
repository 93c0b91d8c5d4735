using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a closing-style quotation mark (”) used to open a quotation, before a word and after a space;
/// and a quotation in English words opened with another language's mark: guillemets «…» (French, Russian,
/// Ukrainian, Arabic, Italian…), the low-9 „ (German, Polish, Czech…) or corner brackets 「…」『…』 (Japanese, Chinese).
/// English opens quotations with “ or ‘ (Chicago Manual of Style 6.9, Oxford Style Manual 9.2); the marks of the
/// source typography are the Unicode quotation marks of CLDR's delimiters data for those languages.
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
        "A ” that opens a quotation (space before it, a word right after it), or a «, „, 「 or 『 opening a quotation in English.",
        "Opening with a closing mark is a conversion artifact of non-English typing conventions and MT pipelines.",
        [
            RuleExample.Flagged("[|”The|] talks went well”, the spokesman said."),
            RuleExample.Flagged("She said that [|”nothing|] has changed”."),
            RuleExample.Flagged("The mayor added: [|«The|] bridge will reopen before winter»."),
            RuleExample.Flagged("[|„We|] will appeal the ruling\", the club's lawyer said."),
            RuleExample.Flagged("The coach said, [|「Our|] players gave everything tonight.」"),
            RuleExample.Clean("“The talks went well”, the spokesman said."),
            RuleExample.Clean("The paper's French edition ran the headline « Ça suffit » on Monday."),
            RuleExample.Clean("The sign read 「営業中」 (open for business) when we arrived."),
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

        var tokens = context.Tokens;
        int closersLine = -1;
        Span<int> lastCloser = stackalloc int[4]; // per opening mark: the line's last token that closes it
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.Punct || OpeningKind(context.CharAt(t)) is not (>= 0 and var kind))
                    continue;
                var next = tokens[t + 1];
                if (next.Start != tokens[t].End || next.Kind != TokenKind.Word || !IsEnglishWordStart(context, t + 1))
                    continue;
                // One pass per line finds where each kind of quotation can close (linear on a line of endless marks).
                if (tokens[t].LineIndex != closersLine)
                {
                    closersLine = tokens[t].LineIndex;
                    LastClosers(context, t, lastCloser);
                }

                if (lastCloser[kind] > t)
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t].Start, next.End), $"Quotation opened with '{context.CharAt(t)}' (source-language quotation mark)"));
            }
        }
    }

    /// <summary>0–3 for « „ 「 『 (quotation marks of other typographies that open a quotation), else -1.</summary>
    private static int OpeningKind(char c) => c switch
    {
        '«' => 0,
        '„' => 1,
        '「' => 2,
        '『' => 3,
        _ => -1,
    };

    /// <summary>
    /// The last token of the line of token <paramref name="t"/> that closes each kind of quotation: » for «; “ ” or
    /// " for „ (German and Polish close differently); 」 and 』. -1 where none does (a lone « is a "previous" arrow).
    /// </summary>
    private static void LastClosers(AnalysisContext context, int t, Span<int> last)
    {
        last.Fill(-1);
        var line = context.Tokens[t].LineIndex;
        for (int k = t + 1; k < context.Tokens.Count && context.Tokens[k].LineIndex == line; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Punct)
                continue;
            switch (context.CharAt(k))
            {
                case '»': last[0] = k; break;
                case '“' or '”' or '"': last[1] = k; break;
                case '」': last[2] = k; break;
                case '』': last[3] = k; break;
            }
        }
    }

    /// <summary>A word of the English text: Latin letters, in the English word list or capitalised (a name, a sentence opener).</summary>
    private static bool IsEnglishWordStart(AnalysisContext context, int t)
    {
        var w = context.WordSpan(t);
        foreach (var ch in w)
        {
            if (ch > '\u024F')
                return false;
        }
        // Both lookups ignore case (the word list folds a–z; the function-word set is case-insensitive).
        return Lexicons.EnglishLexicon.IsWord(w) || Lexicons.WordLists.IsFunctionWord(w);
    }
}
