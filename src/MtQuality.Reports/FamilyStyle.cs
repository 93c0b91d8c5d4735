using MtQuality.Core.Rules;

namespace MtQuality.Reports;

/// <summary>
/// How a finding's family is shown: a colour for people who see it, and a short text marker and a square
/// symbol for everyone else (forges strip colour from Markdown; screen readers and monochrome prints ignore it).
/// Families are grouped so a page needs no more than seven colours; the group's marker is the text cue.
/// </summary>
public sealed record FamilyStyle(string Key, string Label, string Marker, string Symbol, string Colour)
{
    public static readonly FamilyStyle Casing = new("casing", "casing", "CAP", "🟦", "#2f6fde");
    public static readonly FamilyStyle Quotes = new("quotes", "quotation marks", "QUO", "🟪", "#8a3ffc");
    public static readonly FamilyStyle Repetition = new("repetition", "repetition", "REP", "🟧", "#d96c00");
    public static readonly FamilyStyle Wording = new("wording", "grammar and wording", "GRM", "🟥", "#d12f2f");
    public static readonly FamilyStyle Untranslated = new("untranslated", "untranslated text", "UNT", "🟩", "#198038");
    public static readonly FamilyStyle Extraction = new("extraction", "extraction damage", "EXT", "🟫", "#8a5a2b");
    public static readonly FamilyStyle Boilerplate = new("boilerplate", "boilerplate", "BP", "⬜", "#8d8d8d");

    public static IReadOnlyList<FamilyStyle> All { get; } = [Casing, Quotes, Repetition, Wording, Untranslated, Extraction, Boilerplate];

    /// <summary>The style of a rule, by its family (unknown families of translation rules count as wording).</summary>
    public static FamilyStyle Of(RuleDescriptor? d)
    {
        if (d is null)
            return Wording;
        if (d.Category == RuleCategory.Boilerplate)
            return Boilerplate;
        if (d.Category == RuleCategory.Extraction)
            return Extraction;
        return d.Family switch
        {
            "lowercase-proper-noun" or "midsentence-capital" or "lowercase-sentence-start" => Casing,
            "unbalanced-quotes" or "wrong-quote-mark" or "missing-quotes" or "broken-sentence" => Quotes,
            "repeated-phrase" or "repeated-fragment" => Repetition,
            "untranslated" => Untranslated,
            _ => Wording,
        };
    }

    public static FamilyStyle OfRule(string ruleId) => Of(RuleRegistry.Instance.ById.GetValueOrDefault(ruleId));
}
