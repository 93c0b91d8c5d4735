using MtQuality.Core.Analysis;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Audit;

/// <summary>
/// Everything an audit run needs, folded from the command line and the settings file. <paramref name="Reports"/>
/// false skips the per-article Markdown/HTML pages (findings.jsonl and index.md are still written): the benchmark
/// uses it to measure report rendering separately. <paramref name="Timings"/> writes the phases of the
/// run (<see cref="PhaseClock"/>) and the process totals to stderr after the closing line.
/// </summary>
public sealed record AuditSettings(
    IReadOnlyList<string> Paths,
    string Out,
    string? IndexPath,
    bool Html,
    double? FailOver,
    AnalysisOptions Analysis,
    IngestOptions Ingest,
    bool Verbose,
    bool Progress,
    bool Reports = true,
    bool Timings = false);
