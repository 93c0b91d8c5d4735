using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;
using static MtQuality.Core.Rules.Translation.WordOrderFacts;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a statement that opens with a bare verb and its object, then "you" + a modal with no verb after
/// it, then a preposition phrase: "Renew your permit of parking you can at any post office", "Book the tickets
/// for the tour you may through the website". The source put the infinitive and its object first and the
/// "you can" clause after it (Ukrainian, Russian and Polish "Перевірити … ви можете", Japanese and Korean
/// verb-final clauses); English needs "You can renew …". The modal is followed by a preposition, so English
/// verb-phrase ellipsis stays clean: "as soon as you can", "if you can", "than we could", "help where you
/// can", "do what you can", "save all the money you can" (after a subordinator, a wh-word or a quantifier, or
/// at the end of the sentence).
/// Why it matters: the sentence reads as an order followed by a fragment; the instruction is lost.
/// </summary>
public sealed class StrandedModalRule : IRule
{
    /// <summary>Longest object noun phrase between the opening verb and "you".</summary>
    public const int MaxObjectWords = 7;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.StrandedModal,
        "stranded-modal",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Modal without its verb after a fronted verb and object",
        "A statement opening with a bare verb and its object (a possessive or article + up to seven words), then \"you\" + can/could/may/must/should + a preposition (\"Renew your permit you can at any post office\").",
        "The verb belongs after the modal (\"You can renew your permit at …\"); fronting it with its object is the source language's order.",
        [
            RuleExample.Flagged("[|Renew your permit of parking you can|] at any post office."),
            RuleExample.Flagged("[|Book the tickets for the tour you may|] through the museum website."),
            RuleExample.Clean("You can renew your parking permit at any post office, and book the tickets as soon as you can."),
            RuleExample.Clean("Help where you can. Do what you can, if you can. Save all the money you can."),
            RuleExample.Clean("Send the forms you can by Friday and the rest later."),
            RuleExample.Clean("Take the best seat you can in the hall."),
        ])
    {
        Sources = "verb-phrase ellipsis after modals and its licensing contexts: Quirk et al., A Comprehensive Grammar of the English Language (1985) §12.21–12.31; Huddleston & Pullum (2002) ch. 17 §7; pos.tsv and verb-forms.tsv (WordNet 3.1)",
    };

    public RuleDescriptor Descriptor => Rule;

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "can", "could", "may", "must", "should" };

    /// <summary>Prepositions that open the place, channel or means of the fronted instruction.</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "on", "at", "in", "via", "through", "from", "with", "online", "here", "there",
    };

    /// <summary>Degree words after which the relative clause is an ellipsis ("the best you can", "the most you can").</summary>
    private static readonly HashSet<string> Degree = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "every", "any", "whatever", "best", "most", "least", "only", "first", "last", "much", "many", "more", "less", "as",
    };

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            if (context.FinalStop(s) == '?')
                continue;
            int v = FirstWord(context, s);
            if (v < 0 || v + 5 >= s.EndToken || !TextFacts.IsTitleWord(context.WordSpan(v)) || !Spaced(context, v))
                continue;
            var verb = context.Word(v).ToLowerInvariant();
            if (!IsBaseVerb(verb) || WordLists.IsFunctionWord(verb))
                continue;
            int o = v + 1;
            if (!IsWord(context, o) || !NounPhraseOpeners.Contains(context.Word(o)) || !TextFacts.IsLowerWord(context.WordSpan(o)))
                continue;
            for (int k = o + 1; k + 2 < s.EndToken && k <= o + MaxObjectWords + 1; k++)
            {
                if (!IsWord(context, k) || !Spaced(context, k - 1))
                    break;
                var w = context.Word(k);
                if (Degree.Contains(w))
                    break;
                if (w is "you" && k > o + 1 && Modals.Contains(context.Word(k + 1)) && Spaced(context, k) && Spaced(context, k + 1)
                    && IsWord(context, k + 2) && PlacePrepositions.Contains(context.Word(k + 2)) && !IsPhrasalParticle(context, s, k + 2))
                {
                    findings.Add(context.Flag(Rule, v, k + 1,
                        $"\"{context.Word(k)} {context.Word(k + 1)}\" has no verb: English writes \"You {context.Word(k + 1)} {verb} …\""));
                    break;
                }

                // Inside the object only prepositions of a noun's complement and determiners; a relative "that" or a
                // subordinator makes "you can" an English ellipsis ("the forms that you can").
                if (WordLists.IsFunctionWord(context.WordSpan(k)) && w is not ("of" or "for" or "in" or "on" or "to" or "from" or "about" or "the" or "a" or "an" or "your" or "its" or "their" or "our"))
                    break;
            }
        }
    }

    /// <summary>"you can on" + a verb or nothing: the preposition is not a phrase opener ("… you can in time").</summary>
    private static bool IsPhrasalParticle(AnalysisContext c, Sentence s, int p) =>
        p + 1 >= s.EndToken || !IsWord(c, p + 1);
}
