using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a closing-style quotation mark (”) used to open a quotation, before a word and after a space;
/// and a quotation in English words opened with another language's mark: guillemets «…» (French, Russian,
/// Ukrainian, Arabic, Italian…), the low-9 „ (German, Polish, Czech…), corner brackets 「…」『…』 (Japanese, Chinese), the
/// Hebrew gershayim ״…״ or the CJK double prime 〝…〞.
/// English opens quotations with “ or ‘ (Chicago Manual of Style 6.9, Oxford Style Manual 9.2); the marks of the
/// source typography are the Unicode quotation marks of CLDR's delimiters data for those languages. A name or title
/// glued inside the marks ("«Lesnik» beat «Polyus»") counts when the sentence's own words are English. Single curly
/// quotes as primary marks are British style and are left alone.
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
        "A ” that opens a quotation (space before it, a word right after it), a «, „, 「, 『, ״ or 〝 opening a quotation or a name in English (\"«Lesnik» beat «Polyus»\"), or a dialogue dash setting off speech (\"—We were not told. —said the neighbour\").",
        "Opening with a closing mark is a conversion artifact of non-English typing conventions and MT pipelines.",
        [
            RuleExample.Flagged("[|”The|] talks went well”, the spokesman said."),
            RuleExample.Flagged("She said that [|”nothing|] has changed”."),
            RuleExample.Flagged("The mayor added: [|«The|] bridge will reopen before winter»."),
            RuleExample.Flagged("[|„We|] will appeal the ruling\", the club's lawyer said."),
            RuleExample.Flagged("The coach said, [|「Our|] players gave everything tonight.」"),
            RuleExample.Clean("“The talks went well”, the spokesman said."),
            RuleExample.Flagged("[|«Lesnik|]» beat [|«Polyus|]» and climbs to second place in the table."),
            RuleExample.Flagged("The project, implemented by the company [|«Al-Noor|] for Energy Solutions», will cut electricity use."),
            RuleExample.Clean("Der Verein «Lesnik» spielte gestern gegen «Polyus» vor vollem Haus."),
            RuleExample.Clean("The club «Спартак» won; Ko said ‘shipments must be blocked’, and the « Prev» arrow stays."),
            RuleExample.Flagged("[|« We|] cannot keep paying this much for bread », says a baker in the old town."),
            RuleExample.Clean("The paper's French edition ran the headline « Ça suffit » on Monday."),
            RuleExample.Clean("The Paris daily called it « la fin d'une époque » in its Sunday edition."),
            RuleExample.Flagged("[|—Nobody|] told us the road would close. We found out from the driver —complained a farmer from the upper valley."),
            RuleExample.Clean("—The road will close in May, the council said on Monday.\nThe plan — first drafted in 2019 —said little about the cost."),
            RuleExample.Flagged("[|—Use|] water only for what is essential, because the rains have not come— said the manager of the utility."),
            RuleExample.Clean("—Use water only for what is essential — said nobody at the utility, which kept filling pools all summer."),
            RuleExample.Flagged("[|״I|] leave the house at six and still arrive late to work״, said a resident of the northern suburb."),
            RuleExample.Flagged("[|– We|] have had many reactions from older people who cannot come in the afternoons, says Karin Olsson."),
            RuleExample.Clean("– We have had many reactions from older people, and the library will reply.\n– Opening hours, says the sign, are posted at the door."),
            RuleExample.Clean("The army's acronym צה״ל appears on the sign; the resident said “I leave at six” and left."),
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
        DialogueDashes(context, findings);
        int closersLine = -1;
        Span<int> lastCloser = stackalloc int[6]; // per opening mark: the line's last token that closes it
        foreach (var s in context.ContentSentences)
        {
            int english = -1; // EnglishSentence(s), asked at the sentence's first glued name
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.Punct || OpeningKind(context.CharAt(t)) is not (>= 0 and var kind))
                    continue;
                var next = tokens[t + 1];
                if (next.Kind != TokenKind.Word)
                    continue;
                // A name or title in the marks ("«Lesnik» beat «Polyus»", "«Al-Noor for Energy Solutions»"): a capitalised
                // Latin word glued to the mark, in a sentence whose own words are English.
                if (!IsEnglishWordStart(context, t + 1)
                    && !(next.Start == tokens[t].End && IsLatinTitleWord(context.WordSpan(t + 1))
                         && (english < 0 ? (english = EnglishSentence(context, s) ? 1 : 0) : english) == 1))
                    continue;
                // French typography spaces its guillemets ("« Nous partons »"): a spaced « opens an English quotation
                // only when the next three words are English too, so a French title quoted in French stays clean.
                if (next.Start != tokens[t].End
                    && !(kind == 0 && next.Start - tokens[t].End == 1 && context.Text[tokens[t].End] is ' ' or '\u00a0' or '\u202f' && EnglishRun(context, t + 1, s.EndToken, 3)))
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

    /// <summary>
    /// Spanish, Portuguese and Italian dialogue dashes (the raya, RAE Ortografía de la lengua española 2010, §3.4.5.2):
    /// a paragraph that opens with a dash glued to an English word and, on the same line, a dash spaced on one side
    /// only, then a reporting verb ("—We were not told. —said the neighbour", "—…have not arrived— said the manager"):
    /// the quotation is set off by dashes, not quotation marks. A dash spaced on both sides or on neither is an English
    /// parenthesis or compound. A spaced opening dash counts when the line attributes the speech with an inverted
    /// speaker after a comma ("– We were not told, says the neighbour": Scandinavian, Finnish, Russian). One pass over each such line.
    /// </summary>
    private static void DialogueDashes(AnalysisContext context, List<Finding> findings)
    {
        var tokens = context.Tokens;
        var reporting = PhrasePattern.ReportingVerbForms.Value;
        int lastLine = -1;
        foreach (var s in context.ContentSentences)
        {
            int t = s.FirstToken;
            if (s.LineIndex == lastLine || t + 1 >= s.EndToken || tokens[t].Kind != TokenKind.Punct || context.CharAt(t) is not ('—' or '–')
                || (t > 0 && tokens[t - 1].LineIndex == tokens[t].LineIndex))
                continue;
            lastLine = s.LineIndex;
            var next = tokens[t + 1];
            if (next.Kind != TokenKind.Word || !char.IsUpper(context.CharAt(t + 1)) || !IsEnglishWordStart(context, t + 1))
                continue;
            if (next.Start != tokens[t].End)
            {
                // "– We have had many complaints, says the librarian": Swedish, Finnish, Norwegian, Danish and Russian
                // papers open a quoted paragraph with a spaced dash and attribute it after a comma, speaker inverted.
                if (next.Start == tokens[t].End + 1 && InvertedAttribution(context, t + 2, reporting))
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t].Start, next.End), $"Quotation set off with a dialogue dash ('{context.CharAt(t)}', Scandinavian/Finnish/Russian typography)"));
                continue;
            }

            for (int k = t + 2; k + 1 < tokens.Count && tokens[k + 1].LineIndex == tokens[t].LineIndex; k++)
            {
                if (tokens[k].Kind == TokenKind.Punct && context.CharAt(k) is '—' or '–' && (tokens[k].Start > tokens[k - 1].End) != (tokens[k + 1].Start > tokens[k].End)
                    && tokens[k + 1].Kind == TokenKind.Word && reporting.Contains(context.Word(k + 1)))
                {
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t].Start, next.End), $"Quotation set off with a dialogue dash ('{context.CharAt(t)}', Spanish/Portuguese typography)"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// From token <paramref name="from"/> to the end of its line, a comma followed at once by a present or past reporting
    /// verb and then a capitalised name or "the" ("…, says Kerstin Ohlsson", "…, said the mayor"), after a quotation
    /// of five words or more: the inverted speaker after a quotation.
    /// </summary>
    private static bool InvertedAttribution(AnalysisContext context, int from, HashSet<string> reporting)
    {
        var tokens = context.Tokens;
        if (from >= tokens.Count)
            return false;
        int line = tokens[from].LineIndex;
        for (int k = from; k + 2 < tokens.Count && tokens[k + 2].LineIndex == line; k++)
        {
            if (tokens[k].Kind != TokenKind.Punct || context.CharAt(k) != ',' || tokens[k + 1].Kind != TokenKind.Word || tokens[k + 2].Kind != TokenKind.Word)
                continue;
            var verb = context.Word(k + 1);
            // The quotation before the comma is a clause of five words or more ("– Opening hours, says the sign, are …" is a parenthesis).
            if (k - from >= 4 && TextFacts.IsLowerWord(verb) && reporting.Contains(verb) && (char.IsUpper(context.CharAt(k + 2)) || context.WordSpan(k + 2) is "the"))
                return true;
        }

        return false;
    }

    /// <summary>
    /// 0–5 for « „ 「 『 ״ 〝 (quotation marks of other typographies that open a quotation: the Hebrew gershayim U+05F4,
    /// which Hebrew keyboards without curly quotes type for both ends of a quotation, and the CJK double prime
    /// quotation mark U+301D), else -1.
    /// </summary>
    private static int OpeningKind(char c) => c switch
    {
        '«' => 0,
        '„' => 1,
        '「' => 2,
        '『' => 3,
        '\u05F4' => 4,
        '\u301D' => 5,
        _ => -1,
    };

    /// <summary>
    /// The last token of the line of token <paramref name="t"/> that closes each kind of quotation: » for «; “ ” or
    /// " for „ (German and Polish close differently); 」 and 』; another ״ for ״; 〞 or 〟 for 〝. -1 where none does
    /// (a lone « is a "previous" arrow).
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
                case '\u05F4': last[4] = k; break;
                case '\u301E' or '\u301F': last[5] = k; break;
            }
        }
    }

    /// <summary>The first <paramref name="n"/> tokens from <paramref name="t"/> are English words (see <see cref="IsEnglishWordStart"/>).</summary>
    private static bool EnglishRun(AnalysisContext context, int t, int end, int n)
    {
        for (int k = t; k < t + n; k++)
        {
            if (k >= end || context.Tokens[k].Kind != TokenKind.Word || !IsEnglishWordStart(context, k))
                return false;
        }

        return true;
    }

    /// <summary>A capitalised word of Latin letters (hyphens and apostrophes inside): a name ("Lesnik", "Al-Noor").</summary>
    private static bool IsLatinTitleWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0]))
            return false;
        foreach (var ch in w)
        {
            if (ch > '\u024F' || !(char.IsLetter(ch) || ch is '-' or '\'' or '\u2019'))
                return false;
        }

        return true;
    }

    /// <summary>
    /// A sentence of English: at least three lower-case English words, and they are half its words or more (a French or
    /// Russian sentence quoted whole has few). Names in guillemets inside it are then English text's names.
    /// </summary>
    private static bool EnglishSentence(AnalysisContext context, Sentence s)
    {
        var (words, english) = context.EnglishWords(s);
        return english >= 3 && english * 2 >= words;
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
