using MtQuality.Core.Rules;

namespace MtQuality.Core.Analysis;

/// <summary>
/// Which rules run and what is reported. Defaults are good without configuration; <c>mtquality.json</c>
/// and the CLI's <c>--select</c>, <c>--ignore</c>, <c>--min-severity</c> fold into this record.
/// </summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>Rule ids, names or id prefixes (e.g. "MT", "BP0001", "glued-words"); empty = all.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    public IReadOnlyList<string> Ignore { get; init; } = [];

    public Severity MinSeverity { get; init; } = Severity.Info;

    /// <summary>Per-rule severity overrides; "off" turns a rule off.</summary>
    public IReadOnlyDictionary<string, string> RuleSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Largest article analysed, in characters; larger ones get an extraction finding and are truncated.</summary>
    public int MaxArticleChars { get; init; } = 5_000_000;

    public bool IsEnabled(RuleDescriptor d)
    {
        if (RuleSettings.TryGetValue(d.Id, out var s) || RuleSettings.TryGetValue(d.Name, out s))
        {
            if (string.Equals(s, "off", StringComparison.OrdinalIgnoreCase))
                return false;
        }

        if (Select.Count > 0 && !Select.Any(x => Matches(d, x)))
            return false;
        return !Ignore.Any(x => Matches(d, x));
    }

    public Severity SeverityOf(RuleDescriptor d) =>
        (RuleSettings.TryGetValue(d.Id, out var s) || RuleSettings.TryGetValue(d.Name, out s)) && EnumText.TryParseSeverity(s, out var sev)
            ? sev
            : d.DefaultSeverity;

    private static bool Matches(RuleDescriptor d, string key) =>
        d.Id.StartsWith(key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(d.Name, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(d.Family, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(d.Category.ToText(), key, StringComparison.OrdinalIgnoreCase);
}
