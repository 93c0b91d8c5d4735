using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
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
/// in parallel and in input order, writing each article report as it goes. Only small per-article summaries
/// stay in memory for the corpus page. Every file is written atomically.
/// </summary>
public sealed class AuditRunner(AuditSettings settings, TextWriter stdout, TextWriter stderr)
{
    public sealed record Outcome(int Articles, int Errors, double MaxMtScore, IReadOnlyList<ArticleSummary> Summaries);

    public int Run()
    {
        var clock = Stopwatch.StartNew();
        var progress = new Progress(stderr, settings.Progress);
        var reader = new CorpusReader(settings.Ingest);
        bool temporaryIndex = settings.IndexPath is null;
        var indexPath = settings.IndexPath ?? Path.Combine(Path.GetTempPath(), $"mtq-index-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var errors = new ConcurrentQueue<string>();
        try
        {
            int indexed;
            int skipped;
            using (var index = OpenIndex(indexPath))
                (indexed, skipped) = Pass1(reader, index, errors, progress);
            progress.Clear();
            using var model = CorpusIndex.OpenModel(indexPath);
            var outcome = Pass2(reader, model, errors, progress);
            progress.Clear();
            foreach (var e in errors)
                stderr.WriteLine($"mtq: {e}");
            var seconds = clock.Elapsed.TotalSeconds;
            int flagged = outcome.Summaries.Count(s => s.MtScore >= 30);
            stdout.WriteLine(
                $"Audited {outcome.Articles} articles from {outcome.Summaries.Select(s => s.Site).Distinct().Count()} sites in {seconds:0.0} s " +
                $"({indexed} indexed, {skipped} unchanged): {flagged} with MT score >= 30, mean boilerplate {(outcome.Summaries.Count == 0 ? 0 : outcome.Summaries.Average(s => s.BoilerplateScore)):0.0}%; " +
                $"{errors.Count} inputs not read. Reports: {Path.Combine(settings.Out, "index.md")}");
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

    private (int Indexed, int Skipped) Pass1(CorpusReader reader, CorpusIndex index, ConcurrentQueue<string> errors, Progress progress)
    {
        var existing = index.ExistingHashes();
        int indexed = 0;
        int skipped = 0;
        long seen = 0;
        var source = System.Collections.Concurrent.Partitioner.Create(reader.Read(settings.Paths), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            progress.Report("indexing", Interlocked.Increment(ref seen));
            if (item.Error is not null)
            {
                errors.Enqueue(item.Error.ToString());
                return;
            }

            var a = item.Article!;
            var hash = CorpusIndex.ContentHash(a);
            if (existing.TryGetValue(a.Id, out var old) && old == hash)
            {
                Interlocked.Increment(ref skipped);
                return;
            }

            var stats = ArticleStatistics.Compute(a);
            index.Upsert(a, CorpusIndex.BuildDocument(a, stats, hash));
            Interlocked.Increment(ref indexed);
        });
        index.Commit();
        return (indexed, skipped);
    }

    private Outcome Pass2(CorpusReader reader, ICorpusModel model, ConcurrentQueue<string> errors, Progress progress)
    {
        var analyzer = new ArticleAnalyzer(settings.Analysis);
        var articlesDir = Path.Combine(settings.Out, "articles");
        Directory.CreateDirectory(articlesDir);
        AtomicFile.RemoveStaleTemporaries(settings.Out); // left by a run that was killed mid-write
        var summaries = new List<ArticleSummary>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        double maxMt = 0;
        long done = 0;
        var findingsPath = Path.Combine(settings.Out, "findings.jsonl");
        AtomicFile.Write(findingsPath, stream =>
        {
            using var jsonl = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var results = reader.Read(settings.Paths)
                .Where(i => i.Article is not null)
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
                .Select(i => Analyze(analyzer, i.Article!, model));
            foreach (var (verdict, error) in results)
            {
                progress.Report("scoring", ++done);
                if (verdict is null)
                {
                    errors.Enqueue(error!);
                    continue;
                }

                var name = UniqueName(SafeFileName.From(verdict.Article.Id), usedNames);
                var summary = ArticleSummary.From(verdict, name + ".md");
                summaries.Add(summary);
                maxMt = Math.Max(maxMt, verdict.MtScore);
                var md = ArticleReport.Render(verdict);
                AtomicFile.WriteAllText(SafeFileName.Inside(articlesDir, name + ".md"), md);
                written.Add(name + ".md");
                if (settings.Html)
                {
                    AtomicFile.WriteAllText(SafeFileName.Inside(articlesDir, name + ".html"), HtmlRenderer.Page(verdict.DisplayTitle, md));
                    written.Add(name + ".html");
                }

                JsonRecord.Write(jsonl, verdict);
                jsonl.Flush();
                stream.WriteByte((byte)'\n');
                jsonl.Reset(stream);
            }
        });

        RemoveStale(articlesDir, written);
        WriteRules();
        var index = CorpusReport.Render(summaries, [.. errors], htmlNote: settings.Html ? "An HTML version of every page is next to its Markdown file (index.html)." : null);
        AtomicFile.WriteAllText(Path.Combine(settings.Out, "index.md"), index);
        if (settings.Html)
            AtomicFile.WriteAllText(Path.Combine(settings.Out, "index.html"), HtmlRenderer.Page("MtQuality corpus report", index));
        return new Outcome(summaries.Count, errors.Count, maxMt, summaries);
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

    private void WriteRules()
    {
        var rulesDir = Path.Combine(settings.Out, "rules");
        var rules = RuleRegistry.Instance.Descriptors;
        AtomicFile.WriteAllText(Path.Combine(rulesDir, "README.md"), RuleDocs.Index(rules));
        foreach (var r in rules)
        {
            var page = RuleDocs.Page(r);
            AtomicFile.WriteAllText(Path.Combine(rulesDir, r.Id + ".md"), page);
            if (settings.Html)
                AtomicFile.WriteAllText(Path.Combine(rulesDir, r.Id + ".html"), HtmlRenderer.Page($"{r.Id} {r.Name}", page));
        }

        if (settings.Html)
            AtomicFile.WriteAllText(Path.Combine(rulesDir, "README.html"), HtmlRenderer.Page("MtQuality rules", RuleDocs.Index(rules)));
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (int i = 2; !used.Add(candidate); i++)
            candidate = $"{name}-{i}";
        return candidate;
    }

    /// <summary>Report files of articles no longer in the corpus would mislead readers; only our own file types are removed.</summary>
    private static void RemoveStale(string dir, HashSet<string> written)
    {
        foreach (var f in Directory.EnumerateFiles(dir))
        {
            var name = Path.GetFileName(f);
            if ((name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal)) && !written.Contains(name))
                File.Delete(f);
        }
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
