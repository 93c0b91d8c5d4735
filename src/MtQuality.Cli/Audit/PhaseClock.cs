using System.Diagnostics;

namespace MtQuality.Cli.Audit;

/// <summary>
/// Wall time, process CPU time and GC pause time of an audit's consecutive phases (pass 1, commit and merge,
/// model open, pass 2, corpus pages), for the benchmark: CPU over wall shows how many cores a phase kept busy,
/// so the serial parts of a run are visible. <see cref="Mark"/> closes the phase running since the last mark.
/// A few calls per run; nothing is measured per article.
/// </summary>
public sealed class PhaseClock
{
    /// <summary>
    /// One closed phase: its name, wall seconds, process CPU seconds, GC pause seconds, and the seconds the
    /// machine's cores sat idle or waiting for I/O meanwhile (summed over cores, from /proc/stat; -1 where that is
    /// not available): with nothing else running, idle core time is what this process left unused.
    /// </summary>
    public sealed record Phase(string Name, double Seconds, double CpuSeconds, double GcPauseSeconds, double IdleCoreSeconds)
    {
        /// <summary>Garbage collections during the phase, by generation (0, 1, 2).</summary>
        public int[] Collections { get; init; } = [0, 0, 0];
    }

    private readonly List<Phase> phases = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastWall;
    private TimeSpan lastCpu = Cpu();
    private TimeSpan lastPause = GC.GetTotalPauseDuration();
    private double lastIdle = IdleSeconds();
    private int[] lastCollections = Collections();

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    public IReadOnlyList<Phase> Phases => phases;

    public void Mark(string name)
    {
        var wall = clock.Elapsed;
        var cpu = Cpu();
        var pause = GC.GetTotalPauseDuration();
        var idle = IdleSeconds();
        var collections = Collections();
        phases.Add(new Phase(name, (wall - lastWall).TotalSeconds, (cpu - lastCpu).TotalSeconds, (pause - lastPause).TotalSeconds,
            idle < 0 || lastIdle < 0 ? -1 : idle - lastIdle)
        {
            // A gen-1 collection also counts as gen 0 in CollectionCount(0); these are the counts of each kind.
            Collections = [
                collections[0] - lastCollections[0] - (collections[1] - lastCollections[1]),
                collections[1] - lastCollections[1] - (collections[2] - lastCollections[2]),
                collections[2] - lastCollections[2]],
        });
        (lastWall, lastCpu, lastPause, lastIdle, lastCollections) = (wall, cpu, pause, idle, collections);
    }

    /// <summary>
    /// One line per phase: wall and CPU seconds, cores kept busy (CPU / wall), GC pauses and collections, and from
    /// /proc/stat the cores left idle meanwhile and the cores other processes took ("others" well above 0: a
    /// disturbed run). Written by <c>mtq audit --timings</c> and by the benchmark.
    /// </summary>
    public IEnumerable<string> Describe()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var p in phases)
        {
            double wall = Math.Max(1e-9, p.Seconds);
            string idle = p.IdleCoreSeconds < 0 ? "n/a" : (p.IdleCoreSeconds / wall).ToString("0.00", inv);
            string others = p.IdleCoreSeconds < 0 ? "n/a" : Math.Max(0, Environment.ProcessorCount - (p.IdleCoreSeconds + p.CpuSeconds) / wall).ToString("0.00", inv);
            yield return string.Create(inv,
                $"phase {p.Name,-32} wall {p.Seconds,7:0.00} s  CPU {p.CpuSeconds,7:0.00} s  cores {p.CpuSeconds / wall,4:0.00}  GC pauses {p.GcPauseSeconds,6:0.00} s ({p.Collections[0]}/{p.Collections[1]}/{p.Collections[2]} gen 0/1/2)  idle cores {idle}  others {others}");
        }
    }

    /// <summary>Idle plus I/O-wait time of all cores since boot (the first line of /proc/stat, in USER_HZ ticks), or -1.</summary>
    private static double IdleSeconds()
    {
        try
        {
            using var r = new StreamReader("/proc/stat");
            var fields = (r.ReadLine() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[0] != "cpu")
                return -1;
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            return (long.Parse(fields[4], inv) + long.Parse(fields[5], inv)) / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return -1;
        }
    }

    private static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }
}
