using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: an article or possessive determiner, then a word that English has only as a verb, then "of":
/// "for the reduce of public spending", "an improve of services", "its establish of". The slot between a
/// determiner and "of" is a noun's (Quirk et al. §17.2 ff. on the noun phrase); a bare verb there is a
/// source noun (Turkish azaltılması, Arabic takhfīḍ, Romance riduzione) rendered by its verb's dictionary form
/// instead of the derived noun ("reduction", "improvement").
/// The word must be a verb and nothing else in WordNet (pos.tsv tag "v"), lower-case, and "of" must follow.
/// Left alone: verbs English has turned into nouns since WordNet's lemmas were drawn up ("the reveal of the
/// logo", "the ask", "the spend of the campaign", "the download of the file", "a rebuild of the engine": re- + a verb is a noun of the
/// redo kind), "that" (a relative: "all that remain of the town") and capitalised words (titles, names).
/// Why it matters: the phrase is ungrammatical at a glance and marks a translation that picked the wrong form.
/// </summary>
public sealed class DeterminerVerbOfRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeterminerVerbOf,
        "determiner-verb-of",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "A verb where a noun belongs",
        "A determiner, a word that is only a verb (WordNet), then \"of\": \"the reduce of\", \"an improve of\".",
        "Between a determiner and \"of\" English needs a noun; a bare verb there is a source noun translated by the wrong form.",
        [
            RuleExample.Flagged("The government announced measures for [|the reduce of|] public spending."),
            RuleExample.Flagged("The plan calls for [|an improve of|] services and [|the establish of|] a new agency."),
            RuleExample.Clean("The government announced measures for the reduction of public spending and the improvement of services."),
            RuleExample.Clean("All that remain of the old town are two walls; the reveal of the new logo and a rebuild of the engine came later."),
            RuleExample.Clean("The Reduce of the title is a film; they want to reduce the cost of living and the ask of the union is clear."),
            RuleExample.Clean("The download of the file failed after a merge of the two branches."),
        ])
    {
        Sources = "pos.tsv (WordNet 3.1 lemmas: words with the verb tag only); the determiner + noun + of frame: Quirk et al., A Comprehensive Grammar of the English Language (1985) ch. 17; LanguageTool's grammar category of determiner + verb-form rules as the model (no rule text used)",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "its", "their", "our", "his", "my", "your",
    };

    /// <summary>Verbs used as nouns in current English that WordNet 3.1 lists as verbs only.</summary>
    private static readonly HashSet<string> ZeroNouns = new(StringComparer.Ordinal)
    {
        "reveal", "ask", "spend", "install", "unveil", "build", "fail",
        "upload", "download", "debug", "merge", "offload", // software usage: "the download of the file", "a merge of the branch"
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken + 1; t + 1 < s.EndToken; t++)
            {
                if (!context.WordPair(t) || !context.WordSpan(t + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (!context.WordPair(t - 1) || !determiners.Contains(context.WordSpan(t - 1)))
                    continue;
                var w = context.WordSpan(t);
                if (w.Length < 3 || !TextFacts.IsLowerWord(w))
                    continue;
                var word = context.Word(t);
                if (EnglishLexicon.Pos(word) != "v" || ZeroNouns.Contains(word) || IsReVerb(word))
                    continue;
                findings.Add(context.Flag(Rule, t - 1, t + 1, $"\"{word}\" is a verb; after \"{context.Word(t - 1)}\" and before \"of\" English needs a noun"));
                t++;
            }
        }
    }

    /// <summary>re- + a verb ("rebuild", "restart", "rethink"): such words serve as nouns ("a restart of the talks").</summary>
    private static bool IsReVerb(string word) =>
        word.Length > 4 && word.StartsWith("re", StringComparison.Ordinal) && EnglishLexicon.Pos(word[2..]).Contains('v');
}
