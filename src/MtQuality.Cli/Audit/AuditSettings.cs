using MtQuality.Core.Analysis;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Audit;

/// <summary>Everything an audit run needs, folded from the command line and the settings file.</summary>
public sealed record AuditSettings(
    IReadOnlyList<string> Paths,
    string Out,
    string? IndexPath,
    bool Html,
    double? FailOver,
    AnalysisOptions Analysis,
    IngestOptions Ingest,
    bool Verbose,
    bool Progress);
