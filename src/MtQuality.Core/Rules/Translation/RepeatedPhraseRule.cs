using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a word or phrase of up to five words repeated back to back (… document signings, document
/// signings …), a longer one of up to ten words when its second copy ends the sentence, a noun phrase that opens a sentence repeated after a comma in lower case (The ledgers, the ledgers
/// kept by …: the seam of two MT segments), and a sentence repeated within the next three sentences.
/// Why it matters: MT of overlapping segments and careless post-editing duplicate phrases. Intensifiers and
/// grammatical doubles ("very, very", "had had", "that that") are exempt (LanguageTool's antipatterns), and so
/// are sentence-opening repeats inside quotations (speech repairs itself: "The harbour, the harbour is …") and
/// repeats refined by "of" ("The cost, the cost of the repairs").
/// </summary>
public sealed class RepeatedPhraseRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.RepeatedPhrase,
        "repeated-phrase",
        RuleCategory.Translation,
        "repeated-phrase",
        Severity.Warning,
        "Phrase repeated back to back",
        "Back-to-back repetitions of a word or phrase, a sentence-opening noun phrase repeated after a comma, and sentences repeated within three sentences.",
        "Duplicated phrases are a fingerprint of segment overlap in MT pipelines and of unedited text.",
        [
            RuleExample.Flagged("The programme includes [|a press conference, a press conference|], and a dinner."),
            RuleExample.Flagged("They went to [|the the|] station."),
            RuleExample.Flagged("The bill will be voted on [|in the coming weeks, in the coming weeks|]."),
            RuleExample.Flagged("He said that he will return to Greece [|in 2024 in 2024|] for the summit."),
            RuleExample.Flagged("[|The ledgers, the ledgers|] kept by the harbour office since 1850 were moved to the county archive."),
            RuleExample.Flagged("Tickets went fast, [|most of them sold in the final week, most of them sold in the final week|]."),
            RuleExample.Clean("“The harbour, the harbour is what keeps this town alive,” the mayor said."),
            RuleExample.Clean("The cost, the cost of the repairs above all, was never published."),
            RuleExample.Clean("In the square, in the square they sang until dawn, step by step, again and again, so, so slowly."),
            RuleExample.Clean("The Ledgers, the Ledgers of the Harbour"),
            RuleExample.Clean("A grower near Wagga Wagga, who farms 90 hectares, said Bora Bora is too far."),
            RuleExample.Clean("He waved bye-bye to the crew. The ledgers were moved."),
            RuleExample.Clean("It cost forty farming families in the valley, forty farming families in the valley, most of them poor."),
            RuleExample.Flagged("According to the forecast, [|in the next few days, in the next few days|] the rain will ease in the north."),
            RuleExample.Clean("They sang, in the square, in the square, until dawn; in the square, in the square they danced."),
            RuleExample.Clean("If the hall were empty, if the hall were empty, we would still play."),
            RuleExample.Clean("It was a very, very close vote, and she had had enough."),
            RuleExample.Clean("Her great great grandfather said the plan was way way too large."),
            RuleExample.Clean("He said that that was the end of it."),
            RuleExample.Clean("The talks were long. The vote was short."),
            RuleExample.Clean("Matter bends space: put energy into the universe, the universe will curve."),
            RuleExample.Clean("Angles of minus 120 degrees, minus 120 degrees, 0 degrees follow."),
            RuleExample.Clean("Fold it at 120 degrees, 0 degrees, 0 degrees, 120 degrees."),
            RuleExample.Clean("It gets faster and faster, and louder."),
            RuleExample.Clean("He played it over and over and over, read again and again and again from the The Orchard Book of Plums."),
            RuleExample.Clean("Set total = total + 1 in the loop, read /etc/app/app.conf, and meet Lulu Lulu Brandt."),
            RuleExample.Clean("The grower writes: from orchard import pick pick(row=\"plum\", crates=[\"north\"], sort=[\"size\", \"colour\"])"),
            RuleExample.Clean("Design of the study: T.R. Vance, P. Ilves, K. Mora. Analysis of the data: T.R. Vance, P. Ilves, K. Mora. Writing: T.R. Vance, P. Ilves, K. Mora."),
            RuleExample.Clean("On the server, run $ORCHARD -t nat -A rows -i $ROWIF -config ./rows.cnf -policy policy_any --dport 273 each night."),
        ]);

    /// <summary>Single words whose doubling is grammatical or an intensifier.</summary>
    private static readonly HashSet<string> AllowedDoubles = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "is", "do", "very", "so", "no", "many", "really", "far", "bye", "ha", "yeah", "well", "again",
        "more", "much", "long", "go", "blah", "yes", "now", "oh", "all", "too", "over", "on", "and", "out", "round",
        "around", "by", "little", "knock", "tick", "tut", "boo", "chop", "hush", "bang", "ding", "la", "na", "hip", "great",
        "way", "super", "pretty", "ever",
    };

    /// <summary>Longest phrase compared: a whole MT segment of a clause can be duplicated.</summary>
    private const int MaxPhraseWords = 10;

    /// <summary>Phrases longer than this count only when the second copy ends the sentence.</summary>
    private const int ShortPhraseWords = 5;

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        // The last three sentences of five words or more, by the hash of their lower-cased words.
        var seen = new List<(ulong Hash, Sentence Sentence, int Index)>(4);
        // Word tokens of the sentence at hand, and whether a comma separates each from the previous word:
        // one pair of buffers for every sentence of the article.
        var words = new List<int>();
        var commaBefore = new List<bool>();
        int index = 0;
        var code = CodeLines.Of(context);
        var quotes = new LineQuoteWalker(context);
        foreach (var s in context.ContentSentences)
        {
            if (code.IsCode(s.LineIndex))
                continue;
            FindAdjacent(context, s, words, commaBefore, quotes, findings);
            var hash = Hash(context, s, out int count);
            if (count >= 5 && HasLowerCaseWord(context, s))
            {
                foreach (var (h, earlier, i) in seen)
                {
                    if (h == hash && index - i <= 3 && SameWords(context, earlier, s))
                    {
                        findings.Add(context.Flag(Rule, s.Span, "Sentence repeats one a few sentences earlier"));
                        break;
                    }
                }

                seen.Add((hash, s, index));
                if (seen.Count > 3)
                    seen.RemoveAt(0);
            }

            index++;
        }
    }

    /// <summary>
    /// A word of three letters or more in lower case: a duplicated segment of MT is prose, while a "sentence" of
    /// names and initials only is a credit or contribution list that repeats by design ("J. Ames, K. Bose.").
    /// </summary>
    private static bool HasLowerCaseWord(AnalysisContext context, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Word && context.Tokens[t].Span.Length >= 3 && char.IsLower(context.CharAt(t)))
                return true;
        }

        return false;
    }

    private static void FindAdjacent(AnalysisContext context, Sentence s, List<int> words, List<bool> commaBefore, LineQuoteWalker quotes, List<Finding> findings)
    {
        words.Clear();
        commaBefore.Clear();
        bool comma = false;
        bool other = false;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Punct)
            {
                if (context.CharAt(t) == ',')
                    comma = true;
                else
                    other = true;
                continue;
            }

            words.Add(t);
            commaBefore.Add(comma && !other);
            comma = false;
            other = false;
        }

        int i = 0;
        while (i < words.Count)
        {
            int found = 0;
            for (int n = Math.Min(MaxPhraseWords, (words.Count - i) / 2); n >= 1; n--)
            {
                bool same = true;
                for (int k = 0; k < n && same; k++)
                    same = context.WordSpan(words[i + k]).Equals(context.WordSpan(words[i + n + k]), StringComparison.OrdinalIgnoreCase);
                if (!same)
                    continue;
                if (n == 1 && (commaBefore[i + 1] || AllowedDoubles.Contains(context.Word(words[i])) || context.Tokens[words[i]].Kind == TokenKind.Number
                               || (char.IsUpper(context.CharAt(words[i])) && i + 2 < words.Count && char.IsUpper(context.CharAt(words[i + 2])))))
                    continue; // also a reduplicated name inside a longer one ("Dee Dee Myers", "the Maji Maji Rebellion")
                if (n == 1 && char.IsUpper(context.CharAt(words[i])) && char.IsUpper(context.CharAt(words[i + 1])) && !WordLists.IsFunctionWord(context.WordSpan(words[i])))
                    continue; // a reduplicated place name on its own ("near Wagga Wagga, she said", "Bora Bora is")
                if (n == 1 && char.IsLower(context.CharAt(words[i])) && char.IsUpper(context.CharAt(words[i + 1])) && i + 2 < words.Count
                    && char.IsUpper(context.CharAt(words[i + 2])) && WordLists.IsFunctionWord(context.WordSpan(words[i])))
                    continue; // the article before a title that opens with its own: "in the The Standard Book of Spells"
                if (n == 2 && i > 0 && context.WordSpan(words[i]) is "and" or "or"
                    && context.WordSpan(words[i - 1]).Equals(context.WordSpan(words[i + 1]), StringComparison.OrdinalIgnoreCase))
                    continue; // iterative coordination, an intensifier: "over and over and over", "again and again and again"
                if (!PlainSeparator(context, words[i + n - 1], words[i + n], n))
                    continue; // "x = x", "item| item", "stunnel/stunnel": code and paths, not prose
                if (n > 1 && !IsListItemRepeat(context, s, words, commaBefore, i, n) && !IsOpeningSeam(context, s, words, commaBefore, quotes, i, n))
                    continue;
                if (n > ShortPhraseWords && !EndsSentence(context, s, words[i + 2 * n - 1]))
                    continue; // a long repeat that goes on is a speaker's emphasis ("forty farming families in the valley, forty farming families in the valley, most …")
                // The inner parts may not be separated by a sentence-internal stop other than a comma.
                found = n;
                break;
            }

            if (found == 0)
            {
                i++;
                continue;
            }

            var span = new TextSpan(context.Tokens[words[i]].Start, context.Tokens[words[i + 2 * found - 1]].End);
            if (!context.Text.AsSpan(span.Start, span.Length).ContainsAny(".;:!?()[]"))
                findings.Add(context.Flag(Rule, span));
            i += 2 * found;
        }
    }

    /// <summary>Prepositions that open a time or place adverbial.</summary>
    private static readonly HashSet<string> AdverbialPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "from", "for", "during", "after", "before", "since", "until", "till", "by", "within", "over", "under", "through",
    };

    /// <summary>The token after <paramref name="last"/> is the sentence's final stop, or there is none.</summary>
    private static bool EndsSentence(AnalysisContext context, Sentence s, int last) =>
        last + 1 >= s.EndToken || (context.Tokens[last + 1].Kind == TokenKind.Punct && context.CharAt(last + 1) is '.' or '!' or '?');

    /// <summary>The copies are separated by white space only, or (for phrases) by a comma or a dash and white space.</summary>
    private static bool PlainSeparator(AnalysisContext context, int endOfFirst, int startOfSecond, int n)
    {
        var gap = context.Text.AsSpan(context.Tokens[endOfFirst].End, context.Tokens[startOfSecond].Start - context.Tokens[endOfFirst].End).Trim();
        return gap.IsEmpty || (n > 1 && gap is "," or "-" or "--" or "—" or "–");
    }

    /// <summary>
    /// A repeated phrase is an artifact when it reads like a duplicated list item. Antipatterns: a unit with a
    /// number ("minus 120 degrees, minus 120 degrees" lists values), a unit ending in a function word ("faster
    /// and faster and"), a comma-separated second copy that goes on as a clause or a refinement ("in the
    /// universe, the universe will bend", "the cost, the cost of labour"), and a repeated clause of three words
    /// or more that opens with a function word other than an article (rhetorical repetition: "if it were empty, if it were empty").
    /// </summary>
    private static bool IsListItemRepeat(AnalysisContext context, Sentence s, List<int> words, List<bool> commaBefore, int i, int n)
    {
        // Values listed with commas ("minus 120 degrees, minus 120 degrees") are data; the same unit run on without a
        // comma and opening with a word ("in 2024 in 2024") is a duplicated segment.
        bool runOn = context.Tokens[words[i]].Kind == TokenKind.Word && !context.WordSpan(words[i]).ContainsAny("0123456789");
        for (int k = i + 1; k < i + 2 * n && runOn; k++)
            runOn = !commaBefore[k]; // no comma anywhere in the two copies ("0 degrees, 0 degrees" is a list seen off-phase)
        for (int k = 0; k < n && !runOn; k++)
        {
            if (context.Tokens[words[i + k]].Kind == TokenKind.Number || context.WordSpan(words[i + k]).ContainsAny("0123456789"))
                return false;
        }

        if (WordLists.IsFunctionWord(context.WordSpan(words[i + n - 1])))
            return false;
        if (!commaBefore[i + n])
            return true;
        int after = words[i + 2 * n - 1] + 1;
        // A second copy that ends the sentence adds nothing and leads nowhere ("… in the coming weeks, in the
        // coming weeks."): rhetorical repetition goes on after it ("if it were empty, if it were empty, …").
        if (after >= s.EndToken || (context.Tokens[after].Kind == TokenKind.Punct && context.CharAt(after) is '.' or '!' or '?'))
            return true;
        var first = context.WordSpan(words[i]);
        // An adverbial mid-sentence, after a comma, run on into the clause with no comma ("According to the forecast, in
        // the next few days, in the next few days the rain …"): a duplicated segment; anaphora opens its sentence ("In
        // the square, in the square they sang"), sets the copies off with commas on both sides, or repeats a noun phrase
        // in speech ("…, all these things, all these things are in the national interest").
        if (i > 0 && commaBefore[i] && context.Tokens[after].Kind == TokenKind.Word && context.Tokens[after].Start == context.Tokens[after - 1].End + 1
            && AdverbialPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
            return true;
        if (n >= 3 && WordLists.IsFunctionWord(first) && !first.Equals("a", StringComparison.OrdinalIgnoreCase) && !first.Equals("an", StringComparison.OrdinalIgnoreCase) && !first.Equals("the", StringComparison.OrdinalIgnoreCase))
            return false;
        if (context.Tokens[after].Kind == TokenKind.Punct)
            return true;
        var next = context.Word(after);
        return next.Equals("and", StringComparison.OrdinalIgnoreCase) || next.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A noun phrase that opens a declarative sentence with an article, repeated at once after a comma in lower case
    /// and then continued ("The ledgers, the ledgers kept by …"): two MT segments overlapping at a seam, the second
    /// starting over mid-sentence. Antipatterns: a repeat inside a quotation (speech repairs itself), a second copy
    /// refined by "of" ("The cost, the cost of the repairs"), headings (no full stop), and any other opening word
    /// ("In the square, in the square": rhetorical anaphora).
    /// </summary>
    private static bool IsOpeningSeam(AnalysisContext context, Sentence s, List<int> words, List<bool> commaBefore, LineQuoteWalker quotes, int i, int n)
    {
        if (i != 0 || words[0] != s.FirstToken || !commaBefore[n] || !char.IsUpper(context.CharAt(words[0])) || !char.IsLower(context.CharAt(words[n])))
            return false;
        if (context.WordSpan(words[0]) is not ("The" or "A" or "An") || context.FinalStop(s) != '.')
            return false;
        int after = words[2 * n - 1] + 1;
        if (after < s.EndToken && context.Tokens[after].Kind != TokenKind.Punct && context.WordSpan(after).Equals("of", StringComparison.OrdinalIgnoreCase))
            return false;
        var q = quotes.MoveTo(s);
        if (q.Depth > 0 || q.StraightMarks % 2 == 1)
            return false;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Punct && TextFacts.IsAnyQuote(context.CharAt(t)))
                return false;
        }

        return true;
    }

    /// <summary>
    /// FNV-1a hash of the sentence's words (all non-punctuation tokens) lower-cased, each followed by a space, and
    /// their number. Sentences are compared case-insensitively without building a lower-cased copy of each: equal
    /// hashes are confirmed by <see cref="SameWords"/>.
    /// </summary>
    private static ulong Hash(AnalysisContext context, Sentence s, out int words)
    {
        ulong hash = 14695981039346656037;
        words = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Punct)
                continue;
            words++;
            foreach (char c in context.WordSpan(t))
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211;
            hash = (hash ^ ' ') * 1099511628211;
        }

        return hash;
    }

    /// <summary>
    /// The two sentences have the same words up to case. Lower-casing char by char is exact here: word and number
    /// tokens hold neither surrogates nor white space (<see cref="Tokenizer"/>), so this is equality of the
    /// sentences' words lower-cased as strings and joined by spaces.
    /// </summary>
    private static bool SameWords(AnalysisContext context, Sentence a, Sentence b)
    {
        int ta = a.FirstToken;
        int tb = b.FirstToken;
        while (true)
        {
            while (ta < a.EndToken && context.Tokens[ta].Kind == TokenKind.Punct)
                ta++;
            while (tb < b.EndToken && context.Tokens[tb].Kind == TokenKind.Punct)
                tb++;
            if (ta == a.EndToken || tb == b.EndToken)
                return ta == a.EndToken && tb == b.EndToken;
            var wa = context.WordSpan(ta);
            var wb = context.WordSpan(tb);
            if (wa.Length != wb.Length)
                return false;
            for (int k = 0; k < wa.Length; k++)
            {
                if (char.ToLowerInvariant(wa[k]) != char.ToLowerInvariant(wb[k]))
                    return false;
            }

            ta++;
            tb++;
        }
    }
}
