using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: calques and false friends that translation from Italian, Spanish, French, German, Portuguese,
/// Russian, Arabic, Turkish, Chinese and Korean leaves in English ("limited himself to saying", "assisted to the ceremony", ", specifies the
/// ministry" after a quote, a heading "Use, …" for Italian "Usa" = USA), from calques.tsv.
/// Beside the lexicon, two constructions: a sentence opening "In the statement …" whose main clause is the
/// impersonal passive ", it was stated that" (Turkish "açıklamada … belirtildi"), and a time adverb followed by a
/// passive and its subject ("Yesterday was approved the law": Romance and Slavic subject inversion).
/// Why it matters: each is fluent-looking English that no native writer produces; several in one article are a
/// strong sign of machine or non-native translation. Single common words whose calque reading depends on
/// context ("actually", "eventually") are not flagged on their own.
/// </summary>
public sealed class LiteralTranslationRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LiteralTranslation,
        "literal-translation",
        RuleCategory.Translation,
        "literal-translation",
        Severity.Warning,
        "Literal translation (calque or false friend)",
        "Phrases of calques.tsv: word-for-word renderings and false friends from Romance, German, Russian, Arabic, Turkish, Chinese and Korean, including reporting-verb inversions after quotes and mistranslated headline abbreviations.",
        "Calques read as fluent English to a machine but not to a person; they mark translated text and often change the meaning.",
        [
            RuleExample.Flagged("The spokesman [|limited himself to saying|] that talks would go on."),
            RuleExample.Flagged("“The talks went well”[|, underlines the|] ministry in a note."),
            RuleExample.Flagged("[|Use|], sanctions on steel imports\n\nThe new duties start in May."),
            RuleExample.Flagged("The ministry, [|always specifies|] the note, will review the case."),
            RuleExample.Flagged("“We will not give in”[|, so the|] mayor."),
            RuleExample.Flagged("A deficit of 400,000 euros is expected every year[|, so Häußler|]."),
            RuleExample.Clean("The deficit grew, so Häußler resigned; the team lost, so Berlin fired the coach. I was tired, so I left."),
            RuleExample.Flagged("Yesterday [|the fiscal asked|] for a two-year sentence."),
            RuleExample.Flagged("Thousands [|assisted to the funeral|] of the singer."),
            RuleExample.Flagged("Two people died in the attacks during the night[|, has made known the|] local governor."),
            RuleExample.Flagged("The minister [|said this Monday|] that the talks would resume."),
            RuleExample.Clean("The minister said on Monday that the talks would resume this Monday."),
            RuleExample.Flagged("The rules will [|enter in vigor|] next year, and the party will [|present a recourse|] against them."),
            RuleExample.Clean("The rules will take effect next year, and the party has no recourse against them; the law is in vigor."),
            RuleExample.Flagged("The [|plan foresees|] 10,000 new nurses, and the hospital [|lacks of|] staff [|at a few months of|] the vote."),
            RuleExample.Clean("The planner foresees a hard winter; the hospital lacks staff a few months before the vote, for lack of funds."),
            RuleExample.Flagged("\"We will do everything necessary,\" [|said Scholz opposite the newspaper|] on Sunday."),
            RuleExample.Clean("\"We will do everything necessary,\" Scholz told the newspaper, sitting opposite the newspaper's editors."),
            RuleExample.Flagged("\"Italy is a reliable ally[|,\" underlined Biden|], who thanked Rome \"[|until when it will be|] necessary\"."),
            RuleExample.Clean("The report underlined the risks, and Biden said the plan would last until it is no longer needed."),
            RuleExample.Flagged("The plant was closed [|in the year 2020|] after the floods."),
            RuleExample.Clean("Completions fell 5% in the year to March, the figures show; prices have risen since those years of cheap credit."),
            RuleExample.Flagged("The hospital lacks nurses [|since several years|], the unions said."),
            RuleExample.Flagged("[|As it became known|] earlier, the minister also [|informed that|] talks will resume."),
            RuleExample.Clean("The minister was informed that talks would resume, and he informed reporters that they would; as it became clear, the talks were known to be hard."),
            RuleExample.Clean("The governor has made known the results of the inquiry to the council."),
            RuleExample.Clean("The spokesman only said that talks would go on."),
            RuleExample.Clean("The soil drains poorly, so the roots need a lighter mix."),
            RuleExample.Clean("Anna Berg, a marine biologist, underlines the risk of warmer seas for the reef."),
            RuleExample.Clean("The fiscal year ends in June; at a news conference, the driver was assisted to the hospital."),
            RuleExample.Clean("The pupil reads at the level of a ten-year-old and was reunited with the family."),
            RuleExample.Clean("My grandmother always says that patience pays."),
            RuleExample.Clean("“The talks went well,” the ministry said, underlining the progress."),
            RuleExample.Clean("Use of force\n\nThe council debated the use of force on Monday."),
            RuleExample.Flagged("The minister [|stressed on the importance|] of aid and said the situation had [|reached to a catastrophic level|] in [|the northern of the|] Strip."),
            RuleExample.Clean("The minister stressed the importance of aid; the stress on the need for calm was clear in the northern of the two towns."),
            RuleExample.Flagged("Security forces detained 23 suspects [|in last week|], and the president [|mentioned about the|] economy."),
            RuleExample.Clean("Turnout in last week's vote was high; the president mentioned the economy, which was mentioned about 20 times."),
            RuleExample.Flagged("The Brazilian side [|expressed that|] it must deepen cooperation."),
            RuleExample.Clean("The hope he expressed that day was shared; the museum is a must to see."),
            RuleExample.Flagged("Rents are frozen [|during one year|], and the strike lasted [|during three weeks|]; it is [|a drop of water in the ocean|]."),
            RuleExample.Clean("In the last years of his life he wrote two books; during 10 years of war the city lost half of its people."),
            RuleExample.Flagged("The premier [|heard by phone|] the French president; since January [|120 thousand|] people have landed, and Rome asks for a [|budget maneuver|] with [|the need of a|] vote."),
            RuleExample.Clean("Two thousand people heard the speech by phone; the country was in need of a budget, and 120,000 people landed."),
            RuleExample.Flagged("[|This was stated by the|] minister at a press conference; \"we have [|never refused from|] the dialogue,\" he said."),
            RuleExample.Clean("The minister stated this at a press conference and said Moscow never refused the dialogue."),
            RuleExample.Flagged("[|In the statement made after the meeting, it was stated that|] the tight stance will be maintained."),
            RuleExample.Clean("In the statement made after the meeting, the bank said that the tight stance will be maintained; in court, it was stated that he had left."),
            RuleExample.Flagged("The lira lost 80 percent of its value [|in last five years|], and losses [|reach to about 45|] percent in some areas."),
            RuleExample.Clean("The lira lost 80 percent of its value in the last five years; in last year's vote losses reached about 45 percent, and the roots reach to the water."),
            RuleExample.Flagged("He attacked [|at four kilometres from the|] finish and now has [|six minutes of advantage|] on the second; [|nobody of the|] rivals could follow."),
            RuleExample.Clean("He attacked four kilometres from the finish and now has a six-minute lead; none of the rivals could follow, and nobody of the stature of Merckx has done it."),
            RuleExample.Flagged("Peskov did [|not exclude that the|] talks could resume, and it is [|not excluded that there|] will be a second round."),
            RuleExample.Clean("Peskov did not exclude that possibility; the rules exclude that kind of deal, and he did not rule out that the talks could resume."),
            RuleExample.Flagged("The factory opened [|before five years|] and now employs 300 people."),
            RuleExample.Clean("The factory opened five years ago; the licence cannot be renewed before five years have passed, nor before 18 years of age."),
            RuleExample.Flagged("[|Tomorrow is scheduled the|] rest day, and inflation [|realized as %71.6|] in June."),
            RuleExample.Clean("The rest day is scheduled for tomorrow; today is expected to be dry, and the plan was realized at last."),
            RuleExample.Flagged("[|On her part|], the mayor promised new buses. [|It is worth mentioning that|] the depot closed in 1990."),
            RuleExample.Clean("The delay was a mistake on her part, the mayor admitted; for her part, she promised new buses, and it is worth a visit."),
            RuleExample.Flagged("[|And the governor stressed|] that wells will be repaired, and crews began the [|liquidation of the consequences|] of the flood."),
            RuleExample.Clean("And yet the wells ran dry. The governor said the firm faces liquidation, and the consequences were grave."),
            RuleExample.Flagged("[|Next step, we|] will expand exports, and the group [|heard fraud charges|] in May."),
            RuleExample.Clean("The next step, we hope, is a deal; the court heard fraud charges in May."),
            RuleExample.Flagged("[|Yesterday was approved the|] new budget, and the talks resume on Monday."),
            RuleExample.Clean("Yesterday was the hottest day of the year. Today is called the Day of the Dead. The budget was approved yesterday."),
        ])
    {
        Sources = "calques.tsv (hand-curated per source language; see Lexicons/PHRASES.md; the article-less \"in last N years\" and \"none of\" rows after Swan, Practical English Usage); the statement + impersonal passive construction after the Turkish reporting passive (Göksel & Kerslake, Turkish: A Comprehensive Grammar, 2005, on impersonal passives)",
    };

    private static readonly Lazy<(Dictionary<string, AnchorPatterns> ByFirst, HashSet<string> Antipatterns)> Patterns = new(Load);

    /// <summary>
    /// The patterns of one anchor word, longest first, split by the word that must follow the anchor: the common
    /// anchors ("the", "in", "on") open dozens of patterns, and trying each at every occurrence was ~3,000 attempts
    /// an article. Only the patterns whose next word is the token's next word, and those with no fixed next word,
    /// are tried, in the same order as the one sorted list they come from (each keeps its rank in it).
    /// </summary>
    private sealed class AnchorPatterns
    {
        private readonly Dictionary<string, List<(int Rank, PhrasePattern Pattern)>> byNext = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(int Rank, PhrasePattern Pattern)> open = [];

        public AnchorPatterns(List<PhrasePattern> sorted)
        {
            for (int i = 0; i < sorted.Count; i++)
            {
                var p = sorted[i];
                if (p.NextLiteral is { } next)
                {
                    if (!byNext.TryGetValue(next, out var list))
                        byNext[next] = list = [];
                    list.Add((i, p));
                }
                else
                    open.Add((i, p));
            }
        }

        /// <summary>The patterns that can match at a token followed by <paramref name="next"/> (null: no word follows), in rank order, into <paramref name="into"/>.</summary>
        public void Candidates(ReadOnlySpan<char> next, bool hasNext, List<PhrasePattern> into)
        {
            into.Clear();
            List<(int Rank, PhrasePattern Pattern)>? fixedNext = null;
            if (hasNext)
                byNext.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out fixedNext);
            int a = 0;
            int b = 0;
            int na = fixedNext?.Count ?? 0;
            while (a < na || b < open.Count)
            {
                if (b >= open.Count || (a < na && fixedNext![a].Rank < open[b].Rank))
                    into.Add(fixedNext![a++].Pattern);
                else
                    into.Add(open[b++].Pattern);
            }
        }
    }

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var (byFirst, antipatterns) = Patterns.Value;
        var anchors = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = new List<PhrasePattern>();
        foreach (var s in context.ContentSentences)
        {
            if (StatementPassive(context, s) is { } sp)
                findings.Add(context.Flag(Rule, new TextSpan(context.Tokens[sp.First].Start, context.Tokens[sp.Last].End),
                    "Impersonal passive after \"In the statement\" (Turkish açıklamada ... belirtildi, also Arabic, Russian); English names the source: \"the statement said that\""));
            if (SoAttribution(context, s) is { } so)
                findings.Add(context.Flag(Rule, so.First, so.Last,
                    "German reported speech \"…, so Name.\" (so = according to) kept word for word; English writes \"…, Name said.\""));
            int scanFrom = s.FirstToken;
            if (TimeInversion(context, s) is { } ti)
            {
                findings.Add(context.Flag(Rule, ti.First, ti.Last,
                    "Subject after a passive verb following a time adverb (Romance \"domani è previsto il\", Russian \"вчера состоялось\"); English keeps the subject first: \"the … is scheduled for tomorrow\""));
                scanFrom = ti.Last + 1; // "Tomorrow is foreseen the": the lexicon's "is foreseen the" is the same finding
            }

            for (int t = scanFrom; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !anchors.TryGetValue(context.WordSpan(t), out var patterns))
                    continue;
                // A pattern's next element is compared with the next token unless that is punctuation (MatchAt fails there).
                bool hasNext = t + 1 < s.EndToken && context.Tokens[t + 1].Kind != TokenKind.Punct;
                patterns.Candidates(hasNext ? context.WordSpan(t + 1) : default, hasNext, list);
                foreach (var p in list)
                {
                    // A pattern opening with wildcards ("{report} this monday") starts that many words back.
                    int start = t - p.AnchorIndex;
                    if (start < s.FirstToken)
                        continue;
                    int last = p.MatchAt(context, start, s.EndToken, s.FirstToken);
                    if (last < 0 || (p.HeadingStart && !IsHeadingStart(context, s, start, last)))
                        continue;
                    // Antipatterns see the match with the word before and the word after it ("was informed that",
                    // "on the eve of" are English).
                    int from = start > s.FirstToken && context.Tokens[start - 1].Kind == TokenKind.Word ? start - 1 : start;
                    int to = last + 1 < s.EndToken && context.Tokens[last + 1].Kind == TokenKind.Word ? last + 1 : last;
                    var phrase = context.Article.Slice(new TextSpan(context.Tokens[from].Start, context.Tokens[to].End)).ToLowerInvariant();
                    if (ContainsAny(phrase, antipatterns) || HoldsNumberAntipattern(context, from, to, antipatterns))
                        continue;
                    int first = p.NeedsComma ? PhrasePattern.CommaBefore(context, start) : start;
                    var row = p.Payload;
                    var others = SharedByOtherLanguages(row.ElementAtOrDefault(4)) ? " (or the same in another language)" : "";
                    var message = $"Calque of {Lang(row.ElementAtOrDefault(1))} \"{row.ElementAtOrDefault(2)}\"{others}; English would say \"{row.ElementAtOrDefault(3)}\"";
                    findings.Add(context.Flag(Rule, new TextSpan(context.Tokens[first].Start, context.Tokens[last].End), message));
                    t = last;
                    break;
                }
            }
        }
    }

    private static readonly HashSet<string> StatementDeterminers = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "its", "his", "her", "their", "our" };

    /// <summary>Nouns that name a statement as the source of what follows.</summary>
    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "announcement", "message", "declaration", "communique", "communiqué", "release",
    };

    /// <summary>Reporting participles of the impersonal passive ("it was stated that").</summary>
    private static readonly HashSet<string> ReportingParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "stated", "noted", "emphasized", "emphasised", "underlined", "stressed", "expressed", "indicated", "mentioned",
        "highlighted", "underscored", "reported", "announced", "said", "explained", "declared", "added",
    };

    /// <summary>Most tokens between the statement noun and the impersonal passive.</summary>
    private const int MaxStatementGap = 20;

    /// <summary>
    /// "In the statement made after the meeting, it was stated that …": a sentence opening with In + determiner +
    /// a statement noun (within four words), and then, after a comma, the impersonal passive "it was/is/has been
    /// + reporting participle + that". The statement already names the source, and English makes it the subject
    /// ("the statement said that"); the pattern is the Turkish "açıklamada … belirtildi" (also Arabic "jāʾa fī
    /// al-bayān annahu", Russian "в заявлении говорится, что") kept word for word. The first and last token of
    /// the construction, or null.
    /// </summary>
    private static (int First, int Last)? StatementPassive(AnalysisContext c, Sentence s)
    {
        int t = s.FirstToken;
        if (t + 8 >= s.EndToken || c.Tokens[t].Kind != TokenKind.Word || c.WordSpan(t) is not "In" || !c.WordPair(t)
            || !StatementDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.WordSpan(t + 1)))
            return null;
        int noun = -1;
        for (int k = t + 2; k < s.EndToken && k <= t + 5 && c.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (StatementNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.WordSpan(k)))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0)
            return null;
        for (int k = noun + 1; k + 4 < s.EndToken && k <= noun + MaxStatementGap; k++)
        {
            // The first comma closes the opening adverbial: the impersonal passive must be the clause right after it.
            if (c.Tokens[k].Kind != TokenKind.Punct)
                continue;
            if (!c.IsPunct(k, ',') || c.Tokens[k + 1].Kind != TokenKind.Word || !c.WordSpan(k + 1).Equals("it", StringComparison.Ordinal))
                return null;
            int v = k + 2;
            if (c.WordSpan(v) is "has" or "had" && v + 1 < s.EndToken && c.WordSpan(v + 1) is "been")
                v++;
            else if (c.WordSpan(v) is not ("was" or "is"))
                return null;
            if (v + 2 < s.EndToken && ReportingParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.WordSpan(v + 1))
                && c.Tokens[v + 2].Kind == TokenKind.Word && c.WordSpan(v + 2) is "that")
                return (t, v + 2);
            return null;
        }

        return null;
    }

    /// <summary>
    /// "…, so Häußler." / "“…”, so Müller-Lüdenscheidt.": a comma (or a comma and a closing quote), "so", one to three
    /// capitalised words, and the end of the sentence. German (and Dutch "aldus") attributes reported speech with
    /// "so" + the speaker after the statement ("…, so Häußler."); English "so" joins a clause and cannot be followed
    /// by a bare name and a full stop. The calques.tsv row ", so the" covers "…, so the mayor."; this is the name.
    /// The comma and the last word of the name, or null.
    /// </summary>
    private static (int First, int Last)? SoAttribution(AnalysisContext c, Sentence s)
    {
        int end = s.EndToken;
        // The sentence's last word: past a final stop and closing quotes or brackets.
        int last = end - 1;
        while (last > s.FirstToken && c.Tokens[last].Kind == TokenKind.Punct)
            last--;
        if (last - s.FirstToken < 5 || !c.IsPunct(last + 1 < end ? last + 1 : last, '.'))
            return null;
        int names = 0;
        int k = last;
        while (k > s.FirstToken && names < 3 && c.Tokens[k].Kind == TokenKind.Word && TextFacts.IsTitleWord(c.WordSpan(k))
               && c.WordSpan(k).Length >= 2 && !WordLists.IsFunctionWord(c.WordSpan(k)))
        {
            names++;
            k--;
        }

        if (names == 0 || c.Tokens[k].Kind != TokenKind.Word || !c.WordSpan(k).SequenceEqual("so") || c.Tokens[k].End + 1 != c.Tokens[k + 1].Start)
            return null;
        int comma = PhrasePattern.CommaBefore(c, k);
        return comma < s.FirstToken || comma < 0 ? null : (comma, last);
    }

    private static readonly HashSet<string> TimeAdverbs = new(StringComparer.Ordinal) { "Tomorrow", "Today", "Yesterday", "Tonight" };

    /// <summary>Participles that take a noun complement in the passive ("Today is called the Day of…"): English.</summary>
    private static readonly HashSet<string> ComplementParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "called", "named", "dubbed", "billed", "considered", "deemed", "declared", "proclaimed", "designated", "known",
        "seen", "regarded", "termed", "labelled", "labeled", "crowned", "voted", "ranked", "rated", "given", "shown",
        "told", "offered", "sent", "awarded", "granted", "handed", "paid", "promised", "asked",
    };

    /// <summary>
    /// "Tomorrow is foreseen the second rest day", "Yesterday was approved the law", "Tonight will be played the
    /// final": a sentence opening with a time adverb, then a passive (is/are/was/were/will be + past participle)
    /// and the subject after it, opened by an article. Romance and Slavic languages put the subject after a
    /// passive or reflexive verb when a time adverb leads ("domani è previsto il", "ayer fue aprobada la",
    /// "вчера состоялось"); English keeps the subject before the verb (Quirk et al. 1985, ch. 18 on subject–verb
    /// inversion, which English allows after a fronted adverbial only with intransitive verbs of place and motion).
    /// Participles that take a noun complement ("Today is called the Day of …") are left alone.
    /// </summary>
    private static (int First, int Last)? TimeInversion(AnalysisContext c, Sentence s)
    {
        int t = s.FirstToken;
        if (t + 3 >= s.EndToken || !c.WordPair(t) || !TimeAdverbs.Contains(c.Word(t)))
            return null;
        int v = t + 1;
        if (c.WordSpan(v) is "will" && c.WordPair(v) && c.WordSpan(v + 1) is "be")
            v++;
        else if (c.WordSpan(v) is not ("is" or "are" or "was" or "were"))
            return null;
        int p = v + 1;
        if (p + 1 >= s.EndToken || !c.WordPair(v) || !c.WordPair(p) || c.WordSpan(p + 1) is not ("the" or "a" or "an"))
            return null;
        var participle = c.Word(p);
        if (!TextFacts.IsLowerWord(participle) || ComplementParticiples.Contains(participle) || !EnglishLexicon.Verbs.IsPastParticiple(participle))
            return null;
        return (t, p + 1);
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> holds any of the antipatterns. A loop, not a lambda: a lambda capturing the
    /// phrase made the compiler allocate its closure at the top of the pattern loop, once per pattern tried
    /// (~3,000 an article, ~79 KB), not once per match.
    /// </summary>
    private static bool ContainsAny(string phrase, HashSet<string> antipatterns)
    {
        foreach (var a in antipatterns)
        {
            if (phrase.Contains(a, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Antipatterns with a number slot ("!during {num} years of": "during 10 years of war" is English) are compared
    /// with the words of the match and its neighbours, numbers written <c>{num}</c>, joined by single spaces.
    /// </summary>
    private static bool HoldsNumberAntipattern(AnalysisContext context, int from, int to, HashSet<string> antipatterns)
    {
        string? words = null;
        foreach (var a in antipatterns)
        {
            if (!a.Contains("{num}", StringComparison.Ordinal))
                continue;
            if (words is null)
            {
                var parts = new List<string>(to - from + 1);
                bool number = false;
                for (int k = from; k <= to; k++)
                {
                    bool n = PhrasePattern.IsNumber(context, k);
                    number |= n;
                    parts.Add(n ? "{num}" : context.Article.Slice(new TextSpan(context.Tokens[k].Start, context.Tokens[k].End)).ToLowerInvariant());
                }

                if (!number)
                    return false;
                words = string.Join(' ', parts);
            }

            if (words.Contains(a, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>A heading-initial word: first word of a short line without a final stop, followed by punctuation or nothing.</summary>
    private static bool IsHeadingStart(AnalysisContext context, Sentence s, int t, int last)
    {
        var (first, end) = context.LineTokens(s.LineIndex);
        if (t != first)
            return false;
        int words = 0;
        for (int k = first; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Word)
                words++;
        }

        if (words > 8 || (end > first && Segmenter.IsTerminal(context.CharAt(end - 1)) && context.CharAt(end - 1) != '…'))
            return false;
        if (last + 1 >= end)
            return true;
        char next = context.CharAt(last + 1);
        return context.Tokens[last + 1].Kind == TokenKind.Punct && next is ',' or ':' or '‘' or '\'' or '"' or '“' or '«' or '-' or '–' or '—';
    }

    /// <summary>
    /// The row's note names other source languages that produce the same English ("also es …", "Russian тысяч,
    /// Spanish mil"), so the message does not pin the calque on the row's first language.
    /// </summary>
    private static bool SharedByOtherLanguages(string? note)
    {
        if (string.IsNullOrEmpty(note))
            return false;
        if (note.Contains("(also ", StringComparison.Ordinal))
            return true;
        int named = 0;
        foreach (var name in LanguageNames)
        {
            if (note.Contains(name, StringComparison.Ordinal) && ++named >= 2)
                return true;
        }

        return false;
    }

    private static readonly string[] LanguageNames =
        ["Italian", "Spanish", "French", "German", "Portuguese", "Russian", "Arabic", "Turkish", "Chinese", "Korean", "Polish", "Ukrainian"];

    private static string Lang(string? code) => code switch
    {
        "it" => "Italian",
        "es" => "Spanish",
        "fr" => "French",
        "de" => "German",
        "pt" => "Portuguese",
        "ru" => "Russian",
        "ar" => "Arabic",
        "tr" => "Turkish",
        "zh" => "Chinese",
        "ko" => "Korean",
        "pl" => "Polish",
        "uk" => "Ukrainian",
        "ja" => "Japanese",
        null => "a foreign",
        _ => code,
    };

    /// <summary>
    /// The patterns by their anchor word, compared ignoring case so that a token is looked up as written, without a
    /// lower-cased copy. The anchors are lower-case (<see cref="PhrasePattern.Parse"/>) and <see cref="PhrasePattern.MatchAt"/>
    /// compares the anchor ignoring case too, so this finds exactly the patterns that can match the token.
    /// </summary>
    private static (Dictionary<string, AnchorPatterns>, HashSet<string>) Load()
    {
        var byFirst = new Dictionary<string, List<PhrasePattern>>(StringComparer.OrdinalIgnoreCase);
        var anti = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("calques.tsv").Entries)
        {
            if (e.Length < 2 || e[0].Length == 0)
                continue;
            if (e[0][0] == '!')
            {
                anti.Add(e[0][1..].Trim().ToLowerInvariant());
                continue;
            }

            var p = PhrasePattern.Parse(e[0], e);
            // A lone common English word is a calque only in some contexts the pattern cannot see.
            if (p.Elements.Length == 1 && !p.HeadingStart && EnglishLexicon.WordScore(p.Elements[0]) >= 2.5)
                continue;
            if (p.AnchorIndex < 0)
                continue;
            var first = p.AnchorWord!;
            if (!byFirst.TryGetValue(first, out var list))
                byFirst[first] = list = [];
            list.Add(p);
        }

        var anchors = new Dictionary<string, AnchorPatterns>(StringComparer.OrdinalIgnoreCase);
        foreach (var (anchor, list) in byFirst)
        {
            list.Sort((a, b) => b.Elements.Length.CompareTo(a.Elements.Length));
            anchors[anchor] = new AnchorPatterns(list);
        }

        return (anchors, anti);
    }
}
