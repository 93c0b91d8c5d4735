using System.Diagnostics;
using MtQuality.Cli.Audit;
using MtQuality.Core.Analysis;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Bench;

/// <summary>
/// One run, one corpus: (a) the bare Lucene.Net loop, (b) <c>mtq audit</c> in-process, optionally (c) the same
/// audit again against its kept index (incremental: everything unchanged). Prints articles/s, the ratio of wall
/// times, and peak memory of each phase: the process's peak resident set (VmHWM, reset between phases through
/// /proc/self/clear_refs) and the largest managed heap seen by a 20 ms sampler.
/// </summary>
public static class Macro
{
    public static int Run(string corpus, bool noReports, bool skipBare, bool rerun, string? work)
    {
        work ??= Path.Combine(Path.GetTempPath(), $"mtq-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        Console.WriteLine($"corpus {corpus}; {Environment.ProcessorCount} cores; server GC {System.Runtime.GCSettings.IsServerGC}; reports {(noReports ? "off" : "on")}");
        try
        {
            Phase? bare = null;
            if (!skipBare)
                bare = Measure("bare Lucene loop (EnglishAnalyzer, 1 thread)", () => BareLuceneLoop.Run(corpus, Path.Combine(work, "bare-index")));
            var index = Path.Combine(work, "audit-index");
            var settings = new AuditSettings([corpus], Path.Combine(work, "reports"), rerun ? index : null, Html: false, FailOver: null,
                AnalysisOptions.Default, IngestOptions.Default, Verbose: false, Progress: false, Reports: !noReports);
            int articles = 0;
            var audit = Measure("mtq audit (in-process)", () =>
            {
                var sink = new StringWriter();
                var runner = new AuditRunner(settings, sink, Console.Error);
                int code = runner.Run();
                Console.WriteLine("    " + sink.ToString().Trim());
                PrintPhases(runner.Clock);
                articles = code is 0 or 1 ? CountArticles(sink.ToString()) : -1;
                return articles;
            });
            if (bare is not null)
                Console.WriteLine($"ratio audit/bare wall time: {audit.Seconds / bare.Seconds:0.00}x; CPU time: {audit.CpuSeconds / bare.CpuSeconds:0.00}x");
            if (rerun)
            {
                var again = Measure("mtq audit again, same --index (all unchanged)", () =>
                {
                    var sink = new StringWriter();
                    new AuditRunner(settings, sink, Console.Error).Run();
                    Console.WriteLine("    " + sink.ToString().Trim());
                    return articles;
                });
                Console.WriteLine($"ratio re-run/first run: {again.Seconds / audit.Seconds:0.00}x");
            }

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

    /// <summary>
    /// The audit's phases: wall, process CPU, cores busy on average (CPU / wall), GC pauses, and from /proc/stat
    /// the cores left idle meanwhile and the cores other processes used (all cores minus idle minus ours): with
    /// "others" near 0, idle cores are what the audit itself left unused.
    /// </summary>
    private static void PrintPhases(PhaseClock clock)
    {
        foreach (var line in clock.Describe())
            Console.WriteLine("    " + line);
    }

    private static int CountArticles(string summary)
    {
        var parts = summary.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : -1;
    }

    public sealed record Phase(double Seconds, int Articles, double CpuSeconds);

    internal static Phase Measure(string name, Func<int> body)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        ResetPeakRss();
        long heapPeak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(20, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        long allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        int n = body();
        var seconds = clock.Elapsed.TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        stop.Cancel();
        sampler.Wait();
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        Console.WriteLine($"{name}: {n} articles in {seconds:0.00} s = {n / seconds:0} articles/s (CPU {cpu.TotalSeconds:0.0} s = {cpu.TotalMilliseconds / Math.Max(1, n):0.00} ms/article); peak RSS {PeakRssMb():0} MB, peak managed heap {heapPeak / 1048576.0:0} MB, allocated {allocated / 1048576.0:0} MB");
        return new Phase(seconds, n, cpu.TotalSeconds);
    }

    /// <summary>Linux: writing 5 to clear_refs resets VmHWM, so each phase reports its own peak.</summary>
    private static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static double PeakRssMb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (IOException)
        {
        }

        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64 / 1048576.0;
    }
}
