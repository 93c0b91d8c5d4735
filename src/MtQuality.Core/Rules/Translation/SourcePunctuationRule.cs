using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: punctuation conventions of the source language kept in English text:
/// a comma between a reporting or cognition verb and "that" ("Lavrov reminded, that Russia…": Russian, German,
/// Polish and Ukrainian set a comma before every "что"/"dass"/"że" clause); a dash introducing the speaker after a
/// quotation ("…for this,” – the minister said": Russian quotation attribution); and a space before "?" or ";"
/// or a colon between lower-case words mid-sentence (French typography: "pourquoi ?", "en grève : la"; a spaced "!" is common in informal English web writing and is left alone);
/// a percent sign written before its number ("%71.6": Turkish order, "yüzde 71,6" = %71,6; a "%" glued to the
/// word before it, as in URL escapes "%20" and format strings, is left alone) or after a space ("5 %": French,
/// German, Russian); and a decimal comma in a figure ("71,6%", "1,5 million": a comma before one or two digits,
/// then a percent sign, a quantity word, a currency or a unit, or after a currency sign: "R$ 6,10"; English thousands
/// groups have three digits); a point grouping thousands before a count, a currency or a bulk unit ("2.400 homes",
/// "1.250 kilograms"); thousands grouped with spaces ("1 450 000 zł"); CJK and Arabic punctuation touching English
/// words or figures ("evening，orders", "dinars،", "55٪"); the numero sign ("№12"); a tilde range ("10~15 days"); a
/// score with a colon after a result word ("beat them 4:2"); and a dash for the verb left out of a vote count
/// (", against — 19,"). See SourcePunctuationRule.Marks.cs.
/// Left alone: "said, that is, …" and "said, that night, …" (parentheses), a dash that opens a new clause with
/// a capital, and spaced marks inside code or lists (a space before ":" counts only mid-sentence between lower-case words: labels
/// such as "Note : …" open their line).
/// Why it matters: translators re-punctuate; MT and careless post-editing keep the source's marks, which English
/// readers see as errors and which betray the source language.
/// </summary>
public sealed partial class SourcePunctuationRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SourcePunctuation,
        "source-punctuation",
        RuleCategory.Translation,
        "stray-punctuation",
        Severity.Warning,
        "Punctuation of the source language",
        "A comma between a reporting verb and \"that\", a dash before the speaker after a quotation (\",” – the minister said\"), a space before ? or ; or %, or before a colon between lower-case words mid-sentence, a percent sign before its number (\"%71.6\"), a decimal comma in a figure (\"71,6%\", \"1,5 million\", \"R$ 6,10\"), a thousands point before a count, currency or bulk unit (\"2.400 homes\", \"1.250 kilograms\"), thousands grouped with a space (\"1 450 000 zł\"), CJK, Arabic or Indic punctuation touching English words (\"evening，orders\", \"55٪\", \"Jaipur।\"), a numero sign (\"№12\"), a tilde range (\"10~15 days\") or a score with a colon (\"beat them 4:2\").",
        "Russian/German comma rules, Russian quote attribution, French spacing, the Turkish prefixed percent sign and the continental decimal comma are kept by MT; English punctuates otherwise.",
        [
            RuleExample.Flagged("Lavrov [|reminded, that|] Russia had declared its readiness for talks."),
            RuleExample.Flagged("The council is [|checking, whether|] the old bridge can carry buses."),
            RuleExample.Clean("The council is checking whether the old bridge can carry buses; it was asked, whether or not wisely, to decide, whether big or small, by May."),
            RuleExample.Flagged("“Chisinau is doing everything for this[|,” –|] the minister said at a press conference."),
            RuleExample.Flagged("Why did the government wait so long[| ?|] The answer is simple."),
            RuleExample.Flagged("„We will appeal the ruling[|\" -|] said the club's lawyer."),
            RuleExample.Flagged("«The ferry will run twice a day from Monday[|», —|] the operator announced."),
            RuleExample.Flagged("Annual inflation, which was [|%71.6|] in June, is expected to fall to around 40 percent."),
            RuleExample.Flagged("Annual inflation was [|71,6|]% in June and unemployment fell to [|8,5|] per cent, the institute said."),
            RuleExample.Flagged("Prices in the region rose by 5[| %|] in the first quarter of the year."),
            RuleExample.Flagged("Bus drivers walked out again this week[| :|] the union wants a new rota before the summer."),
            RuleExample.Flagged("The storm cut power to [|3.250|] homes and left [|1.120.000|] people without trains on Sunday."),
            RuleExample.Clean("The storm cut power to 3,250 homes; the sensor read 2.400 volts, the bill rose 1.125 times, the debt was $4.250 millions and the site is v1.250.3."),
            RuleExample.Clean("Prices rose 5% to 1,250 euros in the first quarter; the fund holds 2,500 million and the list runs 1, 2, 3."),
            RuleExample.Clean("Annual inflation, which was 71.6% in June, is expected to fall; the link is example.com/a%20b?x=%41 and the code %d prints it."),
            RuleExample.Clean("Lavrov said that Russia had declared its readiness for talks."),
            RuleExample.Clean("He said, that is, that the deal was off; she knew, that night, that it was over."),
            RuleExample.Clean("“Chisinau is doing everything for this,” the minister said – and left the room."),
            RuleExample.Clean("Why did the government wait so long? The answer: simple. Note : the vote was close. Try it !"),
            RuleExample.Clean("“Who would lose the election?” — has less to do with identity, and “fine,” — a word she chose — stuck."),
            RuleExample.Clean("He called it “a fair deal” - and said so twice - before the vote."),
            RuleExample.Flagged("The host talks to more than 30,000 viewers every [|evening，orders|] come from all over the country."),
            RuleExample.Flagged("The project costs 1.3 million [|dinars،|] funded by a grant, and will cut consumption by [|55٪|] next year."),
            RuleExample.Flagged("The budget also pays for repairing the roof of school [|№12|] before the winter."),
            RuleExample.Flagged("[|Jaipur।|] The municipal corporation has banned boating on the lake until the festival is over."),
            RuleExample.Clean("The board's motto, सत्यमेव जयते। (truth alone triumphs), is carved above the door of the new court."),
            RuleExample.Flagged("High temperatures in October delayed the harvest by [|10~15|] days this year."),
            RuleExample.Flagged("Lesnik beat the visitors from Norilsk at home [|4:2|] and rose to second place in the table."),
            RuleExample.Flagged("In total the commune will spend [|1 450 000|] zł on the programme from its own budget."),
            RuleExample.Flagged("The fare goes from R$ [|5,75|] to R$ [|6,10|] next Monday, and the price is [|145,50|] lira per kilogram."),
            RuleExample.Flagged("The farmer said he harvested [|1.250|] kilograms this year and spent [|1.500|] lira on fertiliser."),
            RuleExample.Flagged("The fare becomes [|Rp10.000|] one way, and a monthly pass costs Rp [|250.000|] from next week."),
            RuleExample.Flagged("With the new system, [|1.240|] parking spaces in the centre will be marked for residents."),
            RuleExample.Flagged("The fare rises by [|۳۰|] percent from next month, the council said after a long debate."),
            RuleExample.Flagged("It is the [|12.|] year of the festival, which opens on [|3.|] October in the castle gardens."),
            RuleExample.Clean("It is the 12th year of the festival, which opens on 3 October; the score was 12. Then it rained on the 4th. The count ended at 3. October was dry."),
            RuleExample.Flagged("A councillor asked: \"Will the money stay in the old [|town;|] Nobody has answered us.\""),
            RuleExample.Clean("A councillor asked whether the money will stay; Nobody, the residents' group, says it will. Why did they wait; I asked."),
            RuleExample.Clean("The fare becomes Rp10,000 one way; a pass costs Rp 250,000, a share paid $1.250 and the fee is 2.500 dinars."),
            RuleExample.Flagged("For the document voted 17 deputies, [|against — 19|], and two more abstained."),
            RuleExample.Clean("Seventeen deputies voted for the bill and the rest against — 19 of them from the ruling party."),
            RuleExample.Clean("The slogan 绿水青山，金山银山 was painted on the wall; it took ~15 days, and the order was No. 12 of the year."),
            RuleExample.Clean("She finished 1.250 seconds behind; the parcel weighed 1.25 kilograms, the dividend is $1.250 per share and the fee 1.250 dinars."),
            RuleExample.Clean("The meeting started at 4:20 and the vote at 10:30; they read John 3:16, and the bill won by a 3:1 majority."),
            RuleExample.Clean("In 2023 450 people moved away; on May 5 300 people marched, the 1 431 tests came back, a cargo of 15 000 pounds, $41,049,390,08 in receipts, the list runs 1,2 and 3, and the city spent 1,450,000 zloty."),
        ])
    {
        Sources = "reporting-verbs.tsv; punctuation conventions: the Russian comma before что and dash after direct speech (Rosenthal, Справочник по правописанию и литературной правке, §§ on compound sentences and direct speech), the German comma before dass (Duden, Amtliche Regelung § 74), the French espace insécable before ? ! ; (Lexique des règles typographiques en usage à l'Imprimerie nationale), the Turkish percent sign before the number (Türk Dil Kurumu, Yazım Kılavuzu, on the yüzde işareti: %25), the decimal comma and spaced percent sign of continental European styles (ISO 80000-1 allows either decimal sign; English style guides use the point and the thousands comma: The Chicago Manual of Style, ch. 9 on numbers), the Unicode code charts for CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms and Arabic (Unicode 15.1), ISO 4217 currency codes and minor units, the BIPM SI Brochure (9th ed.) unit symbols",
    };

    private static readonly HashSet<string> Cognition = new(StringComparer.Ordinal)
    {
        "believe", "believes", "believed", "think", "thinks", "thought", "know", "knows", "knew", "hope", "hopes", "hoped",
        "reminded", "reminds", "recalled", "considers", "considered", "fears", "feared", "expects", "expected", "assumes", "assumed",
    };

    /// <summary>Most words after "whether" searched for the "or" of a parenthesis ("asked, whether or not …", "whether big or small, that").</summary>
    private const int AlternativeWindow = 8;

    /// <summary>An "or" within <see cref="AlternativeWindow"/> words: "whether … or …" set off by commas is a parenthesis, not an indirect question.</summary>
    private static bool AlternativeFollows(AnalysisContext context, int from, int end)
    {
        for (int k = from; k < end && k < from + AlternativeWindow; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Word && context.WordSpan(k) is "or")
                return true;
        }

        return false;
    }

    /// <summary>Verbs of asking, checking and deciding that take an indirect question ("examine whether", "asked whether").</summary>
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "examine", "examines", "examined", "examining",
        "check", "checks", "checked", "checking", "decide", "decides", "decided", "deciding", "consider", "considers", "considered",
        "considering", "investigate", "investigates", "investigated", "investigating", "determine", "determines", "determined",
        "determining", "assess", "assesses", "assessed", "assessing", "verify", "verifies", "verified", "verifying", "clarify", "clarified", "clarifying", "review", "reviewing", "study", "studying",
    };

    /// <summary>Words after "that" that make it a parenthesis ("that is", "that night"), not a complementiser.</summary>
    private static readonly HashSet<string> ParentheticThat = new(StringComparer.Ordinal)
    {
        "is", "night", "day", "evening", "morning", "afternoon", "week", "month", "year", "time", "same", "very", "said",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var reporting = PhrasePattern.ReportingVerbForms.Value;
        var tokens = context.Tokens;
        var text = context.Text;
        CodeLines? code = null;
        foreach (var s in context.ContentSentences)
        {
            int prose = -1; // Prose(s), computed at the sentence's first candidate: a sentence of endless candidates stays linear
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = tokens[t];
                if (tok.Kind == TokenKind.Number)
                {
                    if (IsForeignDigits(context.WordSpan(t)))
                    {
                        if (IsProse(context, s, ref prose))
                            findings.Add(context.Flag(Rule, t, t, "Digits of another script (Arabic-Indic, Persian, Devanagari, Bengali, Thai…) in an English sentence; English writes 0-9"));
                    }
                    else if (OrdinalPoint(context, t) >= 0) // not IsProse: the point splits the sentence, whose first part may be short ("It is the 12.")
                    {
                        findings.Add(context.Flag(Rule, new TextSpan(tok.Start, tokens[t + 1].End), "Ordinal written with a point (\"the 12. year\", \"12. October\": German, Czech, Scandinavian typography); English writes \"12th\" or \"12 October\""));
                        continue;
                    }

                    if (SpaceGroupedRun(context, t, s) is >= 0 and var run && IsProse(context, s, ref prose))
                    {
                        findings.Add(context.Flag(Rule, t, run, "Thousands grouped with a space (continental European and Slavic number format); English writes a comma"));
                        t = run;
                    }
                    else if (DecimalCommaFigure(context, t, s) && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, t, t, "Decimal comma (continental European or Turkish number format); English writes a decimal point"));
                    else if (ThousandsPointCount(context, t, s) && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, t, t, "Point as a thousands separator before a count (\"2.400 homes\": continental European number format); English writes a comma"));
                    else if (WholeCurrencyPointFigure(context, t, s) is not null && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, t, t, "Point as a thousands separator in a price of a currency without decimals (Indonesian, Vietnamese, continental format); English writes a comma"));
                    continue;
                }

                if (tok.Kind == TokenKind.Word && char.IsAsciiDigit(text[tok.End - 1]) && WholeCurrencyPointFigure(context, t, s) is { } price && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, price.First, price.Last, "Point as a thousands separator in a price of a currency without decimals (\"Rp10.000\": Indonesian format); English writes a comma"));
                    t = price.Last;
                    continue;
                }

                if (tok.Kind == TokenKind.Word && VoteDash(context, t, s) is >= 0 and var count && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, t, count, "Dash for a left-out verb in a vote count (Russian, Ukrainian punctuation); English writes \"19 against\""));
                    t = count;
                    continue;
                }

                if (tok.Kind != TokenKind.Punct)
                    continue;
                char c = text[tok.Start];
                if (c >= '\u0589' && (IsForeignMark(c) || c == '\u2116'))
                {
                    if (c == '\u2116')
                    {
                        if (NumeroSign(context, t, s.EndToken) && IsProse(context, s, ref prose))
                            findings.Add(context.Flag(Rule, t, t + 1, "Numero sign (Russian, Ukrainian, Korean typography); English writes \"No.\""));
                    }
                    else if (ForeignMarkSpan(context, t, s) is { } mark && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, mark, $"\"{c}\" (U+{(int)c:X4}, punctuation of another script: CJK, Arabic, Indic…) in an English sentence; English writes its own mark"));
                    continue;
                }

                if (c == ';' && GreekQuestionMark(context, t, s) is >= 0 and var asked && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, asked, t, "Semicolon closing a question (the Greek question mark \";\"); English writes \"?\""));
                    continue;
                }

                if (c == '~' && TildeRange(context, t, s) && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, t - 1, t + 1, "Tilde between two figures (Korean, Japanese, Chinese range sign); English writes an en dash or \"to\""));
                    continue;
                }

                if (c == ':' && ColonScore(context, t, s) && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, t - 1, t + 1, "Score written with a colon (Russian, German, Polish sports reporting); English writes 4-2"));
                    t++;
                    continue;
                }

                if (c == ',' && t > s.FirstToken && t + 2 < s.EndToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].End == tok.Start
                    && tokens[t + 1].Kind == TokenKind.Word && context.WordSpan(t + 1) is "that" && tokens[t + 2].Kind == TokenKind.Word
                    && !ParentheticThat.Contains(context.Word(t + 2)))
                {
                    var verb = context.Word(t - 1);
                    if (TextFacts.IsLowerWord(verb) && (reporting.Contains(verb) || Cognition.Contains(verb) || (verb == "out" && t - 2 >= s.FirstToken && context.WordSpan(t - 2) is "pointed")))
                        findings.Add(context.Flag(Rule, t - 1, t + 1, "Comma between the verb and \"that\" (Russian/German punctuation)"));
                    continue;
                }

                // "examining, whether the pool": German "prüfen, ob", Russian "проверить, ли" set a comma before every
                // indirect question; English joins a verb of asking or checking to "whether" without one.
                if (c == ',' && t > s.FirstToken && t + 2 < s.EndToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].End == tok.Start
                    && tokens[t + 1].Kind == TokenKind.Word && context.WordSpan(t + 1) is "whether" && tokens[t + 2].Kind == TokenKind.Word
                    && AskingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 1)) && !AlternativeFollows(context, t + 2, s.EndToken))
                {
                    findings.Add(context.Flag(Rule, t - 1, t + 1, "Comma between the verb and \"whether\" (German/Russian punctuation)"));
                    continue;
                }

                if (c is ',' && QuoteDashSpeaker(context, t, reporting) is { } dash)
                {
                    findings.Add(context.Flag(Rule, new TextSpan(tok.Start, tokens[dash].End), "Dash before the speaker after a quotation (Russian punctuation)"));
                    t = dash;
                    continue;
                }

                if (c is '”' or '"' or '»' && t > s.FirstToken && tokens[t - 1].End == tok.Start && tokens[t - 1].LineIndex == tok.LineIndex
                    && QuoteThenDashSpeaker(context, t, reporting) is { } dash2)
                {
                    findings.Add(context.Flag(Rule, new TextSpan(tok.Start, tokens[dash2].End), "Dash before the speaker after a quotation (Slavic punctuation)"));
                    t = dash2;
                    continue;
                }

                if (c == '%' && PhrasePattern.LeadingPercent(context, t, s.EndToken) && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, t, t + 1, "Percent sign before the number (Turkish order); English writes the number first"));
                    t++;
                    continue;
                }

                if (c == '%' && t > s.FirstToken && tokens[t - 1].Kind == TokenKind.Number && tok.Start - tokens[t - 1].End == 1
                    && text[tok.Start - 1] is ' ' or '\u00a0' or '\u202f' && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t - 1].End, tok.End), "Space before the percent sign (French, German, Russian typography)"));
                    continue;
                }

                // A spaced colon in the middle of a sentence, between lower-case words ("rose again : the strike"), not a
                // label at its start ("Note : the vote"), which lists and forms write with a space, nor code ("lambda x : y").
                if (c == ':' && t - s.FirstToken >= 3 && t + 1 < s.EndToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].End - tokens[t - 1].Start >= 2
                    && TextFacts.IsLowerWord(context.WordSpan(t - 1)) && !(code ??= CodeLines.Of(context)).IsCode(s.LineIndex)
                    && tokens[t - 1].LineIndex == tok.LineIndex && tok.Start - tokens[t - 1].End == 1 && text[tok.Start - 1] is ' ' or '\u00a0' or '\u202f'
                    && tokens[t + 1].Kind == TokenKind.Word && tokens[t + 1].Start - tok.End == 1 && TextFacts.IsLowerWord(context.WordSpan(t + 1)) && IsProse(context, s, ref prose))
                {
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t - 1].End, tok.End), "Space before \":\" (French typography)"));
                    continue;
                }

                if (c is '?' or ';' && t > s.FirstToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].LineIndex == tok.LineIndex
                    && tok.Start - tokens[t - 1].End == 1 && text[tok.Start - 1] is ' ' or '\u00a0' or '\u202f' && IsProse(context, s, ref prose))
                    findings.Add(context.Flag(Rule, new TextSpan(tokens[t - 1].End, tok.End), $"Space before \"{c}\" (French typography)"));
            }
        }
    }

    /// <summary>",” – the minister said": the token index of the dash, or null; a reporting verb must follow within four words.</summary>
    private static int? QuoteDashSpeaker(AnalysisContext context, int t, HashSet<string> reporting)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        int q = t + 1;
        if (q >= tokens.Count || tokens[q].Kind != TokenKind.Punct || tokens[q].Start != tokens[t].End || text[tokens[q].Start] is not ('”' or '"' or '»'))
            return null;
        int d = q + 1;
        if (d + 1 >= tokens.Count || tokens[d].Kind != TokenKind.Punct || text[tokens[d].Start] is not ('–' or '—' or '-') || tokens[d].Start == tokens[q].End
            || tokens[d].LineIndex != tokens[t].LineIndex)
            return null;
        var next = tokens[d + 1];
        if (next.Kind != TokenKind.Word || next.LineIndex != tokens[t].LineIndex || !char.IsLower(text[next.Start]))
            return null;
        return SpeakerFollows(context, d, reporting) ? d : null;
    }

    /// <summary>
    /// "…explanations\" - said the prosecutor", "…hours», — the company noted": a closing quotation mark, an optional
    /// comma right after it, then a spaced dash and the speaker (Polish and Ukrainian quotation attribution:
    /// Polish "– powiedział", Ukrainian "», — зазначили"). The token index of the dash, or null.
    /// </summary>
    private static int? QuoteThenDashSpeaker(AnalysisContext context, int q, HashSet<string> reporting)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        int d = q + 1;
        if (d < tokens.Count && tokens[d].Kind == TokenKind.Punct && text[tokens[d].Start] == ',' && tokens[d].Start == tokens[q].End)
            d++;
        if (d + 1 >= tokens.Count || tokens[d].Kind != TokenKind.Punct || text[tokens[d].Start] is not ('–' or '—' or '-')
            || tokens[d].Start == tokens[d - 1].End || tokens[d].LineIndex != tokens[q].LineIndex)
            return null;
        var next = tokens[d + 1];
        if (next.Kind != TokenKind.Word || next.LineIndex != tokens[q].LineIndex || next.Start == tokens[d].End || !char.IsLower(text[next.Start])
            || context.WordSpan(d + 1) is "and" or "but" or "or" or "then" or "so")
            return null; // "“a fair deal” - and said so": a clause of the sentence, not its attribution
        return SpeakerFollows(context, d, reporting) ? d : null;
    }

    /// <summary>Words that make a number before them a quantity: a decimal comma there is a decimal, not a list.</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "per", "million", "billion", "trillion", "thousand", "points", "euros", "dollars",
    };

    /// <summary>
    /// "71,6%", "4,25 per cent", "1,5 million", "R$ 6,10", "145,50 lira", "2,5 kilometres": a number whose last
    /// separator is a comma followed by one or two digits (English thousands groups have three) and then a percent
    /// sign, a quantity word, a currency or a unit; or with a currency sign or code before it. A bare "1,2" may be a
    /// list, and "1,2 points" a tally, so neither counts.
    /// </summary>
    private static bool DecimalCommaFigure(AnalysisContext context, int t, Sentence s)
    {
        var w = context.WordSpan(t);
        int comma = w.LastIndexOf(',');
        if (comma < 1 || w.Length - comma - 1 is not (1 or 2) || w[(comma + 1)..].IndexOfAny('.', ',') >= 0)
            return false;
        if (w[..comma].IndexOf(',') >= 0)
            return false; // "$41,049,390,08": English thousands commas with a typo at the end, not a continental figure ("41.049.390,08")
        if (t + 1 < s.EndToken && context.Tokens[t + 1].Start == context.Tokens[t].End && context.Tokens[t + 1].Kind == TokenKind.Punct
            && context.CharAt(t + 1) is ',' && t + 2 < s.EndToken && context.Tokens[t + 2].Kind == TokenKind.Number)
            return false; // "1,2,3": a list
        if (CurrencyBefore(context, t, s))
            return true;
        if (t + 1 >= s.EndToken)
            return false;
        if (context.IsPunct(t + 1, '%'))
            return context.Tokens[t + 1].Start - context.Tokens[t].End <= 1;
        if (context.Tokens[t + 1].Kind == TokenKind.Word && context.Tokens[t + 1].Start - context.Tokens[t].End == 1
            && QuantityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t + 1)))
            return true;
        return UnitOrCountAfter(context, t, s, countNouns: false);
    }

    /// <summary>
    /// "2.400 families", "1.356.000 people", "1.250 kilograms", "400.000 euros": a number whose points each have exactly
    /// three digits after them, before a plural count noun, a currency, or a unit of bulk quantity with the last digit
    /// 0. A decimal with three places does not count whole things ("2.4 families" is no quantity), prices have two
    /// decimals, and news English gives no weight or area to a thousandth with a trailing zero ("1.25 kilograms"),
    /// so the points group thousands, as continental European and Latin American styles write them. Two points
    /// ("1.250.000 litres") are never a decimal. Measurements that carry three decimals stay clean: times ("1.250
    /// seconds behind"), electrical and other units, and the currencies divided into thousandths ("1.250 dinars").
    /// </summary>
    private static bool ThousandsPointCount(AnalysisContext context, int t, Sentence s)
    {
        var w = context.WordSpan(t);
        int points = PointGroupCount(w);
        if (points == 0 || t + 1 >= s.EndToken)
            return false;

        var next = context.Tokens[t + 1];
        if (next.Kind != TokenKind.Word || next.Start - context.Tokens[t].End != 1)
            return false;
        var noun = context.Word(t + 1);
        // "1.240 parking spaces", "2.400 new homes": one lower-case modifier between the figure and a plural count noun.
        if (t + 2 < s.EndToken && TextFacts.IsLowerWord(noun) && !WordLists.IsFunctionWord(noun) && !noun.EndsWith('s') && context.Tokens[t + 2].Kind == TokenKind.Word
            && context.Tokens[t + 2].Start == next.End + 1 && context.Word(t + 2) is var head && TextFacts.IsLowerWord(head)
            && (CountPlurals.Contains(head) || (DeterminerNumberRule.IsPluralOfNounSense(head) && head[^2] != 's')) && !Units.Contains(head))
            return true;
        if (ThousandthCurrencies.Contains(noun))
            return false;
        if (IsoCurrencyCodes.Contains(noun) || CurrencyNames.Contains(noun))
            return true; // a sign before the figure licenses nothing: "$1.250 per share", "$4.250 millions" are decimals
        if (Units.Contains(noun) || UnitSymbols.Contains(noun))
            return BulkUnits.Contains(noun) && (points >= 2 || w[^1] == '0');
        return TextFacts.IsLowerWord(noun) && (CountPlurals.Contains(noun) || (DeterminerNumberRule.IsPluralOfNounSense(noun) && noun[^2] != 's'));
    }

    /// <summary>
    /// Units of measurement (SI base and derived units and their common multiples, BIPM SI Brochure 9th ed. 2019; US
    /// customary and imperial units; time, angle and score units) and magnitudes ("$1.172 millions"): a measurement may
    /// well carry three decimals.
    /// </summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "volts", "watts", "kilowatts", "megawatts", "gigawatts", "amps", "amperes", "ohms", "hertz", "joules", "newtons", "pascals",
        "metres", "meters", "kilometres", "kilometers", "centimetres", "centimeters", "millimetres", "millimeters", "microns",
        "miles", "feet", "inches", "yards", "litres", "liters", "millilitres", "milliliters", "gallons", "barrels",
        "grams", "kilograms", "kilos", "milligrams", "pounds", "ounces", "tonnes", "tons", "hectares", "acres", "degrees",
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "points", "goals", "runs", "times", "bytes",
        "kilobytes", "megabytes", "gigabytes", "terabytes", "bits", "knots", "calories", "kilocalories", "moles", "candelas",
        // Magnitudes: "$1.172 millions" is a decimal of millions.
        "hundreds", "thousands", "millions", "billions", "trillions", "lakhs", "crores",
    };

    /// <summary>Irregular or zero plurals that count people and things ("2.400 people").</summary>
    private static readonly HashSet<string> CountPlurals = new(StringComparer.Ordinal)
    {
        "people", "children", "men", "women", "persons", "families", "souls", "households", "residents", "inhabitants", "workers",
    };

    /// <summary>A reporting verb among the (at most four) words right after the dash at <paramref name="d"/>: "– the minister said".</summary>
    private static bool SpeakerFollows(AnalysisContext context, int d, HashSet<string> reporting)
    {
        var tokens = context.Tokens;
        for (int k = d + 1, words = 0; k < tokens.Count && words < 4 && tokens[k].Kind == TokenKind.Word; k++, words++)
        {
            if (reporting.Contains(context.Word(k)))
                return true;
        }

        return false;
    }

    private static bool IsProse(AnalysisContext context, Sentence s, ref int prose)
    {
        if (prose < 0)
            prose = Prose(context, s) ? 1 : 0;
        return prose == 1;
    }

    /// <summary>A prose sentence: mostly lower-case words, so code, lists and chat transcripts stay out.</summary>
    private static bool Prose(AnalysisContext context, Sentence s)
    {
        var (words, lower) = context.EnglishWords(s);
        return words >= 5 && lower * 2 >= words;
    }
}
