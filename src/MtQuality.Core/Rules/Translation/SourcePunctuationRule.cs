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
/// then a percent sign or a quantity word; English thousands groups have three digits).
/// Left alone: "said, that is, …" and "said, that night, …" (parentheses), a dash that opens a new clause with
/// a capital, and spaced marks inside code or lists (a space before ":" counts only mid-sentence between lower-case words: labels
/// such as "Note : …" open their line).
/// Why it matters: translators re-punctuate; MT and careless post-editing keep the source's marks, which English
/// readers see as errors and which betray the source language.
/// </summary>
public sealed class SourcePunctuationRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SourcePunctuation,
        "source-punctuation",
        RuleCategory.Translation,
        "stray-punctuation",
        Severity.Warning,
        "Punctuation of the source language",
        "A comma between a reporting verb and \"that\", a dash before the speaker after a quotation (\",” – the minister said\"), a space before ? or ; or %, or before a colon between lower-case words mid-sentence, a percent sign before its number (\"%71.6\"), a decimal comma in a figure (\"71,6%\", \"1,5 million\"), or a thousands point before a count (\"2.400 homes\").",
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
        ])
    {
        Sources = "reporting-verbs.tsv; punctuation conventions: the Russian comma before что and dash after direct speech (Rosenthal, Справочник по правописанию и литературной правке, §§ on compound sentences and direct speech), the German comma before dass (Duden, Amtliche Regelung § 74), the French espace insécable before ? ! ; (Lexique des règles typographiques en usage à l'Imprimerie nationale), the Turkish percent sign before the number (Türk Dil Kurumu, Yazım Kılavuzu, on the yüzde işareti: %25), the decimal comma and spaced percent sign of continental European styles (ISO 80000-1 allows either decimal sign; English style guides use the point: The Chicago Manual of Style, ch. 9 on numbers)",
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
                    if (DecimalCommaFigure(context, t, s.EndToken) && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, t, t, "Decimal comma (continental European or Turkish number format); English writes a decimal point"));
                    else if (ThousandsPointCount(context, t, s.EndToken) && IsProse(context, s, ref prose))
                        findings.Add(context.Flag(Rule, t, t, "Point as a thousands separator before a count (\"2.400 homes\": continental European number format); English writes a comma"));
                    continue;
                }

                if (tok.Kind != TokenKind.Punct)
                    continue;
                char c = text[tok.Start];
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
    /// "71,6%", "4,25 per cent", "1,5 million": a number whose last separator is a comma followed by one or two
    /// digits (English thousands groups have three) and then a percent sign or a quantity word.
    /// </summary>
    private static bool DecimalCommaFigure(AnalysisContext context, int t, int end)
    {
        var w = context.WordSpan(t);
        int comma = w.LastIndexOf(',');
        if (comma < 1 || w.Length - comma - 1 is not (1 or 2) || w[(comma + 1)..].IndexOfAny('.', ',') >= 0)
            return false;
        if (t + 1 >= end)
            return false;
        if (context.IsPunct(t + 1, '%'))
            return context.Tokens[t + 1].Start - context.Tokens[t].End <= 1;
        return context.Tokens[t + 1].Kind == TokenKind.Word && context.Tokens[t + 1].Start - context.Tokens[t].End == 1
            && QuantityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t + 1));
    }

    /// <summary>
    /// "2.400 families", "1.356.000 people": a number whose points each have exactly three digits after them, before a
    /// plural count noun. A decimal with three places does not count whole things ("2.4 families" is no quantity), so
    /// the points group thousands, as continental European and Latin American styles write them.
    /// </summary>
    private static bool ThousandsPointCount(AnalysisContext context, int t, int end)
    {
        var w = context.WordSpan(t);
        int point = w.IndexOf('.');
        if (point < 1 || point > 3 || w.IndexOf(',') >= 0 || t + 1 >= end)
            return false;
        for (int i = point; i < w.Length; i += 4)
        {
            if (w[i] != '.' || i + 4 > w.Length || !char.IsAsciiDigit(w[i + 1]) || !char.IsAsciiDigit(w[i + 2]) || !char.IsAsciiDigit(w[i + 3]))
                return false;
            if (i + 4 < w.Length && w[i + 4] != '.')
                return false;
        }

        var next = context.Tokens[t + 1];
        if (next.Kind != TokenKind.Word || next.Start - context.Tokens[t].End != 1)
            return false;
        var noun = context.Word(t + 1);
        return TextFacts.IsLowerWord(noun) && !Units.Contains(noun) && (CountPlurals.Contains(noun) || (DeterminerNumberRule.IsPluralOfNounSense(noun) && noun[^2] != 's'));
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
        int words = 0;
        int lower = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
                continue;
            words++;
            if (TextFacts.IsLowerWord(context.WordSpan(t)) && (EnglishLexicon.IsWord(context.WordSpan(t)) || WordLists.IsFunctionWord(context.WordSpan(t))))
                lower++;
        }

        return words >= 5 && lower * 2 >= words;
    }
}
