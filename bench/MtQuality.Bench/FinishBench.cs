using MtQuality.Core.Rules;
using MtQuality.Reports;

namespace MtQuality.Bench;

/// <summary>
/// The corpus pages of an audit of N articles alone (<see cref="ReportWriter.Finish"/>): N synthetic summaries
/// (2,000 sites, scores spread over 0–100 with full precision, a few rule counts each) go into a report writer
/// without article pages, then Finish runs under the same peak-memory measurement as <c>macro</c>.
/// </summary>
public static class FinishBench
{
    public static int Run(int n, string? work)
    {
        work ??= Path.Combine(Path.GetTempPath(), $"mtq-finish-{Environment.ProcessId}");
        try
        {
            using var writer = new ReportWriter(work, html: false);
            var rules = RuleRegistry.Instance.Descriptors.Select(d => d.Id).ToArray();
            var random = new Random(42);
            Macro.Measure("fill (claim names, spill summaries)", () =>
            {
                for (int i = 0; i < n; i++)
                {
                    var site = $"news{i % 2000:D4}.example";
                    var id = $"{site}/{i / 2000:D4}-{i:D8}";
                    var name = writer.ClaimName(id);
                    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (int r = random.Next(0, 5); r > 0; r--)
                        counts[rules[random.Next(rules.Length)]] = random.Next(1, 6);
                    double mt = Math.Min(100, random.NextDouble() * random.NextDouble() * 140);
                    writer.AddSummary(new ArticleSummary(id, $"/corpus/{id}.txt", site, $"Synthetic article {i} on the budget talks of the regional council",
                        name + ".md", mt, random.NextDouble() * 25, random.Next(150, 1500), mt >= 30 ? "possibly machine-translated" : "clean", counts, counts.Count == 0 ? "no findings" : "odd-word-order ×1"));
                }

                return n;
            });
            Macro.Measure("finish (corpus pages)", () =>
            {
                writer.Finish([]);
                return n;
            });
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
