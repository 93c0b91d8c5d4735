using MtQuality.Core.Rules;

namespace MtQuality.Core.Boilerplate;

public enum EvidenceStrength
{
    /// <summary>Boilerplate unless the line sits inside the main block of prose.</summary>
    Likely,

    /// <summary>Boilerplate wherever it is (an exact furniture phrase, a widget, a site template).</summary>
    Definite,
}

public readonly record struct LineEvidence(EvidenceStrength Strength, string Message);

/// <summary>
/// A boilerplate rule: judges one line with the whole page in view. The <see cref="BoilerplateClassifier"/>
/// combines every enabled line rule's evidence with the line's context into a content/boilerplate label.
/// </summary>
public interface ILineRule
{
    RuleDescriptor Descriptor { get; }

    LineEvidence? Evaluate(PageContext page, int lineIndex);
}
