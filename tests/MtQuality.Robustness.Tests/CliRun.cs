using System.Diagnostics;

namespace MtQuality.Robustness.Tests;

/// <summary>Runs <c>mtq</c> in process (captured writers) or as a child process (for kill and lock tests).</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) InProcess(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MtQuality.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>The built CLI next to the tests (a project reference copies mtq.dll and its runtime config).</summary>
    public static string MtqDll => Path.Combine(AppContext.BaseDirectory, "mtq.dll");

    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(MtqDll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    public static (int Code, string Out, string Err) Child(TimeSpan limit, params string[] args)
    {
        using var p = Start(args);
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new AssertFailedException($"mtq {string.Join(' ', args)} did not finish within {limit}");
        }

        return (p.ExitCode, o.Result, e.Result);
    }
}
