using System.Runtime.CompilerServices;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Boilerplate;
using MtQuality.Core.Text;

namespace MtQuality.Core.Boilerplate;

/// <summary>A line's label and, for boilerplate, the rule that explains it.</summary>
public readonly record struct LineDecision(LineKind Kind, ILineRule? Reason, string? Message);

/// <summary>
/// Labels every line content, boilerplate or blank. Each enabled <see cref="ILineRule"/> gives evidence;
/// jusText-style context decides the rest: definite evidence always wins, likely evidence wins outside the main
/// block of prose, and short lines before the main block that share its vocabulary (titles) or look like a
/// dateline are protected as content.
/// </summary>
public sealed class BoilerplateClassifier
{
    private readonly IReadOnlyList<ILineRule> rules;

    public BoilerplateClassifier(IReadOnlyList<ILineRule> rules) => this.rules = rules;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (PageContext Page, LineDecision[] Decisions) Classify(Article article, ICorpusModel corpus, bool selfInCorpus)
    {
        var page = new PageContext(article, corpus, selfInCorpus);
        var decisions = new LineDecision[page.LineCount];
        for (int i = 0; i < page.LineCount; i++)
            decisions[i] = Decide(page, i);
        return (page, decisions);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LineDecision Decide(PageContext page, int i)
    {
        if (page.Classes[i] == LineClass.Blank)
            return new LineDecision(LineKind.Blank, null, null);
        ILineRule? likely = null;
        string? likelyMessage = null;
        foreach (var rule in rules)
        {
            if (rule.Evaluate(page, i) is not { } evidence)
                continue;
            if (evidence.Strength == EvidenceStrength.Definite)
                return new LineDecision(LineKind.Boilerplate, rule, evidence.Message);
            if (likely is null)
            {
                likely = rule;
                likelyMessage = evidence.Message;
            }
        }

        if (likely is null || ContentGuard.IsProtected(page, i))
            return new LineDecision(LineKind.Content, null, null);
        return new LineDecision(LineKind.Boilerplate, likely, likelyMessage);
    }
}

/// <summary>Lines that must stay content although they are short: titles, datelines, in-article headings.</summary>
public static partial class ContentGuard
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsProtected(PageContext page, int i)
    {
        if (page.InMainBlock(i))
            return page.Classes[i] is LineClass.Good or LineClass.NearGood or LineClass.Short;
        if (IsDateline(page.LineText(i)))
            return true;
        if (IsPlaceLineAboveStory(page, i))
            return true;
        if (page.InWrappedProse(i))
            return true;
        if (IsEdgeSentence(page, i))
            return true;
        if (IsCaptionBesideCredit(page, i))
            return true;
        if (IsStandfirst(page, i))
            return true;
        return page.BeforeMainBlock(i) && (IsTitleLike(page, i) || IsHeadlineAboveDeck(page, i));
    }

    /// <summary>
    /// A dateline in title case on a line of its own right above the story's first paragraph, as news sites set it
    /// ("Pune, India", "Halifax, Nova Scotia"): two places of the gazetteer (GeoNames cities, countries, first-level
    /// regions), each of one to three words, separated by a comma, and nothing else. Menus and tag rows are not two
    /// places and a comma; a lone place ("Sport", "Europe") is kept out, as a section name can be one.
    /// </summary>
    public static bool IsPlaceLineAboveStory(PageContext page, int i)
    {
        if (page.MainStart <= i || NextNonBlank(page, i, 1) != page.MainStart)
            return false;
        var t = page.LineText(i).Trim();
        int comma = t.IndexOf(',');
        if (t.Length > 60 || comma <= 0 || t[(comma + 1)..].Contains(','))
            return false;
        return IsPlaceName(t[..comma].Trim()) && IsPlaceName(t[(comma + 1)..].Trim());
    }

    private static bool IsPlaceName(ReadOnlySpan<char> words)
    {
        if (words.Length < 2 || !char.IsUpper(words[0]) || words.Count(' ') > 2)
            return false;
        foreach (var type in EnglishLexicon.Gazetteer.TypesOf(words.ToString()))
        {
            if (type is "city" or "capital" or "country" or "region")
                return true;
        }

        return false;
    }

