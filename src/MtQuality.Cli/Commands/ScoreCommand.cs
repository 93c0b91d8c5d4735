using System.CommandLine;
using System.Globalization;
using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;
using MtQuality.Reports;

namespace MtQuality.Cli.Commands;

/// <summary><c>mtq score FILE|- [--index DIR] [--format text|json|md|line]</c>: score one article (or each record of a JSONL file).</summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Article file, or - for standard input (plain text)" };
        var index = new Option<string?>("--index") { Description = "Score against this corpus index (site templates, case and n-gram statistics)" };
        var format = new Option<string>("--format") { Description = "text, json, md or line", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "md", "line");
        var failOver = new Option<double?>("--fail-over") { Description = "Exit with code 1 when the MT score is over this" };
        var common = new CommonOptions();
        var cmd = new Command("score", "Score one article, standalone or against an index") { file, index, format, failOver };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var analysis = common.Analysis(r);
            var output = r.InvocationConfiguration.Output;
            var err = r.InvocationConfiguration.Error;
            var path = r.GetValue(file)!;
            // A one-article process is mostly start-up: the index opens, and the lexicons and the language model
            // load, on threads of their own (the second core) while this thread builds the rules and reads the input.
            var opening = r.GetValue(index) is { } ix
                ? Task.Factory.StartNew(() => CorpusIndex.OpenModel(ix), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : null;
            var analyzer = new ArticleAnalyzer(analysis);
            analyzer.WarmUpInBackground();
            var items = path == "-" ? [ReadStdin()] : new CorpusReader(common.Ingest(r, analysis)).Read([path]).ToList();
            if (items is [{ Article: { } only }])
                analyzer.WarmUpFor(only);
            if (opening is not null)
                MtQuality.Core.Boilerplate.PageLanguage.WarmUp(); // the line classifier's tables, while the index opens
            LuceneCorpusModel? model = null;
            try
            {
                model = opening?.GetAwaiter().GetResult();
            }
            catch (IndexBusyException e)
            {
                throw new UserException(e.Message);
            }

            using (model)
            {
                int errors = 0;
                double max = 0;
                foreach (var item in items)
                {
                    if (item.Error is not null)
                    {
                        err.WriteLine($"mtq: {item.Error}");
                        errors++;
                        continue;
                    }

                    var v = analyzer.Analyze(item.Article!, (ICorpusModel?)model ?? EmptyCorpusModel.Instance, selfInCorpus: false);
                    max = Math.Max(max, v.MtScore);
                    switch (r.GetValue(format))
                    {
                        case "json": output.WriteLine(JsonRecord.Serialize(v, indented: true)); break;
                        case "md": output.Write(ArticleReport.Render(v, rulesLink: null, indexLink: null)); break;
                        case "line":
                            foreach (var l in LineFormat.Lines(v))
                                output.WriteLine(l);
                            break;
                        default: WriteText(output, v); break;
                    }
                }

                if (errors > 0)
                    return Cli.InputError;
                return r.GetValue(failOver) is { } limit && max > limit ? Cli.OverThreshold : Cli.Ok;
            }
        });
        return cmd;
    }

    private static IngestItem ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        try
        {
            return IngestItem.Of(new Article("stdin", TextDecoder.Decode(ms.ToArray()), "-"));
        }
        catch (InputException e)
        {
            return IngestItem.Fail("-", e.Message);
        }
    }

    private static void WriteText(TextWriter o, ArticleVerdict v)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"{v.Article.Path}: {v.Label} — MT score {v.MtScore.ToString("0.0", inv)}/100, boilerplate {v.BoilerplateScore.ToString("0.0", inv)}%, {v.ContentWords} content words, {v.Findings.Count} findings");
        foreach (var d in v.Drivers.Take(5))
            o.WriteLine($"  driver: {d.Family} ×{d.Findings} ({d.PerThousandWords.ToString("0.0", inv)} per 1,000 words)");
        foreach (var l in LineFormat.Lines(v))
            o.WriteLine("  " + l);
    }
}
