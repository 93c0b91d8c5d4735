using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a three-word window whose language-model surprisal stands out against the article's own
/// distribution (both word pairs unseen in the background model and the corpus, mean surprisal at least
/// <see cref="MinZ"/> robust deviations above the article's median) AND that holds a syntactic red flag:
/// a common word capitalised mid-sentence ("an article the national Press council published"), a noun–name–noun
/// pile-up running into a verb ("an article Berlin City council published"), or a determiner + singular noun +
/// bare verb ("the committee propose"). Overlapping windows merge into one span; one finding per sentence.
/// Why it matters: "phrase salad" — words in an order no writer produces — is the fluency fingerprint of
/// cheap MT (Arase &amp; Zhou 2013 detect MT from n-gram LM fluency features). Surprisal alone also fires on rare
/// but correct phrasing; the red flag keeps precision.
/// </summary>
public sealed class OddWordOrderRule : IRule
{
    /// <summary>Robust z (median / 1.4826·MAD) a window's mean surprisal must reach.</summary>
    public const double MinZ = 1.0;

    /// <summary>Fewer scored word pairs than this and the article has no distribution to stand out from.</summary>
    public const int MinPairs = 12;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.OddWordOrder,
        "odd-word-order",
        RuleCategory.Translation,
        "word-order",
        Severity.Info,
        "Improbable word order (language-model surprisal with a syntactic red flag)",
        "Three-word windows whose bigram surprisal stands out against the article and that hold a mid-sentence capitalised common word, a noun-name-noun-verb pile-up, or determiner + noun + bare verb.",
        "Words in an order no writer produces mark machine translation; the red flag keeps rare-but-correct phrasing out.",
        [
            RuleExample.Flagged(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "His comments appeared in an article the [|national Press council published hours|] before the vote."),
            RuleExample.Flagged(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "In the letter, the [|committee propose tax|] cuts for the coming year."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "His comments appeared in an article the national press published hours before the vote."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "They asked the Senate to pass the bill, and the President signed it within the week."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "They demanded that the committee resign and let the council decide."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "The late goal gave the club a win over the champions at the Emirates Stadium on Sunday."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "Readers asked why a customer chose brand A over brand B in the shop on the corner."),
            RuleExample.Clean(
                "The minister spoke to the press on Monday about the plan for the coming year. " +
                "He said the government would support the new program and the budget would grow. " +
                "Critics said the plan came too late, but Van den Broek rejected that view and De la Fuente agreed."),
        ])
    {
        Sources = "english-lm.tsv.gz (State of the Union addresses, CC0) + english-bigrams.tsv.gz (WordNet 3.1 glosses) + corpus bigrams of the index; stupid backoff 0.4 (Brants et al. 2007); robust z via median/MAD",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var lm = context.Shared(c => new SurprisalModel(c));
        // The syntactic red flags first: they are rare, and without one no window can be reported, so most
        // articles never pay for the surprisal of every word pair (the article's distribution below).
        var candidates = new List<(Sentence S, List<int> Words, string?[]? Flags)>(context.Sentences.Count);
        bool anyFlag = false;
        foreach (var s in context.ContentSentences)
        {
            if (CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            var words = lm.Words(s);
            if (words.Count < 4)
                continue;
            var flags = RedFlags(context, lm, s, words);
            anyFlag |= flags is not null;
            candidates.Add((s, words, flags));
        }

        if (!anyFlag || !AnyWindowCanQualify(context, lm, candidates))
            return;
        var sentences = new List<(Sentence S, List<int> Words, double?[] Pair, string?[]? Flags)>(candidates.Count);
        var all = new List<double>(context.Tokens.Count);
        foreach (var (s, words, flags) in candidates)
        {
            // Pair[i] = surprisal of words[i] after words[i-1]; null when a word is unknown or a comma-like break separates them.
            var pair = new double?[words.Count];
            for (int i = 1; i < words.Count; i++)
            {
                if (!Adjacent(context, words[i - 1], words[i]) || !HasLetters(context, words[i - 1]) || !HasLetters(context, words[i]))
                    continue;
                pair[i] = lm.Surprisal(words[i - 1], words[i]);
                if (pair[i] is { } v)
                    all.Add(v);
            }

            sentences.Add((s, words, pair, flags));
        }

        if (all.Count < MinPairs)
            return;
        all.Sort();
        double median = all[all.Count / 2];
        var dev = all.Select(x => Math.Abs(x - median)).OrderBy(x => x).ToList();
        double scale = Math.Max(1.4826 * dev[dev.Count / 2], 1.0);

        foreach (var (s, words, pair, flags) in sentences)
        {
            // Qualifying windows words[i-1..i+1]; overlapping ones merge into one span, reported once per sentence.
            int first = -1;
            int last = -1;
            double best = 0;
            string? reason = null;
            for (int i = 1; i + 1 < words.Count; i++)
            {
                // Pairs i and i+1 both scored and both unseen.
                if (pair[i] is not { } a || pair[i + 1] is not { } b)
                    continue;
                if (lm.Bigram(words[i - 1], words[i]) > 0 || lm.Bigram(words[i], words[i + 1]) > 0)
                    continue;
                double z = ((a + b) / 2 - median) / scale;
                var why = flags?[i - 1] ?? flags?[i] ?? flags?[i + 1];
                if (z < MinZ || why is null)
                    continue;
                if (first >= 0 && i - 1 > last)
                    break; // a second, separate run: the sentence is already reported
                if (first < 0)
                    first = i - 1;
                last = i + 1;
                if (z > best)
                    (best, reason) = (z, $"{(a + b) / 2:0.0} bits per word vs article median {median:0.0} (z {z:0.0}); {why}");
            }

            if (first >= 0)
                findings.Add(context.Flag(Rule, words[first], words[last], $"Improbable word order: {reason}"));
        }
    }

    /// <summary>
    /// Whether any red-flagged window could qualify below: both of its word pairs adjacent, made of letters, known to the
    /// model and unseen. The same tests the window loop applies, without the article's distribution, so that an
    /// article whose flagged windows are all ordinary English skips the surprisal of every other pair (most of the
    /// rule's cost). The background model answers most pairs before the corpus is asked.
    /// </summary>
    private static bool AnyWindowCanQualify(AnalysisContext c, SurprisalModel lm, List<(Sentence S, List<int> Words, string?[]? Flags)> candidates)
    {
        foreach (var (_, words, flags) in candidates)
        {
            if (flags is null)
                continue;
            for (int i = 1; i + 1 < words.Count; i++)
            {
                if ((flags[i - 1] ?? flags[i] ?? flags[i + 1]) is null)
                    continue;
                if (UnseenPair(c, lm, words[i - 1], words[i]) && UnseenPair(c, lm, words[i], words[i + 1]))
                    return true;
            }
        }

        return false;
    }

    /// <summary>A scorable pair (adjacent, letters, both words known) that neither the background nor the corpus has seen.</summary>
    private static bool UnseenPair(AnalysisContext c, SurprisalModel lm, int v, int w) =>
        Adjacent(c, v, w) && HasLetters(c, v) && HasLetters(c, w) && !lm.SeenInBackground(v, w)
        && lm.Unigram(v) > 0 && lm.Unigram(w) > 0 && lm.Bigram(v, w) == 0;

    private static bool HasLetters(AnalysisContext c, int t) => TextFacts.HasLetter(c.WordSpan(t)) && !c.WordSpan(t).ContainsAny("0123456789");

    /// <summary>Nothing but spaces between two word tokens (no comma, dash or quote).</summary>
    private static bool Adjacent(AnalysisContext c, int t1, int t2) => t2 == t1 + 1;

    /// <summary>Per word of the sentence, the syntactic red flag it takes part in, if any; null when no word has one (most sentences).</summary>
    private static string?[]? RedFlags(AnalysisContext c, SurprisalModel lm, Sentence s, List<int> words)
    {
        string?[]? flags = null;
        for (int i = 1; i < words.Count; i++)
        {
            // Only a Title-case word can be the capitalised common word (IsCapitalisedCommonWord's first test): the
            // lower-case majority skips the name and verb checks below.
            if (!TextFacts.IsTitleWord(c.WordSpan(words[i])))
                continue;
            // A capital inside a name run is no red flag ("Maria Lopez"), nor one that continues a known compound ("State Department").
            if (i + 1 < words.Count && char.IsUpper(c.CharAt(words[i + 1])) && Adjacent(c, words[i], words[i + 1]))
                continue;
            // A surname that opens with its particle ("but Van den Berg said", "De la Cruz"): particle words then a capital.
            if (i + 2 < words.Count && TextFacts.IsNameParticle(c.WordSpan(words[i + 1]))
                && (char.IsUpper(c.CharAt(words[i + 2])) || (i + 3 < words.Count && TextFacts.IsNameParticle(c.WordSpan(words[i + 2])) && char.IsUpper(c.CharAt(words[i + 3])))))
                continue;
            // After any capitalised word it ends a name: a known compound ("State Department"), an institution
            // ("Foreign Ministry", "Supreme Court"), a place or a person ("Emirates Stadium", "Judy Garland").
            if (char.IsUpper(c.CharAt(words[i - 1])) && Adjacent(c, words[i - 1], words[i]))
                continue;
            // The head noun of a name that is the subject of the next verb: "Proton Studio shows", "Acme Group said".
            if (i + 1 < words.Count && IsInflectedVerb(c.Word(words[i + 1])))
                continue;
            if (IsCapitalisedCommonWord(c, lm, s, words[i]))
                (flags ??= new string?[words.Count])[i] ??= $"\"{c.Word(words[i])}\" capitalised mid-sentence";
        }

        // noun + Name… + noun + verb form: "article Berlin City council published".
        for (int i = 0; i + 3 < words.Count; i++)
        {
            // The cheap tests first: most words are not followed by a capital, and the noun test is a lexicon lookup.
            if (!char.IsUpper(c.CharAt(words[i + 1])) || !Adjacent(c, words[i], words[i + 1]) || !IsLowerNoun(c, words[i]))
                continue;
            int j = i + 1;
            while (j < words.Count && char.IsUpper(c.CharAt(words[j])) && Adjacent(c, words[j - 1], words[j]))
                j++;
            if (j + 1 < words.Count && (IsLowerNoun(c, words[j]) || IsUnlistedWord(c.Word(words[j]))) && IsVerbForm(c.Word(words[j + 1])) && Adjacent(c, words[j], words[j + 1]))
            {
                for (int k = i; k <= j + 1; k++)
                    (flags ??= new string?[words.Count])[k] ??= "noun and name pile-up before a verb";
            }
        }

        // determiner + singular noun + bare verb, not after a causative or "that": "the committee propose".
        for (int i = 0; i + 2 < words.Count; i++)
        {
            // The three words in a row with nothing between them: after a comma the verb opens a coordinated
            // predicate ("to brainstorm uses for a brick, solve puzzles and …"), it does not agree with the noun.
            if (!IsAgreeingDeterminer(c.WordSpan(words[i])) || !Adjacent(c, words[i], words[i + 1]) || !Adjacent(c, words[i + 1], words[i + 2]))
                continue;
            var det = c.Word(words[i]).ToLowerInvariant();
            var noun = c.Word(words[i + 1]);
            var verb = c.Word(words[i + 2]);
            if (!char.IsLower(noun[0]) || !char.IsLower(verb[0]) || noun.EndsWith('s'))
                continue;
            var np = EnglishLexicon.Pos(noun);
            var vp = EnglishLexicon.Pos(verb);
            if (np != "n" || vp != "v" || !EnglishLexicon.Verbs.IsBase(verb) || EnglishLexicon.Verbs.BaseIsParticiple(verb))
                continue;
            if (LicensedBareVerb(c, words, i))
                continue;
            for (int k = i; k <= i + 2; k++)
                (flags ??= new string?[words.Count])[k] ??= $"\"{verb}\" without agreement after \"{det} {noun}\"";
        }

        return flags;
    }

    /// <summary>the, a, an, this, that, each, every — in any case, without lower-casing a copy of every word.</summary>
    private static bool IsAgreeingDeterminer(ReadOnlySpan<char> w) =>
        w.Length <= 5 && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
                          || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
                          || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase)
                          || w.Equals("every", StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> Causatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "make", "makes", "made", "making", "let", "lets", "letting", "have", "has", "had", "having", "help", "helps", "helped", "helping",
        "see", "sees", "saw", "seen", "watch", "watched", "hear", "heard", "that", "demand", "demanded", "insist", "insisted", "suggest",
        "suggested", "propose", "proposed", "recommend", "recommended", "require", "required", "ask", "asked", "request", "requested",
    };

    /// <summary>Causatives, perception verbs and mandative subjunctives license a bare verb: "let the council decide".</summary>
    private static bool LicensedBareVerb(AnalysisContext c, List<int> words, int det)
    {
        for (int k = Math.Max(0, det - 3); k < det; k++)
        {
            if (Causatives.Contains(c.Word(words[k])))
                return true;
        }

        return false;
    }

    private static bool IsLowerNoun(AnalysisContext c, int t)
    {
        var w = c.Word(t);
        if (!char.IsLower(w[0]))
            return false;
        var p = EnglishLexicon.Pos(w);
        return p.Contains('n') && p.IndexOfAny(['d', 'p', 'c', 'o', 'x']) < 0;
    }

    /// <summary>A lower-case English word missing from the WordNet lemma list (plurals such as "media") and no verb form.</summary>
    private static bool IsUnlistedWord(string w) =>
        char.IsLower(w[0]) && EnglishLexicon.Pos(w).Length == 0 && EnglishLexicon.IsWord(w) && EnglishLexicon.Verbs.BaseOf(w) is null;

    private static bool IsInflectedVerb(string w)
    {
        if (!char.IsLower(w[0]))
            return false;
        var lower = w.ToLowerInvariant();
        return EnglishLexicon.Verbs.BaseOf(lower) is { } b && b != lower && !EnglishLexicon.Pos(lower).Contains('n');
    }

    private static bool IsVerbForm(string w)
    {
        if (!char.IsLower(w[0]))
            return false;
        var lower = w.ToLowerInvariant();
        return EnglishLexicon.Verbs.BaseOf(lower) is { } b && b != lower && !lower.EndsWith("ing", StringComparison.Ordinal) && !lower.EndsWith('s');
    }

    /// <summary>A common word (not a name) written with a capital where nothing licenses it.</summary>
    private static bool IsCapitalisedCommonWord(AnalysisContext c, SurprisalModel lm, Sentence s, int t)
    {
        var w = c.WordSpan(t);
        // A single capital is a label, not a word ("brand A over brand B", "plan B", "vitamin C").
        if (!TextFacts.IsTitleWord(w) || w.Length == 1)
            return false;
        // Where unusual-capital sees a name by its position (after a determiner or possessive, inside a name run, in
        // apposition with "journal" or "alliance", as a preposition's whole object …), so does this red flag.
        if (UnusualCapitalRule.NameByPosition(c, s, t))
            return false;
        var lower = c.Word(t).ToLowerInvariant();
        var pos = EnglishLexicon.Pos(lower);
        if (pos.Length == 0 || pos.Contains('a'))
            return false; // adjectives capitalised as blocs and titles: Western, Federal, National
        if (EnglishLexicon.CaseForm(lower) is { CapShare: >= 0.3 })
            return false;
        if (c.Corpus.Case(lower).CapitalShare(2) is >= 0.3 || CasingFacts.ConsistentlyCapitalised(c, lower))
            return false; // the corpus, or the article itself, writes it as a name
        return lm.Known(lower);
    }
}
