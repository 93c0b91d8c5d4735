using MtQuality.Core.Text;

namespace MtQuality.Core.Rules;

/// <summary>
/// One thing a rule found. <see cref="Span"/> is a half-open UTF-16 range into the article's original text;
/// line and column are derived from it by the renderers.
/// </summary>
public sealed record Finding(string RuleId, TextSpan Span, Severity Severity, string Message, string Evidence);