    /// <summary>Fewest words of a standfirst (a dek) kept right above the story without a final stop.</summary>
    public const int StandfirstWords = 8;

    /// <summary>
    /// The standfirst under a headline ("The new line will cut journey times by half, officials say"): the line right
    /// above the first paragraph of the story, in sentence case, of <see cref="StandfirstWords"/> to 40 words and
    /// jusText's low stopword density. Decks often drop the final stop, which <see cref="IsEdgeSentence"/> asks for;
    /// menus and tag runs are title case or low in stopwords, bylines and stamps are shorter.
    /// </summary>
    public static bool IsStandfirst(PageContext page, int i)
    {
        if (page.MainStart <= i)
            return false;
        var f = page.Features[i];
        if (f.Words < StandfirstWords || f.Words > 40 || f.IsTitleCase || f.StopwordDensity < LineFeatures.LowDensity)
            return false;
        return NextNonBlank(page, i, 1) == page.MainStart;
    }

    /// <summary>
    /// The headline over a deck that took the title's place: when the line found as the title is a long sentence
    /// (<see cref="StandfirstWords"/> words or more, not title case — a standfirst: "The majority wants to lower the
    /// threshold to 3 per cent, the opposition threatens …"), the line right above it that reads as a headline (4 to
    /// 25 words, no final full stop, no menu separators or figures) and shares two content words with the story is kept too
    /// ("Electoral law, wall against wall at Palazzo Cesaroni"). A breadcrumb, site name or date line above a real
    /// headline is not affected: there the headline is the title line.
    /// </summary>
    public static bool IsHeadlineAboveDeck(PageContext page, int i)
    {
        int title = page.TitleLine;
        if (title <= i || NextNonBlank(page, i, 1) != title)
            return false;
        var deck = page.Features[title];
        if (deck.Words < StandfirstWords || deck.IsTitleCase)
            return false;
        if (!ReadsAsHeadline(page, i))
            return false;
        var text = page.LineText(i);
        if (text.IndexOfAny("|»›>/•·") >= 0 || text.IndexOfAnyInRange('0', '9') >= 0)
            return false; // menus, breadcrumbs, widgets with figures ("Auckland 17° Partly cloudy")
        return page.OverlapWithMain(i).Shared >= 2; // a site name above the title shares a word or so with the story
    }

    /// <summary>Fewest words of a sentence kept next to the main block.</summary>
    public const int EdgeSentenceWords = 5;

    /// <summary>From this many words a sentence next to the main block is kept whatever its stopword density.</summary>
    public const int EdgeSentenceLongWords = 8;

    /// <summary>
    /// jusText's context rule for short paragraphs, restricted to sentences: a short line that is a sentence
    /// (terminal punctuation, at least <see cref="EdgeSentenceWords"/> words, jusText's low stopword density, not
    /// title case) right next to the first or last line of the main block continues the prose (a one-line lead, a
    /// closing line), so position alone does not drop it.
    /// </summary>
    public static bool IsEdgeSentence(PageContext page, int i)
    {
        if (page.MainStart < 0 || !(IsSentenceShaped(page.Features[i]) || IsShortClause(page, i)))
            return false;
        // jusText's context is transitive: a near-good paragraph next to the good ones is good, and a short one
        // next to it is judged against it. So the walk to the main block may cross up to EdgeSentenceChain other
        // lines that are themselves prose sentences (a near-good statistics line, then "After the talks, the two
        // heads of state met the press."), never a line of another shape.
        int step = i < page.MainStart ? 1 : i > page.MainEnd ? -1 : 0;
        if (step == 0)
            return false;
        int target = step > 0 ? page.MainStart : page.MainEnd;
        int j = NextNonBlank(page, i, step);
        for (int crossed = 0, furniture = 0; j >= 0 && j != target;)
        {
            // Furniture set inside the story (a picture's caption and credit, an ad label) does not end it: the walk
            // crosses up to InBodyFurnitureLines such lines, and the story's closing sentences after them stay.
            if (IsInBodyFurniture(page, j))
            {
                if (++furniture > InBodyFurnitureLines)
                    return false;
            }
            else if (crossed++ >= EdgeSentenceChain || !IsProseSentence(page, j))
            {
                return false;
            }

            j = NextNonBlank(page, j, step);
        }

        return j == target;
    }

