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
    public sealed record Phase(string Name, double Seconds, double CpuSeconds, double GcPauseSeconds, double IdleCoreSeconds);

    private readonly List<Phase> phases = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastWall;
    private TimeSpan lastCpu = Cpu();
    private TimeSpan lastPause = GC.GetTotalPauseDuration();
    private double lastIdle = IdleSeconds();

    public IReadOnlyList<Phase> Phases => phases;

    public void Mark(string name)
    {
        var wall = clock.Elapsed;
        var cpu = Cpu();
        var pause = GC.GetTotalPauseDuration();
        var idle = IdleSeconds();
        phases.Add(new Phase(name, (wall - lastWall).TotalSeconds, (cpu - lastCpu).TotalSeconds, (pause - lastPause).TotalSeconds,
            idle < 0 || lastIdle < 0 ? -1 : idle - lastIdle));
        (lastWall, lastCpu, lastPause, lastIdle) = (wall, cpu, pause, idle);
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
