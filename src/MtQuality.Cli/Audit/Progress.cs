using System.Diagnostics;

namespace MtQuality.Cli.Audit;

/// <summary>A one-line progress display on a terminal (stderr), at most a few updates a second; silent in pipes.</summary>
public sealed class Progress(TextWriter err, bool enabled)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastTicks;
    private int shownLength;

    public void Report(string phase, long done)
    {
        if (!enabled)
            return;
        long now = clock.ElapsedMilliseconds;
        if (now - Interlocked.Read(ref lastTicks) < 250)
            return;
        Interlocked.Exchange(ref lastTicks, now);
        var rate = done / Math.Max(0.001, clock.Elapsed.TotalSeconds);
        var line = $"\r{phase}: {done:N0} articles ({rate:N0}/s)";
        lock (err)
        {
            err.Write(line.PadRight(shownLength));
            shownLength = line.Length;
        }
    }

    public void Clear()
    {
        if (!enabled || shownLength == 0)
            return;
        lock (err)
        {
            err.Write("\r" + new string(' ', shownLength) + "\r");
            shownLength = 0;
        }
    }
}
