using System.CommandLine;
using System.Globalization;
using MtQuality.Core.Scoring;
using MtQuality.Corpus.Evaluation;

namespace MtQuality.Cli.Commands;

/// <summary>
/// <c>mtq fit-weights --mqm DIR [--write [FILE]]</c>: fits the per-family weights of mtScore on labelled
/// documents (human vs machine translations of the MQM set), prints the fit and its leave-one-talk-out quality,
/// and with <c>--write</c> updates score-weights.tsv. Procedure: docs/scoring.md.
/// </summary>
public static class FitWeightsCommand
{
    public const string DefaultWeightsFile = "src/MtQuality.Core/Lexicons/score-weights.tsv";

    public static Command Create()
    {
        var mqm = new Option<string?>("--mqm") { Description = "Folder (or *.segments.jsonl) of the MQM set: human references vs MT systems" };
        var write = new Option<string?>("--write") { Description = $"Update the weights file (default {DefaultWeightsFile})", Arity = ArgumentArity.ZeroOrOne };
        var minSupport = new Option<int>("--min-support") { Description = "Fit a family only when this many documents have its findings; others keep their weight", DefaultValueFactory = _ => 3 };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty of the logistic regression", DefaultValueFactory = _ => 0.01 };
        var common = new CommonOptions();
        var cmd = new Command("fit-weights", "Fit the family weights of mtScore on labelled data (logistic regression) and report its cross-validated quality") { mqm, write, minSupport, l2 };
        common.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var dir = r.GetValue(mqm) ?? throw new UserException("fit-weights: give --mqm DIR");
            if (!File.Exists(dir) && !Directory.Exists(dir))
                throw new UserException($"{dir}: no such MQM folder or file");
            List<MqmDocument> docs;
            try
            {
                docs = MqmData.Documents(MqmData.LoadSegments(dir));
            }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException)
            {
                throw new UserException(ex.Message);
            }

            var data = MqmWeightData.Build(docs, common.Analysis(r));
            int support = r.GetValue(minSupport);
            double penalty = r.GetValue(l2);
            var all = data.SelectMany(d => d.Rates.Keys).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            var counts = all.ToDictionary(f => f, f => data.Count(d => d.Rates.GetValueOrDefault(f) > 0), StringComparer.Ordinal);
            var families = all.Where(f => counts[f] >= support).ToList();
            var fit = WeightFitter.Fit(data, families, penalty);
            var current = Scorer.Default;
            var inv = CultureInfo.InvariantCulture;

            o.WriteLine($"Labelled documents: {data.Count} ({data.Count(d => d.IsMachine)} machine, {data.Count(d => !d.IsMachine)} human) from {MqmData.SegmentsPath(dir)}");
            o.WriteLine(string.Format(inv, "Logistic regression, weights >= 0, L2 {0}, balanced classes; intercept {1:0.000}", penalty, fit.Intercept));
            o.WriteLine();
            o.WriteLine("  family                      docs  fitted   current  written");
            foreach (var f in all.Union(current.Weights.Keys.Where(k => k != "*")).Distinct().OrderBy(f => f, StringComparer.Ordinal))
            {
                bool fitted = fit.Weights.TryGetValue(f, out var w);
                o.WriteLine(string.Format(inv, "  {0,-26}{1,5}  {2,7}  {3,7:0.000}  {4}", f, counts.GetValueOrDefault(f), fitted ? w.ToString("0.000", inv) : "-", current.WeightOf(f), fitted ? "fitted" : $"kept (support < {support})"));
            }

            var cv = WeightFitter.CrossValidate(data, families, penalty);
            double cvAuc = WeightFitter.Auc([.. cv.Select(c => (c.Logit, c.Doc.IsMachine))]);
            double cvAcc = cv.Count(c => (c.Logit > 0) == c.Doc.IsMachine) / (double)cv.Count;
            double currentAuc = WeightFitter.Auc([.. data.Select(d => (d.Rates.Sum(kv => current.WeightOf(kv.Key) * kv.Value), d.IsMachine))]);
            double trainAuc = WeightFitter.Auc([.. data.Select(d => (WeightFitter.Logit(fit, d), d.IsMachine))]);
            o.WriteLine();
            o.WriteLine(string.Format(inv, "Leave-one-talk-out ({0} folds): AUC {1:0.000}, accuracy {2:0.000} (balanced-class threshold at log-odds 0)", data.Select(d => d.Group).Distinct().Count(), cvAuc, cvAcc));
            o.WriteLine(string.Format(inv, "Training AUC {0:0.000}; AUC of the current weights {1:0.000}", trainAuc, currentAuc));

            if (r.GetResult(write) is not null)
            {
                var path = r.GetValue(write) ?? DefaultWeightsFile;
                if (!File.Exists(path))
                    throw new UserException($"{path}: no such weights file (run from the repository root or give --write FILE)");
                File.WriteAllLines(path, Rewrite(File.ReadAllLines(path), fit.Weights, $"mtq fit-weights --mqm {Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/'))} (min-support {support}, l2 {penalty.ToString(inv)}; leave-one-talk-out AUC {cvAuc.ToString("0.000", inv)})"));
                o.WriteLine($"Wrote {path}");
            }

            return Cli.Ok;
        });
        return cmd;
    }

    /// <summary>Replaces the weight of fitted families in place, keeps every other line and the third column.</summary>
    internal static List<string> Rewrite(IEnumerable<string> lines, IReadOnlyDictionary<string, double> fitted, string provenance)
    {
        var inv = CultureInfo.InvariantCulture;
        var done = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("# fitted:", StringComparison.Ordinal))
                continue;
            var cols = line.Split('\t');
            if (line.StartsWith('#') || cols.Length < 2 || !fitted.TryGetValue(cols[0], out var w))
            {
                result.Add(line);
                if (line.StartsWith("# columns:", StringComparison.Ordinal))
                    result.Add("# fitted: " + provenance);
                continue;
            }

            cols[1] = w.ToString("0.####", inv);
            result.Add(string.Join('\t', cols));
            done.Add(cols[0]);
        }

        foreach (var (f, w) in fitted.Where(kv => !done.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            result.Add($"{f}\t{w.ToString("0.####", inv)}");
        return result;
    }
}
