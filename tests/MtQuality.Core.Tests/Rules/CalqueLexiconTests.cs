using MtQuality.Core.Lexicons;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// Every row of calques.tsv, written out as the text it describes, is flagged by literal-translation, and every
/// antipattern keeps its own text clean: a row that cannot fire (a typo, a wildcard the matcher does not know, a
/// pattern an antipattern swallows) fails here instead of silently doing nothing.
/// </summary>
[TestClass]
public sealed class CalqueLexiconTests
{
    /// <summary>A word for each wildcard that the matcher accepts in its place.</summary>
    private static string Instantiate(string element) => element switch
    {
        "*" => "new",
        "{num}" => "20",
        "{digits}" => "120",
        "{subj}" => "the",
        "{pct}" => "1.2%",
        "{refl}" => "themselves",
        "{ing}" => "making",
        "{report}" => "said",
        "{report3}" => "specifies",
        _ => element,
    };

    private static IEnumerable<string[]> Rows(bool antipatterns) =>
        Lexicon.Load("calques.tsv").Entries.Where(e => e.Length >= 2 && e[0].Length > 0 && (e[0][0] == '!') == antipatterns);

    private static string Text(string pattern)
    {
        var p = pattern.Trim();
        bool quote = p.StartsWith("\",", StringComparison.Ordinal);
        bool comma = quote || p.StartsWith(',');
        p = p.TrimStart('"').TrimStart(',').Trim();
        bool heading = p.StartsWith('^');
        bool sentence = p.StartsWith('<');
        var words = string.Join(' ', p.TrimStart('^', '<').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Instantiate));
        if (sentence)
            return $"Officials met on Monday. {Capitalise(words)} was part of the report.";
        if (heading)
            return $"{Capitalise(words)}: leaders meet in Rome\nThe leaders met in Rome on Monday to discuss the budget plan.";
        if (comma)
            return $"“We will win this vote and the next one,” {words} minister.";
        return $"Officials noted on Monday that {words} was part of the report.";
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static List<Finding> Findings(string text)
    {
        var context = new AnalysisContext(new Article("calque", text), EmptyCorpusModel.Instance);
        var findings = new List<Finding>();
        new LiteralTranslationRule().Analyze(context, findings);
        return findings;
    }

    [TestMethod]
    public void EveryPatternFlagsItsOwnText()
    {
        var silent = new List<string>();
        foreach (var row in Rows(antipatterns: false))
        {
            var elements = row[0].TrimStart('"', ',', ' ', '^', '<').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A lone common English word is skipped by design (LiteralTranslationRule.Load): it is a calque only in
            // contexts a pattern cannot see, and the row documents the false friend.
            if (elements.Length == 1 && !row[0].StartsWith('^') && EnglishLexicon.WordScore(elements[0]) >= 2.5)
                continue;
            if (Findings(Text(row[0])).Count == 0)
                silent.Add(row[0]);
        }

        Assert.AreEqual(0, silent.Count, "calques.tsv rows that do not fire on their own text: " + string.Join(" | ", silent));
    }

    [TestMethod]
    public void EveryAntipatternKeepsItsOwnTextClean()
    {
        var flagged = new List<string>();
        foreach (var row in Rows(antipatterns: true))
        {
            var words = string.Join(' ', row[0][1..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Instantiate));
            if (Findings($"Officials noted on Monday that {words} a week ago.").Count > 0)
                flagged.Add(row[0]);
        }

        Assert.AreEqual(0, flagged.Count, "antipatterns of calques.tsv whose own text is flagged: " + string.Join(" | ", flagged));
    }
}
