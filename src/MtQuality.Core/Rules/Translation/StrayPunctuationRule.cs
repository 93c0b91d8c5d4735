using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: punctuation that cannot stand where it is: a comma or semicolon right after a sentence stop
/// or another comma (". ,", ", ,"), and a comma or full stop separated from the word before it by a space.
/// Why it matters: these are seams where text was cut and re-joined by extraction or MT.
/// </summary>
public sealed class StrayPunctuationRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.StrayPunctuation,
        "stray-punctuation",
        RuleCategory.Extraction,
        "stray-punctuation",
        Severity.Warning,
        "Stray punctuation",
        "A comma or semicolon directly after a full stop or comma (\". ,\"), or a comma/full stop with a space before it.",
        "Punctuation seams show where sentences were cut apart and glued back by a pipeline.",
        [
            RuleExample.Flagged("Exchanges in culture, science[|. ,|] music and sport will grow."),
            RuleExample.Flagged("The plan is ready[| ,|] officials said."),
            RuleExample.Clean("Exchanges in culture, science, music and sport will grow."),
            RuleExample.Clean("It uses taxes, benefits, relief, etc., to narrow the gap."),
            RuleExample.Clean("Wait... , he said; prices rose 1,000 percent."),
            RuleExample.Clean("Speaker Mike Johnson, R-La., said the town of Fresno, Calif., would get the money."),
            RuleExample.Flagged("The budget is too small[|.,|] and the mayor was absent[|.,|] officials said."),
            RuleExample.Clean("3. Okafor TJ , Lindqvist A , et al. Sleep and memory. — Maria K., age 8, from Trenton, N.J., wrote in."),
            RuleExample.Clean("7. Lund-Berg E , McKay AB , Dunn RT Jr , O'Hara P , et al. Plum yields in cold valleys."),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        for (int t = 1; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind != TokenKind.Punct || !context.IsContent(tok.LineIndex))
                continue;
            char c = text[tok.Start];
            if (c is not (',' or ';' or '.'))
                continue;
            var prev = tokens[t - 1];
            if (prev.LineIndex != tok.LineIndex)
                continue;
            bool spaced = prev.End < tok.Start;
            if (prev.Kind == TokenKind.Punct)
            {
                char p = text[prev.Start];
                bool seam = c is ',' or ';' && (p is ',' || (p == '.' && (prev.Start == 0 || text[prev.Start - 1] != '.') && !AfterAbbreviation(context, t - 1)));
                if (seam)
                    findings.Add(context.Flag(Rule, new TextSpan(prev.Start, tok.End), $"\"{p}\" followed by \"{c}\""));
                continue;
            }

            if (spaced && c is ',' && t + 1 < tokens.Count && tokens[t + 1].Kind != TokenKind.Number && !AfterCitedName(context, t - 1))
                findings.Add(context.Flag(Rule, new TextSpan(prev.End, tok.End), "Space before a comma"));
        }
    }

    /// <summary>
    /// A reference-list author ("Okafor TJ ,", "Lund-Berg E ,", "McKay AB ,", "Dunn RT Jr ,"): one to three capital
    /// initials, and a generational suffix after them, after a surname that starts with a capital (hyphenated,
    /// "Mc"/"O'" and other inner capitals included). Citation styles that space the comma are a convention, not a seam.
    /// </summary>
    private static bool AfterCitedName(AnalysisContext context, int word)
    {
        if (word >= 2 && context.Tokens[word].Kind == TokenKind.Word && context.WordSpan(word) is "Jr" or "Sr" or "II" or "III")
            word--;
        if (word < 1 || context.Tokens[word].Kind != TokenKind.Word || context.Tokens[word - 1].Kind != TokenKind.Word)
            return false;
        var initials = context.WordSpan(word);
        var surname = context.WordSpan(word - 1);
        return initials.Length <= 3 && !initials.ContainsAnyExceptInRange('A', 'Z') && surname.Length > 1 && char.IsUpper(surname[0])
               && char.IsLower(surname[^1]);
    }

    /// <summary>A stop glued to an abbreviation ("etc.,", "ft.,"): the comma after it is regular punctuation.</summary>
    private static bool AfterAbbreviation(AnalysisContext context, int stopToken)
    {
        if (stopToken == 0 || context.Tokens[stopToken - 1].Kind != TokenKind.Word || context.Tokens[stopToken - 1].End != context.Tokens[stopToken].Start)
            return false;
        var w = context.Word(stopToken - 1);
        // Also an initial ("Joshua K.,") or a dotted abbreviation ("N.J.,").
        return Text.Segmenter.IsAbbreviation(w) || Text.Segmenter.IsAbbreviation(w.ToLowerInvariant()) || (w.Length <= 3 && w.All(char.IsLower))
            || (w.Length == 1 && char.IsUpper(w[0])) || w.Contains('.') || StateAbbreviations.Contains(w[(w.LastIndexOf('-') + 1)..]);
    }

    /// <summary>
    /// US state abbreviations of news style (AP Stylebook), as written, capitalised: "Calif.,", "R-La.,". Case matters:
    /// "ill.", "miss." and "mass." are words, so these stay out of the segmenter's case-blind list.
    /// </summary>
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
    };
}
