using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a first-person sentence ("Our goal is…", "We will…") standing without quotation marks in a
/// third-person news paragraph, next to a sentence that attributes speech ("…, Putin added, \"…\""),
/// i.e. a quotation whose marks were lost.
/// Why it matters: unmarked quotes put a speaker's words in the reporter's mouth; MT and extraction both drop
/// quote marks. Paragraphs that are first person throughout (talks, op-eds), and articles whose author writes in
/// the first person (more than <see cref="MaxAuthorVoice"/> unquoted first-person sentences), are left alone.
/// </summary>
public sealed class MissingQuotesRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingQuotes,
        "missing-quotes",
        RuleCategory.Translation,
        "missing-quotes",
        Severity.Info,
        "First-person statement without quotation marks",
        "An unquoted first-person sentence in a third-person paragraph that also reports quoted or attributed speech.",
        "A quotation that lost its marks reads as the reporter's own claim.",
        [
            RuleExample.Flagged("The minister spoke to farmers in the north on Monday. [|Our aim is to double exports within five years.|] She added, \"The money is ready.\""),
            RuleExample.Clean("The minister spoke to farmers in the north on Monday. \"Our aim is to double exports within five years,\" she said."),
            RuleExample.Clean("We went to the north last year. We met farmers there. Our aim was to listen, and I said \"thank you\" a lot."),
            RuleExample.Flagged("The mayor visited the plant on Friday. [|We have seniors who have neither a computer nor anyone to help them|], he says."),
            RuleExample.Flagged("The co-operative sells tea online. Its manager Lin Wei said, [|we sell directly to the consumer, there are no middlemen|]."),
            RuleExample.Flagged("Exports rose in May. [|Our growers will not wait another year|], says Anna Nowak."),
            RuleExample.Clean("The mayor visited the plant on Friday. \"We have seniors who have no computer,\" he says."),
            RuleExample.Clean("As the minister said, we must all save water this summer."),
            RuleExample.Clean("The board made a mistake. That said, I believe the doubt it has cast is troubling."),
            RuleExample.Clean("The mayor said, without notes, that the plant would reopen in May."),
            RuleExample.Clean("We left before the vote, and the count went on until dawn."),
            RuleExample.Clean("The mayor visited the plant on Friday. ‘We have seniors who have no computer,’ he says."),
            RuleExample.Clean("I grew up on a farm. My father kept sheep.\n\nThe minister spoke to farmers in the north on Monday. I think she meant it. She added, \"The money is ready.\""),
        ]);

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "We", "Our", "I", "My", "Us" };

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "his", "her", "their", "him", "them",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "told", "stated", "explained", "noted", "wrote", "declared", "stressed", "insisted", "continued",
    };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// Unquoted first-person sentences an article may hold before it counts as written in the first person (an
    /// essay, an op-ed, a letter, a blog post): there an "I" or "We" sentence is the author's voice.
    /// </summary>
    public const int MaxAuthorVoice = 2;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        // Speech that carries its own attribution is a quotation whatever the rest of the article does: an MT
        // pipeline that drops quote marks drops them all, and the author-voice count below would then excuse them.
        int unquotedFirstPerson = 0;
        var voice = new LineQuoteWalker(context);
        var attributed = new HashSet<int>();
        foreach (var s in context.ContentSentences)
        {
            if (HasQuoteMark(context, s))
                continue;
            if (StartsFirstPerson(context, s) && AttributionTail(context, s) is { } tail)
            {
                attributed.Add(s.FirstToken);
                findings.Add(context.Flag(Rule, new TextSpan(s.Span.Start, context.Tokens[tail].Start), "A first-person statement attributed at its end (\", he says\") without quotation marks"));
            }
            else if (SpeechAfterReportingVerb(context, s) is int speech)
            {
                attributed.Add(s.FirstToken);
                findings.Add(context.Flag(Rule, new TextSpan(context.Tokens[speech].Start, context.Tokens[LastWord(context, s)].End), "First-person speech after \"said,\" without quotation marks"));
            }
        }

        foreach (var s in context.ContentSentences)
        {
            if (StartsFirstPerson(context, s) && !attributed.Contains(s.FirstToken) && !Inside(voice, s) && ++unquotedFirstPerson > MaxAuthorVoice)
                return;
        }

        var byLine = context.ContentSentences.GroupBy(s => s.LineIndex);
        foreach (var line in byLine)
        {
            var sentences = line.ToList();
            if (sentences.Count < 2)
                continue;
            int firstPersonSentences = 0;
            int thirdPersonWords = 0;
            bool attribution = false;
            foreach (var s in sentences)
            {
                if (StartsFirstPerson(context, s))
                    firstPersonSentences++;
                for (int t = s.FirstToken; t < s.EndToken; t++)
                {
                    if (context.Tokens[t].Kind != TokenKind.Word)
                        continue;
                    if (ThirdPerson.Contains(context.Word(t)))
                        thirdPersonWords++;
                    if (Reporting.Contains(context.Word(t)))
                        attribution = true;
                }
            }

            // A first-person paragraph (a talk, an op-ed) is not a lost quotation.
            if (!attribution || firstPersonSentences * 2 > sentences.Count || thirdPersonWords == 0 && !HasQuote(context, line.Key))
                continue;
            var walker = new LineQuoteWalker(context);
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                if (!StartsFirstPerson(context, s) || Inside(walker, s) || attributed.Contains(s.FirstToken))
                    continue;
                findings.Add(context.Flag(Rule, new TextSpan(s.Span.Start, s.Span.End)));
            }
        }
    }

    /// <summary>Subject pronouns of an attribution tag (", he says.").</summary>
    private static readonly HashSet<string> TagPronouns = new(StringComparer.Ordinal) { "he", "she", "they" };

    /// <summary>First-person words that open unmarked speech after "said,".</summary>
    private static readonly HashSet<string> SpeechOpeners = new(StringComparer.Ordinal) { "we", "i", "our", "my", "We", "I", "Our", "My" };

    /// <summary>Conjunctions before which "X said, we …" is a clause of the reporter's, not speech ("As he said, we must act").</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "like", "when", "if", "because", "while", "after", "before", "since", "though", "although", "once", "unless", "whether",
    };

    /// <summary>Most words of the speaker in a tag (", says Anna Kowalska-Nowak.").</summary>
    private const int MaxTagNameWords = 3;

    /// <summary>
    /// The comma that opens an attribution tag closing the sentence, or null: ", he says." / ", she added." /
    /// ", says Anna Nowak." / ", Nowak said." (a pronoun or one to three capitalised words, and a reporting verb).
    /// </summary>
    private static int? AttributionTail(AnalysisContext context, Sentence s)
    {
        int end = s.EndToken - 1;
        if (end - s.FirstToken < 6 || !context.IsPunct(end, '.'))
            return null;
        int comma = -1;
        for (int t = end - 1; t > s.FirstToken && t >= end - MaxTagNameWords - 2; t--)
        {
            if (context.IsPunct(t, ','))
            {
                comma = t;
                break;
            }

            if (context.Tokens[t].Kind != TokenKind.Word)
                return null;
        }

        if (comma < 0 || end - comma < 3)
            return null;
        int first = comma + 1;
        int last = end - 1;
        string verbFirst = context.Word(first);
        string verbLast = context.Word(last);
        bool tagThenVerb = Reporting.Contains(verbLast) && !char.IsUpper(verbLast[0]) && IsSpeaker(context, first, last);
        bool verbThenName = Reporting.Contains(verbFirst) && !char.IsUpper(verbFirst[0]) && IsSpeaker(context, first + 1, last + 1) && !TagPronouns.Contains(context.Word(first + 1));
        return tagThenVerb || verbThenName ? comma : null;
    }

    /// <summary>Tokens [from, to) name a speaker: one subject pronoun, or one to three capitalised words.</summary>
    private static bool IsSpeaker(AnalysisContext context, int from, int to)
    {
        if (to - from == 1 && TagPronouns.Contains(context.Word(from)))
            return true;
        if (to - from < 1 || to - from > MaxTagNameWords)
            return false;
        for (int t = from; t < to; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(context.CharAt(t)) || WordLists.IsFunctionWord(context.WordSpan(t)))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The first word of first-person speech that follows a reporting verb and a comma or colon without a quotation
    /// mark ("Lin Jianguo said, we sell directly to the consumer"), or null; not after a subordinate opening ("As
    /// he said, we must act").
    /// </summary>
    private static int? SpeechAfterReportingVerb(AnalysisContext context, Sentence s)
    {
        for (int t = s.FirstToken + 1; t + 4 < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word || !SpeechVerbs.Contains(context.Word(t)) || !(context.IsPunct(t + 1, ',') || context.IsPunct(t + 1, ':')))
                continue;
            int w = t + 2;
            if (context.Tokens[w].Kind == TokenKind.Word && SpeechOpeners.Contains(context.Word(w)) && context.Tokens[w + 1].Kind == TokenKind.Word
                && IsThirdPartySpeaker(context, s, t))
                return w;
        }

        return null;
    }

    /// <summary>Reporting verbs in the past or present that introduce direct speech after a comma or colon.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "stated", "explained", "noted", "declared", "stressed", "insisted", "wrote", "writes",
    };

    /// <summary>Words of a clause whose "said," reports no third party: the author ("I've often said"), an impersonal or passive frame ("it may be stated"), or a subordinate clause ("as the Bible says").</summary>
    private static readonly HashSet<string> NotAThirdParty = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "i've", "i’ve", "we've", "we’ve", "it", "be", "been", "being", "is", "was", "has",
        "that", "this", "having", // the discourse markers "That said," / "This said," / "Having said"
    };

    /// <summary>
    /// The clause before the reporting verb at <paramref name="verb"/> (back to the sentence start or the last
    /// punctuation) names someone else speaking: a name or he/she/they, with no first-person, impersonal or passive
    /// frame and no subordinating conjunction ("As the minister said, we must act").
    /// </summary>
    private static bool IsThirdPartySpeaker(AnalysisContext context, Sentence s, int verb)
    {
        int words = 0;
        for (int t = verb - 1; t >= s.FirstToken; t--)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
                break;
            var w = context.Word(t);
            if (NotAThirdParty.Contains(w) || Subordinators.Contains(w))
                return false;
            words++;
        }

        return words > 0;
    }

    private static int LastWord(AnalysisContext context, Sentence s)
    {
        int t = s.EndToken - 1;
        while (t > s.FirstToken && context.Tokens[t].Kind != TokenKind.Word)
            t--;
        return t;
    }

    /// <summary>Any quotation mark inside the sentence: its speech is marked somewhere, and the walker's job is to tell where.</summary>
    private static bool HasQuoteMark(AnalysisContext context, Sentence s)
    {
        foreach (char c in context.Text.AsSpan(s.Span.Start, s.Span.Length))
        {
            if (QuoteScan.IsDoubleQuote(c) || c is '‘' or '「' or '」')
                return true;
        }

        return false;
    }

    private static bool StartsFirstPerson(AnalysisContext context, Sentence s) =>
        context.Tokens[s.FirstToken].Kind == TokenKind.Word && FirstPerson.Contains(context.Word(s.FirstToken));

    private static bool HasQuote(AnalysisContext context, int line)
    {
        foreach (char c in context.LineText(line))
        {
            if (QuoteScan.IsDoubleQuote(c))
                return true;
        }

        return false;
    }

    /// <summary>Inside a quotation: an opening curly mark or an odd number of straight marks precedes the sentence in its line.</summary>
    private static bool Inside(LineQuoteWalker walker, Sentence s)
    {
        walker.MoveTo(s);
        return walker.CurlyOpen || walker.StraightMarks % 2 == 1;
    }
}
