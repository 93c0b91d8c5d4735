using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a common word capitalised mid-sentence although English writes it in lower case ("at the
/// leader's pace Weapons tests"), judged by the background case model (case-forms.tsv) and, when an index is
/// given, by how the corpus itself writes the word.
/// Why it matters: segment seams in MT output capitalise the first word of each segment; content words show
/// the seam as clearly as function words do.
/// </summary>
public sealed class UnusualCapitalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnusualCapital,
        "unusual-capital",
        RuleCategory.Translation,
        "midsentence-capital",
        Severity.Info,
        "Common word capitalised mid-sentence",
        "A capitalised common noun, verb or adjective inside a sentence, not after a determiner, not next to another capitalised word, and usually lower-case in English and in the corpus.",
        "MT segment seams capitalise content words too; institutions after 'the' and multi-word names are left alone.",
        [
            RuleExample.Flagged("Soldiers fired shots as troops crossed [|Border|] posts near the river."),
            RuleExample.Flagged("Officials said exports of grain [|Increased|] sharply this year."),
            RuleExample.Clean("Soldiers fired shots as troops crossed the border near the river."),
            RuleExample.Clean("The Government said the State Department had been informed."),
            RuleExample.Clean("She met the Prime Minister in the White House on Monday."),
            RuleExample.Clean("Since the update, Harbor syncs files faster, and users say Harbor crashes less."),
            RuleExample.Clean("Schools close when the county moves to Stage 4 of the plan."),
            RuleExample.Clean("The singer told Harper in May, and Cobb said the kit ships with Anvil, a build tool."),
            RuleExample.Clean("Breakfast may be Porridge, Toast, or Pancakes; cards come from Zotac, Palit and Gigabyte."),
            RuleExample.Clean("Reyes L, Okafor T, et al. Reduced sleep and memory in older adults. J Sleep Res. 2019."),
            RuleExample.Clean("The car was southbound on 1600E Road when a deer crossed near 42nd Street."),
            RuleExample.Clean("The phone drops the company's Lightning connector for a new port."),
            RuleExample.Clean("The results, published in the journal Technology, were chaired by the alliance Sustain and groups like Indivisible."),
            RuleExample.Flagged("The results were published in a journal with [|Technology|] experts on the board."),
            RuleExample.Clean("She explained to People in May that the Sage group had read a How to Succeed in Business manual."),
            RuleExample.Flagged("The new rules left hundreds of [|Farm|] workers without pay, and Lyon and Lille protested."),
            RuleExample.Clean("Apple unveiled a thinner iPad Air; the defeat leaves Liverpool four points clear of Arsenal, who host Chelsea."),
            RuleExample.Clean("The provision was dropped after opposition from Democrats and several Republicans."),
            RuleExample.Flagged("Officials said the troops crossed [|Border|] posts, who were later arrested."),
            RuleExample.Flagged("Without simpler rules, investors will hardly build new [|Houses|], the association said on Monday."),
            RuleExample.Clean("The deal was signed with Acme, the company that makes the parts, on Monday."),
            RuleExample.Clean("Then the grower ran it: >>> crate = load() Trace (latest call last): Row \"crate.py\", line 9, in load Row \"crate.py\", line 4, in weigh return None"),
            RuleExample.Clean("To export the plums, choose Harvest » Export in the grower app."),
            RuleExample.Clean("Growers may pay with Amex or Diners, and play on Easy or Hard difficulty."),
            RuleExample.Clean("The grower writes plums daily ✨ Subscribe to the letter 🍐 Follow the orchard on the web."),
            RuleExample.Clean("For the glaze you need 200 grams Plain flour 2 tbsp Brown sugar 1/2 tsp Sweet paprika and 150 ml Cold milk to finish the plums."),
            RuleExample.Clean("The grower worries about Mom all the time, and Grandpa said so. Send plums to 12 Vale Rd., Apt. 4B before noon. Run heavy tools such as Harvest® Planner on it."),
            RuleExample.Clean("Read the latest news on plums and pears 🏃🏽‍♀️ Want the best tools to get fit? Check out the grower page."),
            RuleExample.Clean("Make all the code in your main Ladder app follow the rules, though the new Bucket release may help more."),
            RuleExample.Clean("To file a complaint, go to Support, press the Harvest button or open it in Lantern to print; the songs were dedicated to Heart."),
            RuleExample.Flagged("The troops crossed over [|Land|] border posts near the river."),
            RuleExample.Flagged("The treaty bans the sale of [|Weapons|] and slows the growth of [|Cities|] in the region."),
            RuleExample.Clean("On the server, run $ORCHARD -t nat -A rows -i $ROWIF -p tcp --dport 273 -j Harvest --to 10.0.0.2 each night."),
        ])
    {
        Sources = "case-forms.tsv (SCOWL + WordNet 3.1 capitalisation shares); corpus case counts from the index",
    };

    /// <summary>Below this share of capitalised uses a capital is unusual.</summary>
    public const double MaxCapShare = 0.1;

    // Also left alone: a word the article itself capitalises at least twice mid-sentence and never writes in lower
    // case (a product, a person or a term: CasingFacts.ConsistentlyCapitalised), and a word before a number.

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var code = CodeLines.Of(context);
        foreach (var s in context.ContentSentences)
        {
            if (code.IsCode(s.LineIndex) || CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            for (int t = s.FirstToken + 1; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (w.Length < 3 || !TextFacts.IsTitleWord(w) || WordLists.IsFunctionWord(w) || w.ContainsAny("-'’"))
                    continue;
                if (NameByPosition(context, s, t))
                    continue;
                var lower = context.Word(t).ToLowerInvariant();
                if (KinshipNames.Contains(lower))
                    continue;
                if (EnglishLexicon.WordScore(lower) < 3.0 || CasingFacts.ConsistentlyCapitalised(context, lower))
                    continue;
                // A plural takes its singular's capitalisation ("Democrats", "Republicans": only the singular is listed).
                if ((EnglishLexicon.CaseForm(lower) ?? (lower.Length > 4 && lower[^1] == 's' ? EnglishLexicon.CaseForm(lower[..^1]) : null)) is { } cf && cf.CapShare > MaxCapShare)
                    continue;
                if (EnglishLexicon.Gazetteer.TypesOf(context.Word(t)).Count > 0)
                    continue;
                var corpus = context.Corpus.Case(lower).CapitalShare(5);
                if (corpus is > 0.3)
                    continue;
                findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" is usually written in lower case"));
            }
        }
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="t"/> stands where English puts a name or term: after a sentence
    /// start or punctuation that licenses a capital, inside a run of capitalised words, after a determiner, number or
    /// possessive, in close apposition with a classifying noun, before a number or a trademark, next to a reporting
    /// verb, or as the whole object of a preposition. Shared with odd-word-order, whose capitalised-common-word red flag
    /// must not fire where this rule sees a name.
    /// </summary>
    internal static bool NameByPosition(AnalysisContext context, Sentence s, int t)
    {
        if (CasingFacts.CapitalLicensedByPrevious(context, s, t))
            return true;
        if (PartOfName(context, t, s, -1) || PartOfName(context, t, s, +1))
            return true;
        var prev = context.Tokens[t - 1];
        if (prev.Kind == TokenKind.Number || (prev.Kind == TokenKind.Word && EnglishLexicon.Pos(context.Word(t - 1).ToLowerInvariant()).Contains('d')))
            return true; // "the Government", "his Majesty", "Article 5 Section"
        if (prev.Kind == TokenKind.Word && context.WordSpan(t - 1).ContainsAny("0123456789"))
            return true; // an address or a numbered thing: "1600E Road", "42nd Street", "COVID-19 Vaccine
        if (prev.Kind == TokenKind.Word && t - 2 >= s.FirstToken && context.Tokens[t - 2].Kind == TokenKind.Number && MeasureUnits.Contains(context.Word(t - 1)))
            return true; // an item after its quantity in a list without punctuation: "2 tsp Dried yeast 120 ml Olive oil"
        if (prev.Kind == TokenKind.Word && IsPossessive(context.WordSpan(t - 1)))
            return true; // a possessor's named thing: "the company's Lightning connector", "Apple's Safari"
        if (NamedInApposition(context, s, t) || InTitleCaseRun(context, s, t))
            return true;
        if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Number)
            return true; // a numbered thing: "Level 3", "Section 9", "Phase 2"
        if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Punct && context.CharAt(t + 1) is '»' or '›' or '→' or '>')
            return true; // a step of a menu path or breadcrumb: "choose Edit » Paste"
        if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Punct && context.CharAt(t + 1) is '®' or '™' or '℠')
            return true; // a trademark: "Acme® Writer"
        // (The number may open the next sentence when the segmenter ends one at the abbreviation's stop.)
        if (t + 2 < context.Tokens.Count && context.Tokens[t + 2].LineIndex == s.LineIndex && context.Tokens[t + 1].Start == context.Tokens[t].End && context.CharAt(t + 1) is '.' or '/'
            && context.Tokens[t + 1].Kind == TokenKind.Punct && context.Tokens[t + 2].Start == context.Tokens[t + 1].End + (context.CharAt(t + 1) == '.' ? 1 : 0)
            && char.IsAsciiDigit(context.Text[context.Tokens[t + 2].Start]))
            return true; // an abbreviation before its number, a product before its version: "Apt. 4B", "Fig. 3", "Browser/12.0"
        if (NameContext(context, s, t))
            return true;
        return WholeObjectOfPreposition(context, s, t);
    }

    /// <summary>
    /// A capitalised word that is the whole object of a preposition: a lower-case preposition before it, and after it
    /// the phrase ends (punctuation, the sentence's end) or a new constituent begins with a preposition or conjunction
    /// ("go to Support.", "a love of Flash (which …", "documents in Safari to open", "by Gunner, age 8"). A bare
    /// singular noun cannot stand alone as a prepositional object in English unless it is a name or a mass noun
    /// (Quirk et al. 1985, §5.26–5.28 on count nouns needing a determiner), and an MT segment seam falls at a clause
    /// boundary, never between a preposition and its object. A seam capital that opens a clause of more words ("over
    /// Land border", "hundreds of Farm workers") continues with content words and stays flagged; adverbs ("bad
    /// Again,") are no prepositional objects.
    /// </summary>
    private static bool WholeObjectOfPreposition(AnalysisContext context, Sentence s, int t)
    {
        if (t - 1 <= s.FirstToken || context.Tokens[t - 1].Kind != TokenKind.Word || !char.IsLower(context.CharAt(t - 1)))
            return false;
        var prep = EnglishLexicon.Pos(context.Word(t - 1));
        if (!prep.Contains('p') || prep.Contains('x'))
            return false;
        var lower = context.Word(t).ToLowerInvariant();
        if (EnglishLexicon.Pos(lower).Contains('r') || IsPluralOfNoun(lower))
            return false; // an adverb is no object; a plural needs no determiner, so the argument holds for singulars only ("a sale of Weapons.")
        if (t + 1 >= s.EndToken)
            return true;
        var next = context.Tokens[t + 1];
        if (next.Kind == TokenKind.Punct)
            return context.CharAt(t + 1) is not ('\'' or '’' or '-' or '&');
        if (next.Kind != TokenKind.Word || !char.IsLower(context.CharAt(t + 1)))
            return false;
        var pos = EnglishLexicon.Pos(context.Word(t + 1));
        return pos.Length > 0 && (pos.Contains('p') || pos.Contains('c')) && !pos.Contains('n') && !pos.Contains('v');
    }

    /// <summary>
    /// A regular plural of a common noun that is not itself a noun lemma: "weapons" (weapon), "taxes" (tax), "cities"
    /// (city). WordNet lists lemmas only, so the singular is looked up after the English plural endings.
    /// </summary>
    private static bool IsPluralOfNoun(string lower)
    {
        if (lower.Length < 4 || lower[^1] != 's' || lower[^2] == 's' || EnglishLexicon.Pos(lower).Contains('n'))
            return false;
        if (EnglishLexicon.Pos(lower[..^1]).Contains('n'))
            return true;
        if (lower.EndsWith("ies", StringComparison.Ordinal) && EnglishLexicon.Pos(string.Concat(lower.AsSpan(0, lower.Length - 3), "y")).Contains('n'))
            return true;
        return lower.EndsWith("es", StringComparison.Ordinal) && EnglishLexicon.Pos(lower[..^2]).Contains('n');
    }

    /// <summary>A lower-case initial followed by a capital inside the word ("iPad", "eBay", "macOS").</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> w) =>
        w.Length > 2 && char.IsLower(w[0]) && w[1..].IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>
    /// Kinship terms that English capitalises when they stand for a name, without a determiner or possessive ("worried
    /// about Mom", "Grandpa said"; Chicago Manual of Style 17th ed., 8.35). With a determiner ("his mom") the
    /// determiner check above already leaves a capital alone.
    /// </summary>
    private static readonly HashSet<string> KinshipNames = new(StringComparer.Ordinal)
    {
        "mom", "mum", "mommy", "mummy", "momma", "mama", "dad", "daddy", "papa", "grandma", "grandpa", "granny", "grandad",
        "granddad", "grandmother", "grandfather", "nana", "auntie",
    };

    /// <summary>
    /// Units of measure written after a number, as ingredient lists, spec sheets and shopping lists write them: the
    /// SI and customary units of mass, volume and length (NIST SP 811 and NIST Handbook 133's household measures),
    /// with their usual abbreviations. An item named after its quantity starts a new list entry, so it may be
    /// capitalised ("120 ml Olive oil 2 tsp Dried yeast").
    /// </summary>
    private static readonly HashSet<string> MeasureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "mg", "g", "gr", "gram", "grams", "kg", "kilo", "kilos", "kilogram", "kilograms", "oz", "ounce", "ounces", "lb", "lbs",
        "pound", "pounds", "ml", "cl", "dl", "l", "litre", "litres", "liter", "liters", "pt", "pint", "pints", "qt", "quart",
        "quarts", "gal", "gallon", "gallons", "tsp", "tsps", "teaspoon", "teaspoons", "tbsp", "tbsps", "tbs", "tablespoon",
        "tablespoons", "cup", "cups", "floz", "mm", "cm", "m", "km", "inch", "inches", "ft", "foot", "feet", "yd", "yard", "yards",
    };

    private static bool IsPossessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>
    /// Nouns that introduce a name in close apposition ("the journal Technology", "the alliance Sustain", "the
    /// album Unison"; Quirk et al. 1985, §17.70–17.76 on close apposition with a classifying noun), and the verbs
    /// and prepositions that introduce one ("a group called Dynasties", "groups like Indivisible").
    /// </summary>
    private static readonly HashSet<string> NameClassifiers = new(StringComparer.Ordinal)
    {
        "journal", "magazine", "newspaper", "tabloid", "paper", "daily", "weekly", "newsletter", "publication", "outlet",
        "broadcaster", "album", "single", "song", "track", "band", "group", "alliance", "coalition", "network", "company",
        "firm", "brand", "startup", "app", "programme", "program", "show", "series", "film", "movie", "documentary",
        "book", "novel", "memoir", "game", "charity", "campaign", "party", "organisation", "organization", "website",
        "podcast", "channel", "station", "label", "studio", "team", "club", "ship", "vessel", "operation", "project",
        "initiative", "movement", "platform", "service", "software", "package", "library", "framework", "browser",
        "agency", "foundation", "institute", "blog", "restaurant", "bar", "hotel", "store", "chain", "retailer", "bank",
        "airline", "carrier", "manufacturer", "hurricane", "storm", "typhoon", "cyclone", "exercise", "codename",
        "release", "version", "edition", "console", "plugin", "extension",
        // Use and mention ("the word Tiger", "the term Advice"; Quirk et al. 1985, §17.74), and the element types that
        // follow a control's name in UI text ("the Save button", "the Player option"; Microsoft Writing Style Guide,
        // "Formatting text in instructions").
        "word", "term", "phrase", "button", "tab", "menu", "option", "setting", "settings", "checkbox", "dialog", "pane",
        "panel", "toolbar", "icon", "field", "screen", "mode",
        "called", "named", "dubbed", "titled", "entitled", "nicknamed", "codenamed", "branded", "like", "including",
    };

    /// <summary>
    /// A capital right after a noun or verb that introduces a name ("the journal Technology", "groups like
    /// Indivisible"), or right before a classifying noun that the name modifies ("People magazine", "the Sage group",
    /// "the Tern app", "the new Quill release"; "app" and "podcast" are missing from WordNet, so the following noun is
    /// recognised by the list, less its verbs and prepositions).
    /// </summary>
    private static bool NamedInApposition(AnalysisContext context, Sentence s, int t)
    {
        if (t - 1 >= s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && NameClassifiers.Contains(context.Word(t - 1)))
            return true;
        return t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && context.Word(t + 1) is var next
               && NameClassifiers.Contains(next) && char.IsLower(next[0]) && !NameIntroducers.Contains(next);
    }

    /// <summary>The verbs and prepositions of <see cref="NameClassifiers"/>: they introduce a name after them, never classify one before them.</summary>
    private static readonly HashSet<string> NameIntroducers = new(StringComparer.Ordinal)
    {
        "called", "named", "dubbed", "titled", "entitled", "nicknamed", "codenamed", "branded", "like", "including",
    };

    /// <summary>Short function words that Title Case leaves in lower case inside a title ("How to Succeed in Business").</summary>
    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
    };

    /// <summary>
    /// The word sits in a Title-Case title of at least three capitalised words, counting across the small words a
    /// title leaves in lower case ("a How to Succeed in Business manual", "Don't Buy Books by Crooks"). The
    /// sentence's first word does not count: its capital says nothing.
    /// </summary>
    private static bool InTitleCaseRun(AnalysisContext context, Sentence s, int t)
    {
        // Bounded: it stops at the third capital and looks at most MaxTitleScan tokens each way, so a hostile
        // sentence of "Word to Word to Word …" costs a constant per word, not the length of the run.
        const int MaxTitleScan = 12;
        int caps = 1;
        foreach (int dir in (ReadOnlySpan<int>)[-1, 1])
        {
            int small = 0;
            for (int k = t + dir, steps = 0; k > s.FirstToken && k < s.EndToken && steps < MaxTitleScan; k += dir, steps++)
            {
                if (context.Tokens[k].Kind != TokenKind.Word)
                {
                    if (context.CharAt(k) is '\'' or '’' or '-')
                        continue;
                    break;
                }

                var w = context.WordSpan(k);
                if (char.IsUpper(w[0]))
                {
                    if (++caps >= 3)
                        return true;
                    small = 0;
                }
                else if (++small > 2 || !TitleSmallWords.Contains(context.Word(k)))
                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Where English puts names: next to a reporting verb ("told Variety", "Levy said"), before an appositive
    /// (", a command-line tool"), and in a comma list of capitalised items ("Gigabyte, Zotac and Palit").
    /// </summary>
    private static bool NameContext(AnalysisContext context, Sentence s, int t)
    {
        if (IsReporting(context, t - 1) || (t + 1 < s.EndToken && IsReporting(context, t + 1)))
            return true;
        // "Arsenal, who host Chelsea", "Harper, whose album": a relative pronoun for persons follows a name.
        int r = t + 1 < s.EndToken && context.IsPunct(t + 1, ',') ? t + 2 : t + 1;
        if (r < s.EndToken && context.Tokens[r].Kind == TokenKind.Word && context.WordSpan(r) is "who" or "whose" or "whom")
            return true;
        // "explained to People", "said to Reuters": the addressee of a reporting verb.
        if (t - 2 > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && context.Word(t - 1) == "to" && IsReporting(context, t - 2))
            return true;
        // "Acme, the company that …": a noun phrase in apposition names the word before it; but ", the association
        // said" is the attribution of the sentence before it, no apposition ("build affordable Apartments, the
        // association said").
        if (t + 2 < s.EndToken && context.IsPunct(t + 1, ',') && context.Tokens[t + 2].Kind == TokenKind.Word
            && context.Word(t + 2) is "a" or "an" or "the" && !AttributionFollows(context, s, t + 3))
            return true;
        // Comma-list neighbours: "X, Word" or "Word, X" / "Word, and X" with X capitalised and not sentence-initial.
        if (t - 2 > s.FirstToken && context.IsPunct(t - 1, ',') && context.Tokens[t - 2].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 2)))
            return true;
        int k = t + 2;
        if (k < s.EndToken && context.IsPunct(t + 1, ',') && context.Tokens[k].Kind == TokenKind.Word && context.Word(k) is "and" or "or")
            k++;
        if (t + 1 < s.EndToken && context.IsPunct(t + 1, ',') && k < s.EndToken && context.Tokens[k].Kind == TokenKind.Word && char.IsUpper(context.CharAt(k)))
            return true;
        return t - 2 > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && context.Word(t - 1) is "and" or "or"
               && context.IsPunct(t - 2, ',') && context.Tokens[t - 3].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 3));
    }

    private static bool IsReporting(AnalysisContext context, int k) =>
        context.Tokens[k].Kind == TokenKind.Word && ReportingVerbs.Value.Contains(context.Word(k));

    /// <summary>A reporting verb within three words from <paramref name="k"/>, before any punctuation: ", the association said".</summary>
    private static bool AttributionFollows(AnalysisContext context, Sentence s, int k)
    {
        for (int end = Math.Min(s.EndToken, k + 3); k < end; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word)
                return false;
            if (IsReporting(context, k))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The commonest attribution verbs (the say/tell/add/ask/write/explain/note rows of reporting-verbs.tsv): the
    /// words right next to them are speakers and publications. The rarer verbs there ("posts", "states") are also
    /// ordinary verbs, so they do not count.
    /// </summary>
    private static readonly Lazy<HashSet<string>> ReportingVerbs = new(() =>
    {
        string[] core = ["say", "tell", "add", "ask", "write", "explain", "note"];
        var rows = Lexicon.Load("reporting-verbs.tsv").Entries.Select(e => e[0]).ToList();
        // A form belongs to a core verb when it is listed within the three rows starting at the verb's base form.
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            if (core.Contains(rows[i]))
            {
                for (int k = i; k < Math.Min(rows.Count, i + 3); k++)
                    set.Add(rows[k]);
            }
        }

        return set;
    });

    /// <summary>
    /// True when the nearest word in <paramref name="direction"/> is capitalised, looking past a possessive
    /// apostrophe and lower-case function words inside names ("Workers’ Party", "Center for Strategic and
    /// International Studies"), and past the "or" between two named options ("paid by Amex or Diners", "on Easy or
    /// Hard difficulty"), as "and" already was.
    /// </summary>
    private static bool PartOfName(AnalysisContext context, int t, Sentence s, int direction)
    {
        for (int k = t + direction, steps = 0; k >= s.FirstToken && k < s.EndToken && steps < 4; k += direction, steps++)
        {
            var tok = context.Tokens[k];
            if (tok.Kind == TokenKind.Punct)
            {
                if (context.CharAt(k) is '\'' or '’' or '-' or '&')
                    continue;
                return false;
            }

            var w = context.WordSpan(k);
            if (char.IsUpper(w[0]) || HasInnerCapital(w))
                return true; // "Harbor Tools", and product names written with an inner capital: "iPad Air", "eBay Motors"
            if (!(w is "of" or "for" or "and" or "or" or "the" or "on" || TextFacts.IsNameParticle(w)))
                return false;
        }

        return false;
    }
}
