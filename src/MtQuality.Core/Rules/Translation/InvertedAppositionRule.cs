using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a person's name made the possessor of their own title ("Igor Levitin's assistant to the head of
/// state", "Orlov's press secretary of the Russian president"). Russian, Italian and Spanish put the title before
/// the name in apposition ("помощник главы государства Игорь Левитин", "l'assistente del capo dello Stato Igor
/// Levitin"); MT that moves the name first and adds a genitive turns the man into his own employer.
/// The shape: a capitalised possessive, a title of office that takes a complement (assistant, aide, adviser,
/// spokesman, press secretary, envoy, deputy, representative), then "to the" or "of the" and, within one word, the
/// title of a head (head, president, prime minister, premier, chairman, leader, king, chancellor, governor).
/// Left alone: an envoy or adviser to a place or body ("Biden's envoy to the Middle East", "the mayor's adviser to
/// the board"), and a possessor followed by the name ("the Kremlin's aide Igor Levitin").
/// Why it matters: the sentence says the wrong thing about who serves whom.
/// </summary>
public sealed class InvertedAppositionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InvertedApposition,
        "inverted-apposition",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Name made the possessor of its own title",
        "A capitalised possessive, a title of office (aide, assistant, adviser, spokesman, press secretary, envoy) and \"to the\" / \"of the\" + the title of a head of state or government.",
        "Source languages put the title before the name in apposition; a literal reordering makes the person possess their own office.",
        [
            RuleExample.Flagged("[|Igor Levitin's assistant to the head|] of state informed reporters about the talks."),
            RuleExample.Flagged("[|Orlov's press secretary of the Russian president|] said the date was not set."),
            RuleExample.Clean("Igor Levitin, an assistant to the head of state, informed reporters; Biden's envoy to the Middle East arrived."),
            RuleExample.Clean("The Kremlin's aide Igor Levitin spoke, and the mayor's adviser to the board resigned."),
        ])
    {
        Sources = "close apposition of a title and a name: Quirk et al., A Comprehensive Grammar of the English Language (1985) §17.70–17.76; the title-first apposition of Russian and Romance news style as its source",
    };

    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "assistant", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "secretary", "envoy",
        "deputy", "representative", "counsellor", "counselor", "adjutant",
    };

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "president", "prime", "premier", "chairman", "chairwoman", "leader", "king", "queen", "chancellor",
        "governor", "emir", "sultan", "monarch",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 4 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !IsNamePossessive(context.WordSpan(t)))
                    continue;
                int o = t + 1;
                // "press secretary": one lower-case modifier before the office.
                if (context.Tokens[o].Kind == TokenKind.Word && !Offices.Contains(context.Word(o)) && TextFacts.IsLowerWord(context.WordSpan(o)))
                    o++;
                if (o + 3 >= s.EndToken || context.Tokens[o].Kind != TokenKind.Word || !Offices.Contains(context.Word(o)) || !TextFacts.IsLowerWord(context.WordSpan(o)))
                    continue;
                if (!context.WordPair(o + 1) || context.WordSpan(o + 1) is not ("to" or "of") || !context.WordSpan(o + 2).Equals("the", StringComparison.OrdinalIgnoreCase))
                    continue;
                int h = o + 3;
                if (context.Tokens[h].Kind == TokenKind.Word && !Heads.Contains(context.Word(h)) && h + 1 < s.EndToken)
                    h++; // "of the Russian president"
                if (context.Tokens[h].Kind != TokenKind.Word || !Heads.Contains(context.Word(h)))
                    continue;
                int start = t;
                while (start - 1 >= s.FirstToken && t - start < 3 && context.Tokens[start - 1].Kind == TokenKind.Word && TextFacts.IsTitleWord(context.WordSpan(start - 1)))
                    start--; // the first names: "Igor Levitin's"
                findings.Add(context.Flag(Rule, start, h, $"\"{context.Word(t)} {context.Word(o)}\": the name is made the possessor of its own title; English puts the title in apposition (\"{context.Word(o)} to the …, Name\")"));
                t = h;
            }
        }
    }

    /// <summary>A capitalised word in the possessive ("Levitin's", "Orlov’s"); an institution's aide ("the Kremlin's aide to the president") is as odd in English.</summary>
    private static bool IsNamePossessive(ReadOnlySpan<char> w) =>
        w.Length > 3 && char.IsUpper(w[0]) && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
        && TextFacts.IsTitleWord(w[..^2]);
}
