using System.Diagnostics;
using MtQuality.Corpus.Index;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Kill <c>mtq audit</c> (SIGKILL, as a child process) at random moments, run it again, and get exactly the
/// reports of an uninterrupted run: the index recovers from a stale lock and uncommitted segments, and report
/// files are replaced atomically (no temporary file survives the run that follows a kill).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class CrashSafetyTests
{
    private const int Kills = 6;

    /// <summary>A corpus of seed articles, varied so no two are identical, in three site folders plus a JSONL feed.</summary>
    private static string MakeCorpus(string root, int copies)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        var seeds = Directory.GetFiles(Repo.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var feed = new List<string>();
        for (int i = 0; i < copies; i++)
        {
            var site = Directory.CreateDirectory(Path.Combine(corpus, $"site{i % 3}")).FullName;
            var lines = seeds[i % seeds.Length].Split('\n');
            var text = string.Join('\n', lines.Take(1 + (i % Math.Max(1, lines.Length - 1)) + 5)) + $"\nReported by desk {i} on day {i % 28 + 1}.";
            File.WriteAllText(Path.Combine(site, $"article-{i:000}.txt"), text);
            if (i % 4 == 0)
                feed.Add(System.Text.Json.JsonSerializer.Serialize(new { id = $"feed/{i}", url = $"https://feed{i % 2}.example/{i}", text }));
        }

        File.WriteAllLines(Path.Combine(corpus, "feed.jsonl"), feed);
        return corpus;
    }

    private static Dictionary<string, string> Snapshot(string outDir) =>
        Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(outDir, f), File.ReadAllText, StringComparer.Ordinal);

    [TestMethod]
    [Timeout(900_000, CooperativeCancellation = true)]
    public void KilledAuditsRecoverAndMatchAnUninterruptedRun()
    {
        using var dir = new TempDir();
        var corpus = MakeCorpus(dir.Path, 120);
        var refOut = Path.Combine(dir.Path, "ref-out");
        var clock = Stopwatch.StartNew();
        var reference = CliRun.Child(TimeSpan.FromMinutes(5), "audit", corpus, "--index", Path.Combine(dir.Path, "ref-index"), "--out", refOut);
        var fullRun = clock.Elapsed;
        Assert.AreEqual(0, reference.Code, reference.Err);

        var outDir = Path.Combine(dir.Path, "out");
        var index = Path.Combine(dir.Path, "index");
        // Kill times are fractions of the shortest completed run seen so far (the first estimate is the
        // uninterrupted run; later runs reuse a warm index and may be faster), so a kill lands inside a run on
        // a fast or slow machine alike. A run that finishes first shortens the estimate and another is tried.
        double[] fractions = [0.25, 0.45, 0.65, 0.8, 0.35, 0.55, 0.9, 0.2];
        var estimate = fullRun;
        int killed = 0;
        var log = new List<string>();
        for (int attempt = 0; attempt < 16 && killed < Kills; attempt++)
        {
            var started = Stopwatch.StartNew();
            using var p = CliRun.Start("audit", corpus, "--index", index, "--out", outDir);
            _ = p.StandardOutput.ReadToEndAsync();
            _ = p.StandardError.ReadToEndAsync();
            var delay = estimate * fractions[attempt % fractions.Length];
            if (!p.WaitForExit(delay))
            {
                p.Kill(); // SIGKILL on Unix: no finally blocks, no flush, the lock file stays behind
                p.WaitForExit();
                killed++;
                log.Add($"killed at {delay.TotalSeconds:0.00}s");
            }
            else
            {
                var took = started.Elapsed;
                Assert.AreEqual(0, p.ExitCode, $"a run after a kill failed ({string.Join("; ", log)})");
                if (took < estimate)
                    estimate = took;
                log.Add($"finished in {took.TotalSeconds:0.00}s before the kill at {delay.TotalSeconds:0.00}s (exit {p.ExitCode})");
            }
        }

        Assert.IsGreaterThanOrEqualTo(Kills / 2, killed, string.Join("; ", log));
        var rerun = CliRun.Child(TimeSpan.FromMinutes(5), "audit", corpus, "--index", index, "--out", outDir);
        Assert.AreEqual(0, rerun.Code, rerun.Err + string.Join("; ", log));

        var expected = Snapshot(refOut);
        var actual = Snapshot(outDir);
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), actual.Keys.ToList(), "the same report files, and no leftover temporaries");
        foreach (var (name, content) in expected)
            Assert.AreEqual(content, actual[name], $"{name} differs after kill-and-rerun ({string.Join("; ", log)})");
        Console.WriteLine($"kill-and-rerun: {log.Count} runs, {killed} killed ({string.Join("; ", log)}); {expected.Count} report files identical; uninterrupted run {fullRun.TotalSeconds:0.0}s");
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void ASecondAuditOnTheSameIndexFailsFast()
    {
        using var dir = new TempDir();
        var corpus = MakeCorpus(dir.Path, 5);
        var index = Path.Combine(dir.Path, "index");
        using (CorpusIndex.OpenForWriting(index))
        {
            // This process holds the index writer, as a first audit would; the second audit is a real `mtq`.
            var (code, stdout, stderr) = CliRun.Child(TimeSpan.FromMinutes(2), "audit", corpus, "--index", index, "--out", Path.Combine(dir.Path, "out"));
            Assert.AreEqual(2, code, stderr);
            StringAssert.Contains(stderr, "the index is in use by another mtq process");
            Assert.HasCount(1, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr);
            Assert.DoesNotContain("Audited", stdout);
        }

        var after = CliRun.Child(TimeSpan.FromMinutes(2), "audit", corpus, "--index", index, "--out", Path.Combine(dir.Path, "out"));
        Assert.AreEqual(0, after.Code, after.Err);
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void TwoConcurrentAuditsOnOneIndexOneWinsTheOtherFailsFast()
    {
        using var dir = new TempDir();
        var corpus = MakeCorpus(dir.Path, 300);
        var index = Path.Combine(dir.Path, "index");
        using var first = CliRun.Start("audit", corpus, "--index", index, "--out", Path.Combine(dir.Path, "out1"));
        var firstErr = first.StandardError.ReadToEndAsync();
        _ = first.StandardOutput.ReadToEndAsync();
        var lockFile = Path.Combine(index, "write.lock");
        var wait = Stopwatch.StartNew();
        while (!File.Exists(lockFile) && !first.HasExited && wait.Elapsed < TimeSpan.FromMinutes(2))
            Thread.Sleep(20);
        if (first.HasExited)
            Assert.Inconclusive("the first audit finished before the second could start");
        var second = CliRun.Child(TimeSpan.FromMinutes(2), "audit", corpus, "--index", index, "--out", Path.Combine(dir.Path, "out2"));
        first.WaitForExit();
        Assert.AreEqual(0, first.ExitCode, firstErr.Result);
        if (second.Code == 0)
            Assert.Inconclusive("the first audit released the writer (pass 1 done) before the second started");
        Assert.AreEqual(2, second.Code, second.Err);
        StringAssert.Contains(second.Err, "in use by another mtq process");
    }
}
