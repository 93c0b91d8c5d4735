namespace MtQuality.Core.Rules;

/// <summary>A span rule: looks at the content of an article and reports findings.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(AnalysisContext context, List<Finding> findings);
}
