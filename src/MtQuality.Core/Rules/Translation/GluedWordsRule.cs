using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: two words written as one by extraction: a number glued to a word ("2019reports"), a
/// camel-case seam between two dictionary words whose second opens a sentence or a page widget ("FacebookShare",
/// "UkraineThe"; "BlackRock" is a company), a name glued to a function word when the
/// name stands alone elsewhere in the article ("…Ki Moonthe next day"), lower-case pairs such as "ofthe", a year
/// glued to a month or word ("November2023"), an article or preposition glued to a figure ("In2023", "the6th"),
/// a name glued to a bracketed age ("Sang-ho(67)"), and two sentences joined at a full stop with no space ("added.Sergei").
/// Two lower-case content words run together ("poolseason") are not looked for: the word list lacks too many real
/// compounds ("livestream", "gameplay") to tell them apart.
/// Why it matters: HTML-to-text steps drop the space between blocks or inline elements; every downstream
/// statistic then sees a word that does not exist.
/// </summary>
public sealed class GluedWordsRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.GluedWords,
        "glued-words",
        RuleCategory.Extraction,
        "glued-words",
        Severity.Warning,
        "Two words glued together",
        "Tokens that split into a number and a word, a function word and a figure (\"In2023\", \"the6th\"), two dictionary words at a case seam, a name of the article plus a function word, two common words, or a name glued to a bracketed age (\"Sang-ho(67)\").",
        "Lost spaces are the commonest extraction damage; they hide words from search and from every other rule.",
        [
            RuleExample.Flagged("The law passed in March [|2021requires|] all firms to report."),
            RuleExample.Flagged("Follow the story on [|TwitterShare|] this page."),
            RuleExample.Flagged("The envoy met Ban Ki Moon in Seoul, then saw Ban Ki [|Moonthe|] next day."),
            RuleExample.Flagged("It was the end [|ofthe|] season."),
            RuleExample.Flagged("Talks resumed after the [|warThe|] ministry said on Friday."),
            RuleExample.Flagged("Peace talks went on, Erdogan said, and [|thankedErdogan|] again."),
            RuleExample.Flagged("The deal was signed on 25 [|November2023|] in the capital."),
            RuleExample.Flagged("\"We are ready,\" he [|added.Sergei|] Lavrov agreed."),
            RuleExample.Flagged("The law takes effect once it appears in the Official [|Gazette.The|] opposition will appeal."),
            RuleExample.Flagged("Relations stay strained over the divided island of [|Cyprus.Analysts|] said the thaw could help."),
            RuleExample.Flagged("Exports from the port [|inTallinn|] rose, and the flats on the site of the [|formerVossberg|] mill were sold."),
            RuleExample.Flagged("The team has 58 [|points(17|] wins, 7 draws) after the last race."),
            RuleExample.Flagged("[|In2023|] a similar merger was carried out, and the first goal came in [|the6th|] minute."),
            RuleExample.Flagged("Farmer Hyun [|Sang-ho(67)|], who grows tangerines, said the price has fallen."),
            RuleExample.Clean("The Top10 list, the A320 and Windows11 shipped in 2023; Section(2) of the act, COVID(19) and f(2) stay, and Kim (67) said so."),
            RuleExample.Clean("The law passed in March 2021 requires all firms to report 4G and 5G use in the 1990s."),
            RuleExample.Clean("Each player(s) named on the sheet, and the points (21 wins) count; he booked a myTaxi home."),
            RuleExample.Clean("Airbus sold the A320 and G20 leaders met; Vision2030 and Windows11 shipped. See System.Text.Json and example.Com/news.Today."),
            RuleExample.Clean("He posted on YouTube and LinkedIn from his iPhone at McDonald's."),
            RuleExample.Clean("Shares of BlackRock, SoftBank, JetBlue and FirstEnergy rose; SmartThings and BlueScope fell."),
            RuleExample.Clean("Install Microsoft.Extensions.Logging and read Program.Main first; Gov.Newsom and Corp.The filings differ."),
            RuleExample.Clean("More than 250,000 homes were without power, according to PowerOutage.us and StormWatch.org figures."),
            RuleExample.Clean("The 3rd round starts at 10am and lasts 90min, said Atherton."),
            RuleExample.Clean("Speakers at StageFest met again at StageFest; the GlowFit® class and getElementById stayed."),
            RuleExample.Clean("The grower writes: import orchard def tidyUp(crate): orchard.tidy(crate) class Row(object): def __init__(self): orchard.register(tidyUp, self.crate)"),
        ])
    {
        Sources = "english-words.tsv (SCOWL + WordNet 3.1), case-forms.tsv for known camel-case names",
    };

    private static readonly string[] GlueWords = ["the", "and", "of", "to", "in", "is", "for", "that", "was", "on", "with", "by", "as", "at", "from", "said", "has", "his", "her"];

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "nd", "rd", "th", "s", "am", "pm", "km", "kg", "mm", "cm", "m", "bn", "mn", "k", "g", "mb", "gb", "tb", "kb", "mph",
        "kmh", "ml", "mg", "lb", "lbs", "ft", "in", "sec", "min", "mins", "hrs", "hr", "h", "d", "x", "p", "px", "pt", "kw", "mw",
        "gw", "kwh", "hz", "khz", "mhz", "ghz", "bit", "bits", "v", "w", "c", "f", "yo", "er", "e", "eme", "ème", "o", "a", "ª", "º",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        Dictionary<string, int>? articleWords = null;
        var code = CodeLines.Of(context);
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            var tok = context.Tokens[t];
            if (tok.Kind == TokenKind.Punct)
            {
                if (context.Text[tok.Start] == '.' && SentenceGlue(context, t) is { } span && !IsInsideUrl(context.Text, context.Tokens[t - 1]))
                    findings.Add(context.Flag(Rule, span, $"No space after the full stop: \"{context.Text[span.Start..span.End]}\""));
                else if (context.Text[tok.Start] == '(' && ParenGlue(context, t, code) is { } paren)
                    findings.Add(context.Flag(Rule, paren, $"No space before the bracket: \"{context.Text[paren.Start..paren.End]}\""));
                continue;
            }

            if (tok.Kind != TokenKind.Word || !context.IsContent(tok.LineIndex) || code.IsCode(tok.LineIndex))
                continue;
            var w = context.WordSpan(t);
            if (w.Length < 4)
                continue;
            string? why = NumberGlue(w) ?? YearGlue(w) ?? FunctionWordNumberGlue(w) ?? LowerGlue(w);
            if (why is null && char.IsUpper(w[0]))
            {
                articleWords ??= CollectWords(context);
                why = CamelGlue(context.Word(t));
                // A camel-case token the article repeats, or marks as a trade mark, is a brand or an identifier
                // ("WordCamps", "HyperBody®"); a lost space happens once.
                if (why is not null && (articleWords.GetValueOrDefault(context.Word(t)) >= 2 || (tok.End < context.Text.Length && context.Text[tok.End] is '®' or '™')))
                    why = null;
                if (why is null && TextFacts.IsTitleWord(w))
                    why = NameGlue(context.Word(t), articleWords);
            }
            else if (why is null && char.IsLower(w[0]))
            {
                articleWords ??= CollectWords(context);
                why = LowerCamelGlue(context.Word(t), articleWords);
            }

            // Links and handles are checked last: scanning round a token costs more than the glue tests themselves.
            if (why is not null && !IsInsideUrl(context.Text, tok))
                findings.Add(context.Flag(Rule, tok.Span, why));
        }
    }

    private static string? NumberGlue(ReadOnlySpan<char> w)
    {
        int d = 0;
        while (d < w.Length && char.IsDigit(w[d]))
            d++;
        if (d == 0 || d == w.Length)
            return null;
        var rest = w[d..];
        if (rest.Length < 3 || !TextFacts.IsLowerWord(rest) || Units.Contains(rest.ToString()))
            return null;
        return EnglishLexicon.WordScore(rest) >= 2.5 ? $"Number glued to \"{rest}\"" : null;
    }

    /// <summary>
    /// "November2023", "since2021": a year glued after a month name or a lower-case word. Letters before other
    /// digits are model and product names ("A320", "G20", "Windows11", "Vision2030"), so only a year after a month
    /// or a lower-case dictionary word counts.
    /// </summary>
    private static string? YearGlue(ReadOnlySpan<char> w)
    {
        if (w.Length < 6 || !char.IsDigit(w[^1]))
            return null;
        var year = w[^4..];
        var head = w[..^4];
        if (!(year.StartsWith("19") || year.StartsWith("20")) || year.ContainsAnyExceptInRange('0', '9'))
            return null;
        if (!AllLetters(head))
            return null;
        if (TextFacts.IsMonthName(head) || (TextFacts.IsLowerWord(head) && head.Length >= 2 && EnglishLexicon.WordScore(head) >= 3))
            return $"\"{head}\" and \"{year}\" run together";
        return null;
    }

    /// <summary>
    /// "In2023", "the6th", "of12": an article, preposition or conjunction glued to the figure or ordinal after it.
    /// Product and model names put letters before digits too ("A320", "Windows11", "Top10"), but none is a
    /// function word of this closed list, which can only stand before a figure.
    /// </summary>
    private static string? FunctionWordNumberGlue(ReadOnlySpan<char> w)
    {
        int d = 0;
        while (d < w.Length && char.IsAsciiLetter(w[d]))
            d++;
        if (d < 2 || d == w.Length || !char.IsAsciiDigit(w[d]))
            return null;
        var head = w[..d];
        if (!(TextFacts.IsLowerWord(head) || TextFacts.IsTitleWord(head)) || !FiguredFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
            return null;
        int e = d;
        while (e < w.Length && char.IsAsciiDigit(w[e]))
            e++;
        var digits = w[d..e];
        var tail = w[e..];
        if (digits.Length > 4 || (tail.Length > 0 && !(digits.Length <= 3 && tail is "st" or "nd" or "rd" or "th")))
            return null;
        return $"\"{head}\" and \"{w[d..]}\" run together";
    }

    /// <summary>Articles, prepositions and conjunctions that stand before a figure or an ordinal ("in 2023", "the 6th", "since 2021").</summary>
    private static readonly HashSet<string> FiguredFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "in", "on", "at", "of", "by", "to", "for", "from", "since", "until", "till", "after", "before", "over", "under",
        "about", "around", "than", "and", "with", "between", "during", "within",
    };

    /// <summary>
    /// "he added.Sergei Lavrov said": a full stop between a lower-case word and a capitalised one with no space
    /// after it, where two sentences were joined by extraction. File names, domains and code ("index.Html",
    /// "System.Text") are kept out by asking for a dictionary word before the stop, a Title-case word of letters
    /// after it, and white space (or the line's start) before the pair and after it.
    /// </summary>
    /// <summary>
    /// "58 points(17 wins": an opening bracket glued to the lower-case dictionary word before it and opening a number
    /// or a word. Plural markers ("player(s)"), function calls and code ("tidyUp(crate)") are left alone.
    /// </summary>
    private static TextSpan? ParenGlue(AnalysisContext context, int t, CodeLines code)
    {
        var tokens = context.Tokens;
        if (t == 0 || t + 1 >= tokens.Count || tokens[t - 1].Kind != TokenKind.Word || tokens[t - 1].End != tokens[t].Start
            || tokens[t + 1].Start != tokens[t].End || tokens[t + 1].Kind is not (TokenKind.Word or TokenKind.Number)
            || !context.IsContent(tokens[t].LineIndex) || code.IsCode(tokens[t].LineIndex))
            return null;
        var left = context.WordSpan(t - 1);
        if (NameAgeGlue(context, t, left))
            return new TextSpan(tokens[t - 1].Start, tokens[t + 2].End);
        if (left.Length < 3 || !TextFacts.IsLowerWord(left) || EnglishLexicon.WordScore(left) < 3)
            return null;
        if (tokens[t + 1].Kind == TokenKind.Word)
        {
            var inner = context.WordSpan(t + 1);
            if (inner.Length < 3 || inner is "es" or "ies" || !AllLetters(inner))
                return null;
        }

        // Inside the brackets prose goes on (a space follows the first word): "points(17 wins", not "f(x)".
        var after = tokens[t + 1].End;
        if (after >= context.Text.Length || context.Text[after] != ' ')
            return null;
        return new TextSpan(tokens[t - 1].Start, tokens[t + 1].End);
    }

    /// <summary>
    /// "Hyun Sang-ho(67)", "Li Wei(45)": a capitalised name glued to a bracketed figure of one to three digits, the age
    /// or count of the Korean, Chinese and Japanese press, which English sets apart with a space or commas. The name
    /// starts after a space (not "Math.Max(2)") and is not a capitalised common word ("Section(2)"); a word
    /// or a letter right after the bracket ("Fe(3)x") is a formula.
    /// </summary>
    private static bool NameAgeGlue(AnalysisContext context, int t, ReadOnlySpan<char> left)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        if (left.Length < 2 || !char.IsUpper(left[0]) || tokens[t + 1].Kind != TokenKind.Number || tokens[t + 1].Span.Length > 3
            || t + 2 >= tokens.Count || tokens[t + 2].Start != tokens[t + 1].End || text[tokens[t + 2].Start] != ')')
            return false;
        if (tokens[t + 2].End < text.Length && char.IsLetterOrDigit(text[tokens[t + 2].End]))
            return false;
        if (tokens[t - 1].Start > 0 && !char.IsWhiteSpace(text[tokens[t - 1].Start - 1]))
            return false;
        bool hyphen = false;
        for (int i = 1; i < left.Length; i++)
        {
            if (left[i] == '-' && i + 1 < left.Length && char.IsLetter(left[i + 1]))
                hyphen = true;
            else if (!char.IsLower(left[i]))
                return false; // "COVID(19)", "McKay(3)": acronyms and codes
        }

        // A capitalised common word ("Section(2)", "Table(3)"): the dictionary knows it in lower case.
        return hyphen || !EnglishLexicon.IsWord(left) || EnglishLexicon.CaseFormOf(left) is { CapShare: >= 0.5 };
    }

    private static TextSpan? SentenceGlue(AnalysisContext context, int t)
    {
        var tokens = context.Tokens;
        if (t == 0 || t + 1 >= tokens.Count || tokens[t - 1].Kind != TokenKind.Word || tokens[t + 1].Kind != TokenKind.Word)
            return null;
        var (left, dot, right) = (tokens[t - 1], tokens[t], tokens[t + 1]);
        if (left.End != dot.Start || dot.End != right.Start || !context.IsContent(left.LineIndex))
            return null;
        var text = context.Text;
        if ((left.Start > 0 && !char.IsWhiteSpace(text[left.Start - 1]) && text[left.Start - 1] is not ('"' or '”' or '“' or '(' or ','))
            || (right.End < text.Length && (char.IsLetterOrDigit(text[right.End]) || text[right.End] is '.' or '(' or '_' or '/' or '@')))
            return null;
        var l = text.AsSpan(left.Start, left.Span.Length);
        var r = text.AsSpan(right.Start, right.Span.Length);
        if (l.Length < 3 || r.Length < 2 || !TextFacts.IsTitleWord(r) || !AllLetters(r))
            return null;
        // A lower-case dictionary word before the stop ("added.Sergei"), or a capitalised word of four letters or
        // more, not an abbreviation, before a capitalised function word ("Gazette.The", "Ministry.In"): file
        // names, domains and initials ("Example.Com", "St.John") have neither shape.
        bool lowerLeft = TextFacts.IsLowerWord(l) && EnglishLexicon.WordScore(l) >= 3;
        bool nameLeft = l.Length >= 4 && TextFacts.IsTitleWord(l) && AllLetters(l) && !Segmenter.IsAbbreviation(l.ToString())
                        && (WordLists.IsFunctionWord(r) || (CasingFacts.IsOneWordPlace(context.Word(t - 1)) && IsCommonWord(r)));
        if (!lowerLeft && !nameLeft)
            return null;
        return new TextSpan(left.Start, right.End);
    }

    /// <summary>A capitalised common English word ("Analysts", "Officials"): usually lower case, so the capital starts a sentence.</summary>
    private static bool IsCommonWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 4)
            return false;
        var lower = w.ToString().ToLowerInvariant();
        return EnglishLexicon.WordScore(lower) >= 3 && EnglishLexicon.CaseForm(lower) is not { CapShare: >= 0.5 };
    }

    private static bool AllLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return true;
    }

    /// <summary>
    /// Words that open a sentence or a page block: determiners, pronouns, conjunctions and prepositions that start
    /// English sentences, sentence adverbs of news prose, and the labels of share, comment and related-link widgets.
    /// </summary>
    private static readonly HashSet<string> BlockStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "he", "she", "it", "they",
        "we", "you", "and", "but", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "after", "before", "during",
        "while", "when", "since", "although", "though", "if", "as", "by", "to", "of", "about", "according", "meanwhile",
        "however", "also", "earlier", "later", "last", "next", "now", "today", "yesterday", "some", "many", "most", "more",
        "all", "both", "each", "several", "other", "another", "one", "two", "three", "share", "tweet", "email", "print",
        "comment", "comments", "reply", "related", "read", "click", "follow", "subscribe", "photo", "video", "source",
        "advertisement", "home", "menu", "search", "login", "tags", "previous", "posted", "updated", "published", "written",
    };

    private static string? CamelGlue(string w)
    {
        if (!char.IsUpper(w[0]) || w.StartsWith("Mc", StringComparison.Ordinal) || w.StartsWith("Mac", StringComparison.Ordinal))
            return null; // iPhone, eBay, McDonald, MacArthur
        for (int i = 2; i < w.Length - 1; i++)
        {
            if (!char.IsLower(w[i - 1]) || !char.IsUpper(w[i]))
                continue;
            var left = w[..i];
            var right = w[i..];
            if (!TextFacts.IsTitleWord(right) || right.Length < 3)
                return null; // LinkedIn, PayOn: brand names end in short particles
            if (EnglishLexicon.CaseFormOf(w) is { } cf && cf.Usual == w)
                return null; // a known camel-case name (YouTube, LinkedIn)
            // Two capitalised dictionary words make most company and product names ("BlackRock", "SoftBank",
            // "JetBlue", "FirstEnergy"). A lost space joins the end of one block to the start of the next, and blocks
            // start with a sentence opener or a page-widget word ("UkraineThe", "TwitterShare"): only those count.
            if (!BlockStarts.Contains(right))
                return null;
            if (EnglishLexicon.WordScore(left.ToLowerInvariant()) >= 2 && EnglishLexicon.WordScore(right.ToLowerInvariant()) >= 3 && !EnglishLexicon.IsWord(w))
                return $"\"{left}\" and \"{right}\" run together";
            return null;
        }

        return null;
    }

    /// <summary>
    /// "ministerRead", "warThe", "saidPutin": a lower-case dictionary word glued to a capitalised word (a common word,
    /// a function word or a name the article writes alone). Identifiers have more humps ("getElementById") and
    /// brands a short head ("iPhone", "eBay"), so exactly one seam and a head of three letters are required.
    /// </summary>
    private static string? LowerCamelGlue(string w, Dictionary<string, int> articleWords)
    {
        int seam = -1;
        for (int i = 1; i < w.Length; i++)
        {
            if (!char.IsLetter(w[i]))
                return null;
            if (char.IsUpper(w[i]))
            {
                if (seam >= 0)
                    return null;
                seam = i;
            }
        }

        if (seam < 2 || w.Length - seam < 2)
            return null;
        var left = w[..seam];
        var right = w[seam..];
        // A two-letter head is a brand's prefix ("myTaxi") unless it is a preposition glued to a name ("inTallinn").
        if (seam == 2 && !(GluedPrepositions.Contains(left) && right.Length >= MinNameAfterGlue))
            return null;
        if (EnglishLexicon.CaseFormOf(w) is not null || EnglishLexicon.WordScore(left) < 2.5)
            return null;
        var rightLower = right.ToLowerInvariant();
        bool rightIsWord = WordLists.IsFunctionWord(right) ? right.Length >= 2 : right.Length >= 3 && (EnglishLexicon.WordScore(rightLower) >= 3 || articleWords.ContainsKey(right));
        // A name or rare word after a glued preposition or one of the commonest words ("inTallinn", "formerVossberg");
        // brands join a short or rarer head to it ("myTaxi", "iPhone").
        bool nameAfterCommonWord = !rightIsWord && right.Length >= MinNameAfterGlue
            && (seam == 2 || EnglishLexicon.WordScore(left) >= CommonHeadZipf);
        return rightIsWord || nameAfterCommonWord ? $"\"{left}\" and \"{right}\" run together" : null;
    }

    /// <summary>Prepositions that a lost space glues to the name after them ("inTallinn", "ofOslo").</summary>
    private static readonly HashSet<string> GluedPrepositions = new(StringComparer.Ordinal) { "in", "of", "on", "at", "to", "by" };

    /// <summary>Shortest name taken as glued after a preposition or a common word.</summary>
    public const int MinNameAfterGlue = 4;

    /// <summary>Zipf frequency from which a head word is too common to start a brand ("former", "said", "near").</summary>
    public const double CommonHeadZipf = 4.5;

    private static string? LowerGlue(ReadOnlySpan<char> w)
    {
        // The lexicon lookups are the costly tests (a cache miss in a large table): a word that neither begins nor
        // ends with a glue word (most words) is answered without them.
        if (w.Length < 5 || !TextFacts.IsLowerWord(w) || !HasGlueEdge(w) || EnglishLexicon.IsWord(w))
            return null;
        foreach (var g in GlueWords)
        {
            if (w.Length - g.Length < 3)
                continue;
            if (w.StartsWith(g, StringComparison.Ordinal) && EnglishLexicon.WordScore(w[g.Length..]) >= 3.5)
                return $"\"{g}\" and \"{w[g.Length..]}\" run together";
            if (w.EndsWith(g, StringComparison.Ordinal) && EnglishLexicon.WordScore(w[..^g.Length]) >= 3.5)
                return $"\"{w[..^g.Length]}\" and \"{g}\" run together";
        }

        return null;
    }

    /// <summary>Whether the loop of <see cref="LowerGlue"/> has a glue word to try: one that begins or ends the word and leaves three letters or more.</summary>
    private static bool HasGlueEdge(ReadOnlySpan<char> w)
    {
        foreach (var g in GlueWords)
        {
            if (w.Length - g.Length >= 3 && (w.StartsWith(g, StringComparison.Ordinal) || w.EndsWith(g, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    /// <summary>"Moonthe": a name that stands alone elsewhere in the article, glued to a function word.</summary>
    private static string? NameGlue(string w, Dictionary<string, int> articleWords)
    {
        var lookup = articleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var g in GlueWords)
        {
            // Two-letter glue words end too many real names (Clinton, Martin); only longer ones count here.
            if (g.Length < 3 || w.Length - g.Length < 2 || !w.EndsWith(g, StringComparison.Ordinal))
                continue;
            var name = w.AsSpan(0, w.Length - g.Length);
            // The lexicon is asked only for the rare token that ends in a glue word after a name of the article.
            if (lookup.ContainsKey(name))
                return EnglishLexicon.IsWord(w) || EnglishLexicon.CaseFormOf(w) is not null ? null : $"\"{name}\" and \"{g}\" run together";
        }

        return null;
    }

    /// <summary>Capitalised words of the article and how often each occurs.</summary>
    private static Dictionary<string, int> CollectWords(AnalysisContext context)
    {
        var set = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t)))
                set[context.Word(t)] = set.GetValueOrDefault(context.Word(t)) + 1;
        }

        return set;
    }

    private static bool IsInsideUrl(string text, Token tok)
    {
        int s = tok.Start;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && tok.Start - s < 200)
            s--;
        var chunk = text.AsSpan(s, Math.Min(text.Length - s, tok.End - s + 200));
        int sp = chunk.IndexOfAny(' ', '\t', '\n');
        if (sp >= 0)
            chunk = chunk[..sp];
        return chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains("www.", StringComparison.Ordinal) || chunk.Contains('@') || chunk.Contains('#')
               || IsDomainName(chunk);
    }

    /// <summary>"PowerOutage.us", "BuzzFeed.com": a dot inside the run followed by a lower-case top-level label.</summary>
    private static bool IsDomainName(ReadOnlySpan<char> chunk)
    {
        for (int i = 1; i < chunk.Length - 2; i++)
        {
            if (chunk[i] != '.' || !char.IsLetterOrDigit(chunk[i - 1]))
                continue;
            int j = i + 1;
            while (j < chunk.Length && char.IsAsciiLetterLower(chunk[j]))
                j++;
            if (j - i - 1 >= 2 && j - i - 1 <= 6 && (j == chunk.Length || !char.IsLetter(chunk[j])))
                return true;
        }

        return false;
    }
}
