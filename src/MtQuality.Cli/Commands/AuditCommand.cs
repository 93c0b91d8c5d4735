using System.CommandLine;
using MtQuality.Cli.Audit;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq audit PATH... [--out reports] [--index DIR] [--html] [--fail-over N]</c></summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders: .txt .md .html .jsonl, gzip/zstd of these" };
        var output = new Option<string>("--out") { Description = "Folder for the reports", DefaultValueFactory = _ => "reports" };
        var index = new Option<string?>("--index") { Description = "Keep the Lucene index here and reuse it next time (default: a temporary index)" };
        var html = new Option<bool>("--html") { Description = "Also render every report to HTML" };
        var failOver = new Option<double?>("--fail-over") { Description = "Exit with code 1 when an article's MT score is over this" };
        var timings = new Option<bool>("--timings") { Description = "After the run, print each phase's wall, CPU and GC time to stderr" };
        var common = new CommonOptions();
        var cmd = new Command("audit", "Index a corpus, score every article against it, and write reports") { paths, output, index, html, failOver, timings };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var analysis = common.Analysis(r);
            var settings = new AuditSettings(
                r.GetValue(paths)!,
                r.GetValue(output)!,
                r.GetValue(index),
                r.GetValue(html),
                r.GetValue(failOver),
                analysis,
                common.Ingest(r, analysis),
                r.GetValue(common.Verbose),
                !Console.IsErrorRedirected && r.InvocationConfiguration.Error == Console.Error,
                Timings: r.GetValue(timings));
            return new AuditRunner(settings, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error).Run();
        });
        return cmd;
    }
}
