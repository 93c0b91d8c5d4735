using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a form of "be" followed by a bare verb ("countries are face increasing pressure", "it is
/// allow the export"): the verb must be a WordNet verb that is not an adjective, not its own past participle
/// (cut, set), and either not a noun or followed by an adverb in -ly or a determiner/object pronoun.
/// Why it matters: MT of Romance and Slavic verb phrases drops the -ing or the participle ending; the clause
/// stops being English.
/// </summary>
public sealed class AuxiliaryBareVerbRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AuxiliaryBareVerb,
        "auxiliary-bare-verb",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "\"be\" followed by a bare verb",
        "A form of \"be\" directly followed by the base form of a verb (not a participle, adjective or noun use).",
        "\"are face\", \"is allow\" are MT slips for \"are facing\", \"is allowed\"; human writers rarely make them.",
        [
            RuleExample.Flagged("Many farmers [|are face|] increasingly high costs."),
            RuleExample.Flagged("The new law [|is allow|] the export of grain."),
            RuleExample.Clean("Many farmers are facing increasingly high costs."),
            RuleExample.Clean("The shop is open and the price is set; it is time the council acted."),
            RuleExample.Clean("The rooms are cut off from the main building and were hit by shells."),
        ])
    {
        Sources = "pos.tsv and verb-forms.tsv (WordNet 3.1); LanguageTool's BE_VB pattern family as the model",
    };

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "am", "is", "are", "was", "were" };

    private static readonly HashSet<string> ObjectStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "my", "your", "him", "them", "us", "me", "all", "any", "some", "more",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !Be.Contains(context.Word(t)))
                    continue;
                int v = t + 1;
                if (context.Tokens[v].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(v)))
                    continue;
                var word = context.Word(v);
                if (!verbs.IsBase(word) || verbs.BaseIsParticiple(word) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
                    continue;
                var pos = EnglishLexicon.Pos(word);
                if (!pos.Contains('v') || pos.AsSpan().IndexOfAny("ardpcox") >= 0)
                    continue;
                if (pos.Contains('n'))
                {
                    if (v + 1 >= s.EndToken || context.Tokens[v + 1].Kind != TokenKind.Word)
                        continue;
                    var next = context.Word(v + 1);
                    bool adverb = next.EndsWith("ly", StringComparison.Ordinal) && EnglishLexicon.Pos(next.ToLowerInvariant()).Contains('r');
                    if (!adverb && !(ObjectStarters.Contains(next) && !pos.Contains('n')))
                        continue;
                }
                else if (v + 1 < s.EndToken && context.Tokens[v + 1].Kind == TokenKind.Word && context.Word(v + 1) is "to" or "of")
                {
                    continue;
                }

                findings.Add(context.Flag(Rule, t, v, $"\"{context.Word(t)} {word}\": a participle or -ing form is expected"));
            }
        }
    }
}
