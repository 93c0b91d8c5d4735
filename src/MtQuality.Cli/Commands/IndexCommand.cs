using System.CommandLine;
using System.Diagnostics;
using MtQuality.Core.Model;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq index PATH... --index DIR</c>: add new or changed articles to an index (unchanged ones are skipped by content hash).</summary>
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
            int added = 0;
            int unchanged = 0;
            int errors = 0;
            try
            {
                using var idx = CorpusIndex.OpenForWriting(r.GetValue(index)!);
                using var snapshot = idx.OpenSnapshot();
                foreach (var item in reader.Read(r.GetValue(paths)!))
                {
                    if (item.Error is not null)
                    {
                        err.WriteLine($"mtq: {item.Error}");
                        errors++;
                        continue;
                    }

                    var a = item.Article!;
                    var hash = CorpusIndex.ContentHash(a);
                    if (CorpusIndex.IsUnchanged(snapshot, a, hash))
                    {
                        unchanged++;
                        continue;
                    }

                    idx.Upsert(a, CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), hash));
                    added++;
                }

                idx.Commit();
            }
            catch (IndexBusyException e)
            {
                throw new UserException(e.Message);
            }

            r.InvocationConfiguration.Output.WriteLine($"Indexed {added} articles ({unchanged} unchanged, {errors} inputs not read) in {clock.Elapsed.TotalSeconds:0.0} s: {r.GetValue(index)}");
            return errors > 0 ? Cli.InputError : Cli.Ok;
        });
        return cmd;
    }
}
