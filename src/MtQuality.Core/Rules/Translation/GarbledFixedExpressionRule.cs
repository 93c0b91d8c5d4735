using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a fixed two-word discourse marker of fixed-expressions.tsv ("in fact", "at least") whose
/// fixed first word was swapped for another preposition, in the slot such markers occupy: between commas or
/// opening a clause (", [|about fact|], the plan…"). The head noun and the slot are kept, the preposition is not.
/// Why it matters: these markers are frozen; no writer varies them. A swapped preposition is the fingerprint of
/// a spinner's synonym substitution or of a word-by-word translation of a foreign marker.
/// </summary>
public sealed class GarbledFixedExpressionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.GarbledFixedExpression,
        "garbled-fixed-expression",
        RuleCategory.Translation,
        "literal-translation",
        Severity.Warning,
        "Fixed expression with a swapped preposition",
        "A discourse marker of fixed-expressions.tsv (in fact, at least, for example…) with another preposition in its fixed slot.",
        "Frozen markers never vary in native text; a swapped word marks spun or word-by-word translated text.",
        [
            RuleExample.Flagged("The plan, [|about fact|], was never approved."),
            RuleExample.Flagged("The old rules, [|by fact|], were never applied."),
            RuleExample.Clean("The plan, in fact, was never approved."),
            RuleExample.Clean("He changed course, and the ship turned."),
            RuleExample.Clean("The report is about fact, not opinion."),
            RuleExample.Clean("But first, let us look at the figures."),
        ])
    {
        Sources = "fixed-expressions.tsv (linking adverbials after Quirk et al. 1985 and Biber et al. 1999); pos.tsv (WordNet 3.1 and closed-class inventory)",
    };

    /// <summary>Head noun → the fixed first words it takes.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Heads = new(() =>
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("fixed-expressions.tsv").Entries)
        {
            var parts = e[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
                continue;
            if (!map.TryGetValue(parts[1], out var set))
                map[parts[1]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(parts[0]);
        }

        return map;
    });

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var heads = Heads.Value;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word)
                    continue;
                var head = context.Word(t + 1).ToLowerInvariant();
                if (!heads.TryGetValue(head, out var fixedFirst))
                    continue;
                var first = context.Word(t).ToLowerInvariant();
                if (fixedFirst.Contains(first) || !EnglishLexicon.Pos(first).Contains('p') || EnglishLexicon.Pos(first).Contains('c'))
                    continue;
                bool opens = t == s.FirstToken || context.IsPunct(t - 1, ',') || context.IsPunct(t - 1, ';');
                bool closes = t + 2 < s.EndToken && context.IsPunct(t + 2, ',');
                if (!opens || !closes)
                    continue;
                findings.Add(context.Flag(Rule, t, t + 1, Message(fixedFirst, head)));
            }
        }
    }

    /// <summary>The finding's message; a method of its own so that its lambda's closure is made per finding, not per word pair scanned.</summary>
    private static string Message(HashSet<string> fixedFirst, string head) =>
        $"Fixed expression garbled: \"{string.Join("\" or \"", fixedFirst.Select(f => f + " " + head))}\" expected";
}
