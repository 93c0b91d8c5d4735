using System.CommandLine;
using System.Diagnostics;
using MtQuality.Cli.Audit;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq index PATH... --index DIR</c>: add new or changed articles to an index (unchanged ones are skipped by content hash), on every core.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to index" };
        var index = new Option<string>("--index") { Description = "Index folder", Required = true };
        var common = new CommonOptions();
        var cmd = new Command("index", "Add articles to a corpus index (incremental)") { paths, index };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var clock = Stopwatch.StartNew();
            var analysis = common.Analysis(r);
            var reader = new CorpusReader(common.Ingest(r, analysis));
            var err = r.InvocationConfiguration.Error;
            int added;
            int unchanged;
            var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
            try
            {
                using var idx = CorpusIndex.OpenForWriting(r.GetValue(index)!);
                if (idx.RecoveryNote is { } note)
                    err.WriteLine($"mtq: warning: {note}");
                (added, unchanged) = IndexPass.Run(reader, r.GetValue(paths)!, idx, errors, progress: null);
            }
            catch (IndexBusyException e)
            {
                throw new UserException(e.Message);
            }

            foreach (var e in errors)
                err.WriteLine($"mtq: {e}");
            r.InvocationConfiguration.Output.WriteLine($"Indexed {added} articles ({unchanged} unchanged, {errors.Count} inputs not read) in {clock.Elapsed.TotalSeconds:0.0} s: {r.GetValue(index)}");
            return !errors.IsEmpty ? Cli.InputError : Cli.Ok;
        });
        return cmd;
    }
}
