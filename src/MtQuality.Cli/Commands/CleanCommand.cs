using System.CommandLine;
using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;
using MtQuality.Reports;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq clean FILE-OR-DIR [--out DIR] [--index DIR]</c>: the article text without boilerplate lines.</summary>
public static class CleanCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A file or a folder" };
        var output = new Option<string?>("--out") { Description = "Mirror a folder here as <relative path>.txt (default: print to standard output)" };
        var index = new Option<string?>("--index") { Description = "Use this index's site templates" };
        var common = new CommonOptions();
        var cmd = new Command("clean", "Print article text with boilerplate lines removed") { input, output, index };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var analysis = common.Analysis(r) with { Select = ["BP"] };
            var reader = new CorpusReader(common.Ingest(r, analysis));
            var analyzer = new ArticleAnalyzer(analysis);
            var o = r.InvocationConfiguration.Output;
            var err = r.InvocationConfiguration.Error;
            var outDir = r.GetValue(output);
            var root = r.GetValue(input)!;
            LuceneCorpusModel? model;
            try
            {
                model = r.GetValue(index) is { } ix ? CorpusIndex.OpenModel(ix) : null;
            }
            catch (IndexBusyException e)
            {
                throw new UserException(e.Message);
            }

            int errors = 0;
            int written = 0;
            using (model)
            {
                foreach (var item in reader.Read([root]))
                {
                    if (item.Error is not null)
                    {
                        err.WriteLine($"mtq: {item.Error}");
                        errors++;
                        continue;
                    }

                    var a = item.Article!;
                    var v = analyzer.Analyze(a, (ICorpusModel?)model ?? EmptyCorpusModel.Instance);
                    var text = CleanText(a, v.LineKinds);
                    if (outDir is null)
                    {
                        o.Write(text);
                        continue;
                    }

                    var rel = SafeRelativePath(a.Id) + ".txt";
                    AtomicFile.WriteAllText(SafeFileName.Inside(outDir, rel), text);
                    written++;
                }
            }

            if (outDir is not null)
                o.WriteLine($"Cleaned {written} articles into {outDir} ({errors} inputs not read)");
            return errors > 0 ? Cli.InputError : Cli.Ok;
        });
        return cmd;
    }

    /// <summary>Content lines only; runs of blank lines folded to one.</summary>
    public static string CleanText(Article a, IReadOnlyList<LineKind> kinds)
    {
        var sb = new System.Text.StringBuilder(a.Text.Length);
        bool pendingBlank = false;
        for (int i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == LineKind.Boilerplate)
                continue;
            if (kinds[i] == LineKind.Blank)
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (pendingBlank)
                sb.Append('\n');
            pendingBlank = false;
            sb.Append(a.SliceSpan(a.Lines.Lines[i].Span)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Keeps the folder structure of an id but makes every segment a safe file name.</summary>
    private static string SafeRelativePath(string id) =>
        string.Join('/', id.Split('/', '\\').Where(s => s.Length > 0 && s != "." && s != "..").Select(SafeFileName.From));
}
