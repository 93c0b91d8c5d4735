using System.Reflection;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules;

/// <summary>
/// Every rule of the assembly, found by reflection so that adding a rule is adding one file. Span rules
/// (<see cref="IRule"/>) and line rules (<see cref="ILineRule"/>) are listed together by id.
/// </summary>
public sealed class RuleRegistry
{
    private static readonly Lazy<RuleRegistry> Lazy = new(() => new RuleRegistry());

    private RuleRegistry()
    {
        var types = typeof(RuleRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
        SpanRules = [.. types.Where(t => typeof(IRule).IsAssignableFrom(t)).Select(t => (IRule)Activator.CreateInstance(t)!).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        LineRules = [.. types.Where(t => typeof(ILineRule).IsAssignableFrom(t)).Select(t => (ILineRule)Activator.CreateInstance(t)!).OrderBy(r => LinePriority(r.Descriptor.Id)).ThenBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        Descriptors = [.. SpanRules.Select(r => r.Descriptor).Concat(LineRules.Select(r => r.Descriptor)).OrderBy(d => d.Id, StringComparer.Ordinal)];
        ById = Descriptors.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static RuleRegistry Instance => Lazy.Value;

    public IReadOnlyList<IRule> SpanRules { get; }

    /// <summary>Line rules in evidence order: specific furniture first, the positional fallback last.</summary>
    public IReadOnlyList<ILineRule> LineRules { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IReadOnlyDictionary<string, RuleDescriptor> ById { get; }

    public RuleDescriptor? Find(string idOrName) =>
        ById.TryGetValue(idOrName, out var d) ? d : Descriptors.FirstOrDefault(x => string.Equals(x.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    private static int LinePriority(string id) => id switch
    {
        RuleIds.PageEdgeFurniture => 3,
        RuleIds.SiteTemplate => 2,
        RuleIds.DuplicatedLine => 1,
        _ => 0,
    };
}
