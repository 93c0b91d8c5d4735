using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: "a" before a word that starts with a vowel sound ("a important meeting", "a hour") and "an"
/// before one that starts with a consonant sound ("an new law", "an university"). Only lower-case English
/// dictionary words are judged, by their spelling: a/e/i/o and the silent-h words take "an"; words in "u" are
/// judged only where the sound is settled ("an unusual" vs "a university"), and words spelled with a vowel but
/// said with a consonant ("one", "once", "eu-", "uni-", "use-") take "a".
/// Left alone: a capital "A" inside a sentence (a label: "brand A over brand B"), "a" before a function word (a
/// letter or a variable: "the reference to a is"), capitals and acronyms ("an FBI agent", "a NATO base": the letter name decides), "h" words other
/// than the silent ones ("an historic" is British usage), foreign phrases ("a otros", Spanish) since the next word
/// must be English, and letters used as labels ("a e i o u").
/// Why it matters: English chooses the article by sound; MT output rewritten word by word after the article was
/// set (a substituted adjective, a spun synonym) leaves the wrong one, and native writers rarely do.
/// </summary>
public sealed class IndefiniteArticleRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.IndefiniteArticle,
        "indefinite-article",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "\"a\" / \"an\" does not match the next sound",
        "\"a\" before a vowel sound or \"an\" before a consonant sound, judged on lower-case English words whose first sound the spelling settles.",
        "English picks a/an by sound; a mismatch shows a word replaced after the article was written (MT post-editing, spinning).",
        [
            RuleExample.Flagged("The ministers held [|a important|] meeting in Brussels."),
            RuleExample.Flagged("The talks lasted [|a hour|], and the union approved [|an new|] plan."),
            RuleExample.Flagged("She teaches at [|an university|] in Lyon after [|a unusual|] career."),
            RuleExample.Clean("The ministers held an important meeting that lasted an hour."),
            RuleExample.Clean("She teaches at a university, a one-off post for a European scholar and a unique talent."),
            RuleExample.Clean("An FBI agent met a NATO officer; it was an historic day and a useful one."),
            RuleExample.Clean("Dijo que a otros les gustaba, and the options are a, e and i."),
            RuleExample.Clean("A customer chose brand A over brand B, as Grosso A et al. found; the only reference to a is the call to f."),
        ])
    {
        Sources = "english-words.tsv (the next word must be English); article choice by sound: Quirk et al., A Comprehensive Grammar of the English Language (1985) §5.11; the silent-h and consonant-vowel spellings after the Cambridge and Merriam-Webster pronunciations",
    };

    /// <summary>Spellings with a vowel letter said with /j/ or /w/ ("a European", "a university", "a useful").</summary>
    private static readonly string[] ConsonantSoundPrefixes = ["eu", "ewe", "unan", "use", "usu", "uti", "ura", "uro", "ubi"];

    /// <summary>Whole words spelled with "o" said with /w/: "a one-off", "a once-great club".</summary>
    private static readonly HashSet<string> ConsonantSoundWords = new(StringComparer.Ordinal) { "one", "ones", "once", "oneself" };

    /// <summary>Words in "h" whose h is silent: "an hour", "an honest", "an heir" (not "herb": British "a herb").</summary>
    private static readonly string[] SilentH = ["hour", "honest", "honour", "honor", "heir"];

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (!context.WordPair(t))
                    continue;
                var article = context.WordSpan(t);
                // A capital "A" inside a sentence is a label ("brand A over brand B", "Grosso A et al."), not the article.
                bool a = article is "a" || (article is "A" && t == s.FirstToken);
                bool an = article is "an" || (article is "An" && t == s.FirstToken);
                if (!a && !an)
                    continue;
                var next = context.WordSpan(t + 1);
                // No article stands before a function word: "a is", "a in" are a letter or a variable ("b.py to a is").
                if (next.Length < 2 || !TextFacts.IsLowerWord(next) || !char.IsLetter(next[0]) || WordLists.IsFunctionWord(next))
                    continue;
                bool? vowel = VowelSound(next);
                if (vowel is null || vowel == an || !(EnglishLexicon.IsWord(next) || EnglishLexicon.Verbs.IsInflected(context.Word(t + 1))))
                    continue;
                findings.Add(context.Flag(Rule, t, t + 1, $"\"{context.Word(t)} {context.Word(t + 1)}\": {(an ? "a" : "an")} is used before this sound"));
            }
        }
    }

    /// <summary>Whether a lower-case word starts with a vowel sound, or null where its spelling does not settle it.</summary>
    private static bool? VowelSound(ReadOnlySpan<char> w)
    {
        foreach (var p in SilentH)
        {
            if (w.StartsWith(p, StringComparison.Ordinal))
                return true;
        }

        if (ConsonantSoundWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            return false;
        foreach (var p in ConsonantSoundPrefixes)
        {
            if (w.StartsWith(p, StringComparison.Ordinal))
                return false;
        }

        char c = w[0];
        if (c is 'a' or 'e' or 'i' or 'o')
            return true;
        if (c == 'u')
        {
            // "uni-" is /ju/ (unique, union, university) unless it is the prefix un- before in-/im-/id- words
            // (uninformed, unimportant, unidentified); other "un-" words are the vowel prefix (unusual).
            if (w.StartsWith("uni", StringComparison.Ordinal))
                return w.Length > 3 && w[3] is 'n' or 'm' or 'd' ? true : false;
            return w.StartsWith("un", StringComparison.Ordinal) ? true : null;
        }

        if (c is 'h' or 'y' or 'x')
            return null; // "an historic" (British), "a year" / "a yttrium", "an x-ray"
        return false;
    }
}
