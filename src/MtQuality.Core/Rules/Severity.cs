namespace MtQuality.Core.Rules;

public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>What a rule is about: machine translation, page furniture, or damage done by text extraction.</summary>
public enum RuleCategory
{
    Translation,
    Boilerplate,
    Extraction,
}

public static class EnumText
{
    public static string ToText(this Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    public static string ToText(this RuleCategory c) => c switch
    {
        RuleCategory.Translation => "translation",
        RuleCategory.Boilerplate => "boilerplate",
        _ => "extraction",
    };

    public static bool TryParseSeverity(string s, out Severity severity)
    {
        switch (s.Trim().ToLowerInvariant())
        {
            case "info": severity = Severity.Info; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