    /// <summary>How many lines of in-body furniture (caption, credit, ad label) an edge sentence may be separated from the main block by.</summary>
    public const int InBodyFurnitureLines = 3;

    /// <summary>Most words of an ad label crossed as in-body furniture ("Advertisement", "Quảng cáo", "Continua após a publicidade").</summary>
    private const int AdLabelWords = 5;

    private static readonly AdvertRule AdLabels = new();

    /// <summary>
    /// A line that news pages set between paragraphs of the story: a picture credit
    /// (<see cref="BylineWidgetRule.IsPictureCredit"/>), the caption beside one, or a
    /// short advertisement label the phrase list knows.
    /// </summary>
    private static bool IsInBodyFurniture(PageContext page, int j)
    {
        var text = page.LineText(j);
        if (BylineWidgetRule.IsPictureCredit(text) || IsCaptionBesideCredit(page, j))
            return true;
        return page.Features[j].Words <= AdLabelWords && AdLabels.Evaluate(page, j) is { Strength: EvidenceStrength.Definite };
    }

    /// <summary>
    /// A picture caption: the line right above or below a picture credit (<see cref="BylineWidgetRule.IsPictureCredit"/>),
    /// after the headline, that reads as a caption: sentence case with a final full stop (or, from six words, a closing
    /// bracket: "… (Tokamachi City, 13th)"), at least three words and a lower-case one among them ("Cars parked on a street of the old town.", "Last year's parade on the square.").
    /// A caption is the story's (news editors write it); the credit beside it is furniture.
    /// </summary>
    public static bool IsCaptionBesideCredit(PageContext page, int i)
    {
        if (page.MainStart < 0 || i <= page.TitleLine || (page.TitleLine < 0 && i < page.MainStart))
            return false;
        var f = page.Features[i];
        if (f.Words < 3 || f.Words > 40)
            return false;
        var text = page.LineText(i).Trim();
        // Japanese and Chinese papers close a caption with the place and date in brackets: "(Tokamachi City, 13th)".
        if (text.Length == 0 || !char.IsUpper(text[0]) || !(text[^1] == '.' && f.EndsWithTerminal || text[^1] == ')' && f.Words >= 6)
            || BylineWidgetRule.IsPictureCredit(text))
            return false;
        bool lower = false;
        foreach (var range in LineFeatureExtractor.WordRanges(text))
        {
            if (TextFacts.IsLowerWord(text[range]))
            {
                lower = true;
                break;
            }
        }

        if (!lower)
            return false;
        int next = NextNonBlank(page, i, 1);
        int prev = NextNonBlank(page, i, -1);
        return (next >= 0 && BylineWidgetRule.IsPictureCredit(page.LineText(next)))
               || (prev >= 0 && BylineWidgetRule.IsPictureCredit(page.LineText(prev)));
    }

    /// <summary>How many prose sentences outside the main block an edge sentence may be separated from it by.</summary>
    public const int EdgeSentenceChain = 2;

    /// <summary>
    /// A sentence by shape: terminal punctuation, at least <see cref="EdgeSentenceWords"/> words, jusText's low
    /// stopword density, not title case. A sentence of names has few stopwords ("Arsenal travel to Chelsea next
    /// Saturday, while City host Brighton."): from EdgeSentenceLongWords words on, the terminal stop and the
    /// sentence case are enough.
    /// </summary>
    private static bool IsSentenceShaped(LineFeatures f) =>
        f.EndsWithTerminal && f.Words >= EdgeSentenceWords && !f.IsTitleCase
        && (f.StopwordDensity >= LineFeatures.LowDensity || f.Words >= EdgeSentenceLongWords);

    /// <summary>Fewest words of a short clause kept next to the main block ("Work starts in March.").</summary>
    public const int ShortClauseWords = 4;

