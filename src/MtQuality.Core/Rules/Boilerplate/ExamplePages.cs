namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>Prose lines used to build boilerplate examples: a page needs a main block for context to exist.</summary>
internal static class ExamplePages
{
    public const string Prose =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    public const string Prose2 =
        "Officials expect about forty thousand people to use the line every day once the last stations are finished, and they hope it will ease traffic in the city centre.";

    public static string Page(string before, string after = "") =>
        (before.Length > 0 ? before + "\n" : "") + Prose + "\n\n" + Prose2 + (after.Length > 0 ? "\n\n" + after : "");
}
