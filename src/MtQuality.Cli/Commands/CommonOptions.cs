using System.CommandLine;
using System.Text.Json;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Commands;

/// <summary>Options shared by the verbs that analyse articles, and how they fold into settings.</summary>
public sealed class CommonOptions
{
    public Option<string[]> Select { get; } = new("--select") { Description = "Only these rules: ids, id prefixes (MT, BP0001), names, families or categories", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Ignore { get; } = new("--ignore") { Description = "Skip these rules (same forms as --select)", AllowMultipleArgumentsPerToken = true };

    public Option<string?> MinSeverity { get; } = new("--min-severity") { Description = "Report only findings at or above: info, warning, error" };

    public Option<string?> Config { get; } = new("--config") { Description = "Settings file (default: ./mtquality.json when present)" };

    public Option<int?> MaxArticleChars { get; } = new("--max-article-chars") { Description = "Largest article analysed, in characters (default 5,000,000)" };

    public Option<bool> FollowLinks { get; } = new("--follow-links") { Description = "Follow symbolic links that lead outside the corpus folders" };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show stack traces of internal errors" };

    public void AddTo(Command c)
    {
        c.Options.Add(Select);
        c.Options.Add(Ignore);
        c.Options.Add(MinSeverity);
        c.Options.Add(Config);
        c.Options.Add(MaxArticleChars);
        c.Options.Add(FollowLinks);
        c.Options.Add(Verbose);
    }

    public AnalysisOptions Analysis(ParseResult r)
    {
        var file = LoadConfig(r.GetValue(Config));
        var select = Concat(file?.Select, r.GetValue(Select));
        var ignore = Concat(file?.Ignore, r.GetValue(Ignore));
        var sevText = r.GetValue(MinSeverity) ?? file?.MinSeverity;
        var sev = Severity.Info;
        if (sevText is not null && !EnumText.TryParseSeverity(sevText, out sev))
            throw new UserException($"--min-severity: '{sevText}' is not one of info, warning, error");
        foreach (var key in select.Concat(ignore))
        {
            if (!RuleRegistry.Instance.Descriptors.Any(d => d.Id.StartsWith(key, StringComparison.OrdinalIgnoreCase) || Eq(d.Name, key) || Eq(d.Family, key) || Eq(d.Category.ToText(), key)))
                throw new UserException($"no rule matches '{key}' (see 'mtq rules')");
        }

        return new AnalysisOptions
        {
            Select = select,
            Ignore = ignore,
            MinSeverity = sev,
            RuleSettings = file?.Rules ?? new Dictionary<string, string>(),
            MaxArticleChars = r.GetValue(MaxArticleChars) ?? file?.MaxArticleChars ?? 5_000_000,
        };
    }

    public IngestOptions Ingest(ParseResult r, AnalysisOptions a) => new()
    {
        MaxArticleChars = a.MaxArticleChars,
        FollowExternalLinks = r.GetValue(FollowLinks),
    };

    private static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string[] Concat(string[]? a, string[]? b) =>
        [.. (a ?? []).Concat(b ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private sealed record ConfigFile(string[]? Select, string[]? Ignore, string? MinSeverity, Dictionary<string, string>? Rules, int? MaxArticleChars);

    private static ConfigFile? LoadConfig(string? path)
    {
        bool explicitPath = path is not null;
        path ??= "mtquality.json";
        if (!File.Exists(path))
        {
            if (explicitPath)
                throw new UserException($"{path}: no such settings file");
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ConfigFile>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UserException($"{path}: invalid settings file ({e.Message})");
        }
    }
}