    /// <summary>
    /// A short sentence that jusText's stopword density would drop (<see cref="ShortClauseWords"/> to
    /// <see cref="EdgeSentenceLongWords"/> − 1 words, few function words: "The session lasted almost five hours.",
    /// "Hallabong shipments begin later this month.") but whose finite verb after its subject makes it a clause:
    /// a simple past form, or a present form that agrees with the noun right before it, past the first word (an imperative opens with
    /// its verb: "Sign up for our newsletter today."). Sentence case with a terminal stop, as
    /// <see cref="IsSentenceShaped"/> asks. Only asked of short lines next to the main block; furniture that a
    /// phrase rule recognises is dropped whatever this says.
    /// </summary>
    private static bool IsShortClause(PageContext page, int i)
    {
        var f = page.Features[i];
        if (f.Words == ShortClauseWords - 1 && f.EndsWithTerminal)
            return IsCopulaClause(page.LineText(i));
        if (!f.EndsWithTerminal || f.Words < ShortClauseWords || f.Words >= EdgeSentenceLongWords || f.IsTitleCase)
            return false;
        var line = page.LineText(i);
        int k = 0;
        int prevNoun = 0; // 1: a singular noun, 2: a plural one
        int prevEnd = -1;
        foreach (var range in LineFeatureExtractor.WordRanges(line))
        {
            var w = line[range];
            if (k == 0 && !char.IsUpper(w[0]))
                return false;
            bool lower = TextFacts.IsLowerWord(w);
            // Only a space between the noun and its verb: "notices, tenders" is a list.
            int afterNoun = prevEnd >= 0 && range.Start.Value == prevEnd + 1 && line[prevEnd] == ' ' ? prevNoun : 0;
            // A verb goes on to its object or adverbial: "Council notices, tenders and consultations" is a list.
            int after = range.End.Value;
            bool continues = after + 1 < line.Length && line[after] == ' ' && char.IsLetterOrDigit(line[after + 1]);
            if (k >= 1 && lower && continues)
            {
                var word = w.ToString();
                var verbs = EnglishLexicon.Verbs;
                // A past form that is not also a base form ("lasted", "began"; not "forecast", "cut").
                if ((verbs.IsPast(word) && !verbs.IsBase(word))
                    || (afterNoun == 2 && verbs.IsBase(word) && EnglishLexicon.Pos(word).Contains('v'))
                    || (afterNoun == 1 && verbs.IsThirdPerson(word)))
                    return true;
            }

            // The first word counts lower-cased: a sentence may open with its subject noun ("Work starts in March.").
            prevNoun = (lower || (k == 0 && w.Length > 1 && TextFacts.IsLowerWord(w[1..]))) && !WordLists.IsFunctionWord(w)
                ? NounNumber(lower ? w.ToString() : w.ToString().ToLowerInvariant()) : 0;
            prevEnd = range.End.Value;
            k++;
        }

        return false;
    }

