using System.Collections.Concurrent;
using System.Diagnostics;
using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;
using MtQuality.Reports;

namespace MtQuality.Cli.Audit;

/// <summary>
/// The batch audit, in two streaming passes. Pass 1 reads every input, builds each article's statistics and
/// Lucene document on all cores and adds it to the index (unchanged articles, by content hash, are skipped),
/// then commits. Pass 2 re-reads the inputs and scores each article against a frozen reader of the index,
/// in parallel and in input order, writing each article report as it goes. The per-article summaries the corpus
/// pages need wait in a temporary file (see <see cref="ReportWriter"/>). Every file is written atomically.
/// </summary>
public sealed class AuditRunner(AuditSettings settings, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Wall, CPU and GC pause time of the run's phases (read by the benchmark after <see cref="Run"/>).</summary>
    public PhaseClock Clock { get; } = new();

    /// <summary>The figures of the closing line, totalled as the verdicts come in (no per-article state is kept for them).</summary>
    public sealed record Outcome(int Articles, int Sites, int Flagged, double MeanBoilerplate, double MaxMtScore);

    public int Run()
    {
        var clock = Stopwatch.StartNew();
        var progress = new Progress(stderr, settings.Progress);
        var reader = new CorpusReader(settings.Ingest);
        bool temporaryIndex = settings.IndexPath is null;
        if (temporaryIndex)
            RemoveStaleTemporaryIndexes(Path.GetTempPath());
        var indexPath = settings.IndexPath ?? Path.Combine(Path.GetTempPath(), $"{TemporaryIndexPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var errors = new ConcurrentQueue<string>();
        using var outLock = RunLock.Acquire(settings.Out, "the output folder");
        using var indexLock = temporaryIndex ? null : RunLock.Acquire(indexPath, "the index");
        try
        {
            int indexed;
            int skipped;
            using (var index = OpenIndex(indexPath))
            {
                if (index.RecoveryNote is { } note)
                    stderr.WriteLine($"mtq: warning: {note}");
                (indexed, skipped) = Pass1(reader, index, errors, progress);
            }

            Clock.Mark("close writer");
            progress.Clear();
            using var model = CorpusIndex.OpenModel(indexPath);
            Clock.Mark("open model");
            var outcome = Pass2(reader, model, errors, progress);
            progress.Clear();
            foreach (var e in errors)
                stderr.WriteLine($"mtq: {e}");
            var seconds = clock.Elapsed.TotalSeconds;
            stdout.WriteLine(
                $"Audited {outcome.Articles} articles from {outcome.Sites} sites in {seconds:0.0} s " +
                $"({indexed} indexed, {skipped} unchanged): {outcome.Flagged} with MT score >= 30, mean boilerplate {outcome.MeanBoilerplate:0.0}%; " +
                $"{errors.Count} inputs not read. Reports: {Path.Combine(settings.Out, "index.md")}");
            if (settings.Timings)
                WriteTimings();
            if (!errors.IsEmpty)
                return Cli.InputError;
            if (settings.FailOver is { } limit && outcome.MaxMtScore > limit)
                return Cli.OverThreshold;
            return Cli.Ok;
        }
        catch (IndexBusyException e)
        {
            progress.Clear();
            throw new UserException(e.Message);
        }
        finally
        {
            if (temporaryIndex)
                TryDelete(indexPath);
        }
    }

    private static CorpusIndex OpenIndex(string path) => CorpusIndex.OpenForWriting(path);

    private static int Workers => IndexPass.Workers;

    private void WriteTimings()
    {
        foreach (var line in Clock.Describe())
            stderr.WriteLine("mtq: " + line);
        using var self = Process.GetCurrentProcess();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        stderr.WriteLine(string.Create(inv,
            $"mtq: process since start: wall {(DateTime.Now - self.StartTime).TotalSeconds:0.00} s  CPU {self.TotalProcessorTime.TotalSeconds:0.00} s  " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s  allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB  peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB"));
    }

    private (int Indexed, int Skipped) Pass1(CorpusReader reader, CorpusIndex index, ConcurrentQueue<string> errors, Progress progress) =>
        IndexPass.Run(reader, settings.Paths, index, errors, progress, Clock);

    /// <summary>What a pass-2 worker hands the writer: the verdict and its JSON line, or an error.</summary>
    private sealed record Rendered(ArticleVerdict? Verdict, string? Error, string? Json);

    /// <summary>
    /// Pass 2: the inputs are read again (nothing of pass 1 is kept in memory) and scored against the frozen
    /// index on every core; the article reports (ReportWriter.Add is thread-safe; names are claimed before, in input order) and the JSON line are rendered on
    /// the workers too, so the single ordered writer only appends findings.jsonl. PLINQ's ordered merge keeps input
    /// order with a bounded buffer.
    /// </summary>
    private Outcome Pass2(CorpusReader reader, ICorpusModel model, ConcurrentQueue<string> errors, Progress progress)
    {
        var analyzer = new ArticleAnalyzer(settings.Analysis);
        using var reports = settings.Reports ? new ReportWriter(settings.Out, settings.Html) : null;
        AtomicFile.RemoveStaleTemporaries(settings.Out); // left by a run that was killed mid-write
        var sites = new HashSet<string>(StringComparer.Ordinal);
        int articles = 0;
        int flagged = 0;
        double boilerplate = 0;
        double maxMt = 0;
        long done = 0;
        Directory.CreateDirectory(settings.Out);
        var findingsPath = Path.Combine(settings.Out, "findings.jsonl");
        AtomicFile.Write(findingsPath, stream =>
        {
            using var jsonl = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            // Report names are claimed here, in input order, before the articles spread over the workers: two ids
            // that map to one name get their "-2" suffixes the same way in every run.
            var results = reader.Read(settings.Paths)
                .Where(i => i.Article is not null)
                .Select(i => (Article: i.Article!, Name: reports?.ClaimName(i.Article!.Id)))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Workers)
                .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
                .Select(a => AnalyzeAndRender(analyzer, reports, a.Article, a.Name, model));
            foreach (var r in results)
            {
                progress.Report("scoring", ++done);
                if (r.Verdict is not { } verdict)
                {
                    errors.Enqueue(r.Error!);
                    continue;
                }

                articles++;
                sites.Add(verdict.Article.Site);
                if (verdict.MtScore >= 30)
                    flagged++;
                boilerplate += verdict.BoilerplateScore;
                maxMt = Math.Max(maxMt, verdict.MtScore);
                jsonl.Write(r.Json);
                jsonl.Write('\n');
            }

            jsonl.Flush();
        });
        Clock.Mark("pass 2 (analyse, render, write)");

        reports?.Finish([.. errors]);
        Clock.Mark("finish (corpus pages)");
        return new Outcome(articles, sites.Count, flagged, articles == 0 ? 0 : boilerplate / articles, maxMt);
    }

    private Rendered AnalyzeAndRender(ArticleAnalyzer analyzer, ReportWriter? reports, MtQuality.Core.Text.Article article, string? name, ICorpusModel model)
    {
        var (verdict, error) = Analyze(analyzer, article, model);
        if (verdict is null)
        {
            if (name is not null)
                reports?.Unwritten(name);
            return new Rendered(null, error, null);
        }

        if (name is not null)
            reports?.Add(verdict, name);
        return new Rendered(verdict, null, JsonRecord.Serialize(verdict));
    }

    private (ArticleVerdict? Verdict, string? Error) Analyze(ArticleAnalyzer analyzer, MtQuality.Core.Text.Article article, ICorpusModel model)
    {
        try
        {
            return (analyzer.Analyze(article, model, selfInCorpus: true), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"{article.Path}: internal error while analysing ({e.GetType().Name}: {e.Message})" + (settings.Verbose ? "\n" + e : string.Empty));
        }
    }

    /// <summary>Name prefix of the index an audit without <c>--index</c> builds in the temporary folder (then the process id).</summary>
    internal const string TemporaryIndexPrefix = "mtq-index-";

    /// <summary>
    /// Deletes temporary indexes (<c>mtq-index-PID-GUID</c>) under <paramref name="tempDir"/> left by audits that were
    /// killed before their cleanup ran; folders of live processes and anything else are left alone. Returns how many.
    /// </summary>
    internal static int RemoveStaleTemporaryIndexes(string tempDir)
    {
        int removed = 0;
        IEnumerable<string> dirs;
        try
        {
            dirs = Directory.EnumerateDirectories(tempDir, TemporaryIndexPrefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var dir in dirs)
        {
            var parts = Path.GetFileName(dir)[TemporaryIndexPrefix.Length..].Split('-');
            if (parts.Length != 2 || parts[1].Length != 32
                || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid)
                || AtomicFile.IsProcessRunning(pid))
                continue;
            TryDelete(dir);
            if (!Directory.Exists(dir))
                removed++;
        }

        return removed;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
