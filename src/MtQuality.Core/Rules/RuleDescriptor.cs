namespace MtQuality.Core.Rules;

/// <summary>
/// Everything a person or a tool needs to know about a rule, declared once beside the rule's code.
/// <see cref="Family"/> groups rules for scoring and evaluation (it matches the family column of the gold files).
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    RuleCategory Category,
    string Family,
    Severity DefaultSeverity,
    string Message,
    string Flags,
    string Why,
    IReadOnlyList<RuleExample> Examples)
{
    /// <summary>Where a lexicon or threshold the rule uses comes from.</summary>
    public string? Sources { get; init; }
}