    /// <summary>
    /// A three-word clause with a full stop: a capitalised subject, a finite form of "be", "have" or "will", and a
    /// lower-case complement ("Entry is free.", "All are welcome.", "Parking is limited."). Furniture of that shape
    /// ("Comments are closed.", "All rights reserved.") is named by the phrase rules, whose evidence wins.
    /// </summary>
    private static bool IsCopulaClause(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length < 6 || t[^1] != '.' || !char.IsUpper(t[0]))
            return false;
        t = t[..^1];
        int a = t.IndexOf(' ');
        int b = a < 0 ? -1 : t.LastIndexOf(' ');
        if (a <= 0 || b <= a)
            return false;
        var verb = t[(a + 1)..b];
        var complement = t[(b + 1)..];
        return verb is "is" or "are" or "was" or "were" or "will" or "has" or "have" or "had" or "remains" or "remain"
               && TextFacts.IsLowerWord(complement) && !WordLists.IsFunctionWord(complement);
    }

    /// <summary>
    /// 1 for a noun lemma of the part-of-speech table ("line"), 2 for the regular plural of one ("shipments"), else 0:
    /// a present verb agrees with it ("the line opens", "shipments begin"), where a noun compound does not ("weather
    /// forecast", "notices tenders").
    /// </summary>
    private static int NounNumber(string w) =>
        EnglishLexicon.Pos(w).Contains('n') ? 1 : w.Length > 3 && w[^1] == 's' && EnglishLexicon.Pos(w[..^1]).Contains('n') ? 2 : 0;

    /// <summary>
    /// A line between an edge sentence and the main block that carries the prose on: near-good, a long sentence, a
    /// short one dense in function words ("Penaranda insisted that the measure is temporary.") or a short clause
    /// ("Work starts in March."), so a story's last short sentences stay together.
    /// </summary>
    private static bool IsProseSentence(PageContext page, int j) =>
        (IsSentenceShaped(page.Features[j])
         && (page.Classes[j] is LineClass.NearGood or LineClass.Good || page.Features[j].Words >= EdgeSentenceLongWords
             || page.Features[j].StopwordDensity >= LineFeatures.HighDensity))
        || IsShortClause(page, j);

    private static int NextNonBlank(PageContext page, int i, int step)
    {
        for (int j = i + step; j >= 0 && j < page.LineCount; j += step)
        {
            if (page.Classes[j] != LineClass.Blank)
                return j;
        }

        return -1;
    }

    /// <summary>
    /// The headline: of the lines before the main block, the one whose content words the body reuses most
    /// (at least two, and at least half of its own). Only one line gets this protection, so a site name that
    /// happens to share a word or two with the story does not.
    /// </summary>
    public static bool IsTitleLike(PageContext page, int i) => page.TitleLine == i;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FindTitleLine(PageContext page)
    {
        int end = page.MainStart < 0 ? page.LineCount : page.MainStart;
        int best = BestTitle(page, end, -1);
        if (best >= 0)
            return best;
        // None: a lead paragraph right before the main block (near-good prose, or a sentence IsEdgeSentence keeps)
        // is body text too, and it is where a headline's words recur most ("Hurricane Idalia makes landfall in
        // Florida's Big Bend region" / "Hurricane Idalia slammed into Florida's Big Bend region early Wednesday …").
        // Only as a second try: with it a page's meta line ("January 13 | categories: …") could outscore the title.
        int lead = end > 0 && end < page.LineCount ? NextNonBlank(page, end, -1) : -1;
        if (lead >= 0 && (page.Classes[lead] is LineClass.NearGood || IsEdgeSentence(page, lead)))
        {
            best = BestTitle(page, lead, lead);
            if (best >= 0)
                return best;
        }
        else
        {
            lead = -1;
        }

        // Last: a headline whose story uses other words for half of its own ("Kremlin says talks with Washington
        // will continue next month" over a body about "the United States" and "January"): at least three shared
        // content words (two right above the body or its lead) and a third of its own, still only the best such line.
        best = BestTitle(page, lead >= 0 ? lead : end, lead, LooseTitleShared, LooseTitleShare);
        if (best >= 0)
            return best;

        // Failing all that, the line right above the story when it reads as a headline (4 to 25 words, no final full
        // stop) and shares a word with the story ("Officials meet to discuss the crisis in the region" over "The
        // officials said on Monday …"): a site name or menu sits above the headline, a byline or date shares nothing.
        int under = lead >= 0 ? lead : end;
        int top = page.MainStart > 0 ? NextNonBlank(page, under, -1) : -1;
        if (top < 0)
            return -1;
        if (!ReadsAsHeadline(page, top))
            return -1;
        return page.OverlapWithMain(top, lead).Shared >= 1 ? top : -1;
    }

    /// <summary>A line shaped as a headline: 4 to 25 words, no final full stop (a question or exclamation mark may end one).</summary>
    private static bool ReadsAsHeadline(PageContext page, int i)
    {
        var f = page.Features[i];
        return f.Words >= 4 && f.Words <= 25 && !(f.EndsWithTerminal && page.LineText(i).TrimEnd().EndsWith('.'));
    }

    /// <summary>
    /// A row of items with two spaced separators or more ("Home › Region › Bad Town", "News | Sport | Weather"): a breadcrumb,
    /// menu or widget, never the headline, though it names the story's places. A page title with one separator
    /// ("Bridge closed for repairs | City Daily") stays a candidate.
    /// </summary>
    private static bool IsSeparatedRow(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int k = 1; k + 1 < text.Length; k++)
        {
            // Spaced on both sides: "«Lesnik» beat «Polyus»" quotes names with guillemets, a breadcrumb spaces its arrows.
            if (text[k] is '|' or '›' or '»' or '•' or '·' or '>' && text[k - 1] == ' ' && text[k + 1] == ' ' && ++n >= 2)
                return true;
        }

        return false;
    }

    /// <summary>Content words a headline must share with the body on the last, loose try.</summary>
    public const int LooseTitleShared = 3;

    /// <summary>Share of its content words a headline must have in the body on the last, loose try (else a half).</summary>
    public const double LooseTitleShare = 1.0 / 3;

    /// <summary>Of the lines before <paramref name="end"/>, the one sharing most content words with the main block (and line <paramref name="lead"/>).</summary>
    private static int BestTitle(PageContext page, int end, int lead, int minShared = 2, double minShare = 0.5)
    {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < end; i++)
        {
            var f = page.Features[i];
            if (f.Words < 4 || f.Words > 40 || IsSeparatedRow(page.LineText(i)))
                continue;
            var (shared, total) = page.OverlapWithMain(i, lead);
            // On the loose try a line right above the body needs one shared word fewer ("Markets rally as tech
            // shares rebound" over a story that says "shares" and "the rally").
            int need = minShared > 2 && NextNonBlank(page, i, 1) == end ? minShared - 1 : minShared;
            if (shared < need || shared < minShare * total)
                continue;
            double score = shared + (double)shared / Math.Max(1, total);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// "June 18 (EUROPA PRESS) –", "SEOUL, South Korea (AP) —", "LONDON (Reuters) -"; without an agency, a place in
    /// capitals followed by a date, a region and a dash, or a dash alone ("BERLIN, May 2 –", "LAGOS, March 12",
    /// "PORTO ALEGRE, Brazil —", "KYIV —"): the wire-style dateline a story's first paragraph opens with, which
    /// scrapers often leave on a line of its own.
    /// </summary>
    public static bool IsDateline(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 80)
            return false;
        int open = t.IndexOf('(');
        int close = t.IndexOf(')');
        if (open < 0 || close < open + 2)
            return open < 0 && CapitalPlaceDateline().IsMatch(t);
        var agency = t[(open + 1)..close];
        foreach (char c in agency)
        {
            if (char.IsLower(c))
                return agency.Length <= 12 && char.IsUpper(agency[0]) && !agency.Contains(' ') && close + 1 < t.Length && IsDash(t[(close + 1)..]);
        }

        var rest = t[(close + 1)..].Trim();
        return rest.Length == 0 || IsDash(rest);
    }

    /// <summary>A press-release wire between slashes after the date ("/PRNewswire/", "/CNW/"), optional.</summary>
    private const string WireTag = @"(\s*/[\p{L}\p{N} .&-]{2,30}/)?";

    /// <summary>A dash, or two hyphens as press releases type it.</summary>
    private const string DatelineDash = @"(--|[-–—])";

    private const string DatelineMonths = "Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?";

    /// <summary>
    /// A place in capitals (one to four words, the first of two letters or more: "THE HAGUE", "ST. LOUIS"), then
    /// ", date" with an optional dash, ", Region" (optionally ", date", the region possibly abbreviated: "Ill.") with
    /// a dash, or a dash alone; after a date, a press-release wire between slashes may come before the dash
    /// ("CALGARY, Alberta, Feb. 5, 2025 /PRNewswire/ --"). Case-sensitive:
    /// a menu or heading in capitals ("WEATHER ALERT", "BREAKING NEWS:") has neither a date nor a closing dash.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\p{Lu}[\p{Lu}.'’-]+(\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(\s*,\s*(" + DatelineMonths + @")\.?\s+\d{1,2}(,\s*\d{4})?" + WireTag + @"(\s*" + DatelineDash + @")?|\s*,\s*\d{1,2}\s+(" + DatelineMonths + @")\.?(\s+\d{4})?" + WireTag + @"(\s*" + DatelineDash + @")?|\s*,\s*\p{Lu}\p{Ll}+\.?(\s+\p{Lu}\p{Ll}+\.?){0,2}(\s*,\s*(" + DatelineMonths + @")\.?\s+\d{1,2}(,\s*\d{4})?)?" + WireTag + @"\s*" + DatelineDash + @"|\s*" + DatelineDash + @")$",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CapitalPlaceDateline();

    private static bool IsDash(ReadOnlySpan<char> s)
    {
        s = s.TrimStart();
        return s.Length > 0 && s[0] is '-' or '–' or '—' or ':';
    }
}
