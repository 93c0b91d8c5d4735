using System.CommandLine;
using MtQuality.Cli.Commands;

namespace MtQuality.Cli;

/// <summary>Wires the verbs together. Exit codes: 0 ok, 1 findings over --fail-over, 2 usage or input errors.</summary>
public static class Cli
{
    public const int Ok = 0;
    public const int OverThreshold = 1;
    public const int InputError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("MtQuality: find machine-translation artifacts and page boilerplate in scraped news, score articles and write reports.");
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(CleanCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(FitWeightsCommand.Create());
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors)
                stderr.WriteLine($"mtq: {e.Message}");
            stderr.WriteLine("Run 'mtq --help' for usage.");
            return InputError;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserException e)
        {
            stderr.WriteLine($"mtq: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unwritable --out or a vanished input: one actionable line, the trace only when asked for.
            stderr.WriteLine($"mtq: {e.Message}");
            if (args.Contains("--verbose"))
                stderr.WriteLine(e);
            return InputError;
        }
    }
}

/// <summary>An error the user can act on: printed as one line, exit code 2, no stack trace.</summary>
public sealed class UserException(string message) : Exception(message);
