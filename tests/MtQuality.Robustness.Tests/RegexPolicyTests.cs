using System.Reflection;
using System.Text.RegularExpressions;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// No catastrophic backtracking anywhere: every regular expression in the product is built with
/// <see cref="RegexOptions.NonBacktracking"/> or carries a match timeout. Checked twice: on the compiled
/// assemblies (every static Regex field and parameterless Regex factory, e.g. [GeneratedRegex]) and on the
/// sources (every Regex construction or static Regex call must name one of the two).
/// </summary>
[TestClass]
public sealed partial class RegexPolicyTests
{
    private static readonly Assembly[] Product =
    [
        typeof(MtQuality.Core.Text.Article).Assembly,
        typeof(MtQuality.Corpus.Ingest.CorpusReader).Assembly,
        typeof(MtQuality.Reports.SafeFileName).Assembly,
        typeof(MtQuality.Cli.Cli).Assembly,
    ];

    private static bool Safe(Regex r) => r.Options.HasFlag(RegexOptions.NonBacktracking) || r.MatchTimeout != Regex.InfiniteMatchTimeout;

    [TestMethod]
    public void EveryCompiledRegexIsNonBacktrackingOrTimed()
    {
        var bad = new List<string>();
        int seen = 0;
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in Product.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
            {
                if (field.GetValue(null) is Regex r && ++seen > 0 && !Safe(r))
                    bad.Add($"{type.FullName}.{field.Name}: /{r}/");
            }

            foreach (var method in type.GetMethods(Static).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters))
            {
                if (method.Invoke(null, null) is Regex r && ++seen > 0 && !Safe(r))
                    bad.Add($"{type.FullName}.{method.Name}(): /{r}/");
            }
        }

        Assert.IsEmpty(bad, string.Join("\n", bad));
        Assert.IsGreaterThan(0, seen, "the scan found no regex at all; is it still looking in the right place?");
    }

    [GeneratedRegex(@"(new\s+(System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\s*\.\s*(IsMatch|Match|Matches|Replace|Split|EnumerateMatches|Count)\s*\(|\[GeneratedRegex\s*\()", RegexOptions.NonBacktracking)]
    private static partial Regex RegexUse();

    [TestMethod]
    public void EveryRegexInTheSourcesNamesNonBacktrackingOrATimeout()
    {
        var src = Path.Combine(Repo.Root, "src");
        var bad = new List<string>();
        int seen = 0;
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var code = File.ReadAllText(file);
            foreach (Match m in RegexUse().Matches(code))
            {
                seen++;
                // The statement or attribute the use belongs to: up to the next ';' or the attribute's ']' line end.
                int end = code.IndexOf(m.Value.StartsWith('[') ? ")]" : ";", m.Index, StringComparison.Ordinal);
                var statement = code[m.Index..(end < 0 ? code.Length : end)];
                if (!statement.Contains("NonBacktracking", StringComparison.Ordinal) && !statement.Contains("TimeSpan", StringComparison.Ordinal)
                    && !statement.Contains("matchTimeout", StringComparison.Ordinal))
                {
                    int line = code[..m.Index].Count(c => c == '\n') + 1;
                    bad.Add($"{Path.GetRelativePath(Repo.Root, file)}:{line}: {statement.Split('\n')[0].Trim()}");
                }
            }
        }

        Assert.IsEmpty(bad, "regex without NonBacktracking or a timeout:\n" + string.Join("\n", bad));
        Assert.IsGreaterThan(0, seen);
    }
}
