using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: in a heading written in capitals, a preposition followed by the bare form of a verb and then a
/// noun ("CONCERNS OVER [|REDUCE SPENDING|]"): a verb stands where a noun phrase is needed (reduced spending,
/// reducing spending). The verb must be a WordNet verb with a distinct -ed form, the next word a WordNet noun
/// that is not also a verb or adjective, and the pair must not be an established compound in the background
/// bigrams (antipattern: "FOR WATER SUPPLY").
/// Why it matters: MT of short Romance headings ("sull'aumento della cooperazione") drops the participle or the
/// nominalisation, and capitals hide the slip from casing checks.
/// </summary>
public sealed class CapsHeadingBareVerbRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CapsHeadingBareVerb,
        "caps-heading-bare-verb",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Bare verb after a preposition in a capitalised heading",
        "ALL-CAPS heading lines with preposition + base-form verb + noun (a verb where a noun phrase is needed).",
        "Capitalised headings are translated without context; a bare verb after a preposition is not English and marks MT.",
        [
            RuleExample.Flagged("Officials met on Monday.\nWORRIES OVER [|REDUCE SPENDING|]\nThe budget was cut."),
            RuleExample.Clean("Officials met on Monday.\nWORRIES OVER REDUCED SPENDING\nThe budget was cut."),
            RuleExample.Clean("Officials met on Monday.\nPLANS FOR WATER SUPPLY\nThe budget was cut."),
            RuleExample.Clean("Officials met on Monday.\nThey argued over reduce spending plans.\nThe budget was cut."),
        ])
    {
        Sources = "pos.tsv and verb-forms.tsv (WordNet 3.1); english-bigrams.tsv.gz (WordNet glosses) as the compound antipattern (corpus bigrams are not used: a verb and its object form the same bigram in body text)",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        for (int li = 0; li < context.Lines.Count; li++)
        {
            if (!context.IsContent(li))
                continue;
            var (first, end) = context.LineTokens(li);
            if (!IsCapsHeading(context, first, end))
                continue;
            for (int t = first; t + 2 < end; t++)
            {
                if (!IsWord(context, t) || !IsWord(context, t + 1) || !IsWord(context, t + 2))
                    continue;
                var prep = context.Word(t).ToLowerInvariant();
                var verb = context.Word(t + 1).ToLowerInvariant();
                var noun = context.Word(t + 2).ToLowerInvariant();
                if (!EnglishLexicon.Pos(prep).Contains('p') || EnglishLexicon.Pos(prep).Contains('x') || prep == "to")
                    continue;
                var vp = EnglishLexicon.Pos(verb);
                if (!vp.Contains('v') || vp.Contains('a') || vp.IndexOfAny(['d', 'p', 'c', 'o', 'x']) >= 0 || !EnglishLexicon.Verbs.IsBase(verb) || EnglishLexicon.Verbs.BaseIsParticiple(verb))
                    continue;
                var np = EnglishLexicon.Pos(noun);
                if (!np.Contains('n') || np.Contains('v') || np.Contains('a') || np.Length != 1)
                    continue;
                if (BackgroundModel.Bigram(verb, noun) >= 2)
                    continue;
                findings.Add(context.Flag(Rule, t + 1, t + 2, $"\"{context.Word(t + 1)}\" after \"{context.Word(t)}\": a noun phrase is needed (participle or -ing form)"));
            }
        }
    }

    private static bool IsWord(AnalysisContext c, int t) => c.Tokens[t].Kind == TokenKind.Word && TextFacts.HasLetter(c.WordSpan(t));

    private static bool IsCapsHeading(AnalysisContext c, int first, int end)
    {
        int words = 0;
        for (int t = first; t < end; t++)
        {
            if (c.Tokens[t].Kind != TokenKind.Word || !TextFacts.HasLetter(c.WordSpan(t)))
                continue;
            if (!TextFacts.IsAllCaps(c.WordSpan(t)))
                return false;
            words++;
        }

        return words is >= 2 and <= 16;
    }
}
