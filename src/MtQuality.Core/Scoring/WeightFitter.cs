namespace MtQuality.Core.Scoring;

/// <summary>One labelled document for weight fitting: findings per 1,000 words by family, machine-made or not.</summary>
public sealed record LabelledRates(string Id, string Group, IReadOnlyDictionary<string, double> Rates, bool IsMachine);

/// <summary>The result of a fit: one non-negative weight per family, the intercept, and the training data's support.</summary>
public sealed record FittedWeights(IReadOnlyDictionary<string, double> Weights, double Intercept, IReadOnlyDictionary<string, int> Support);

/// <summary>
/// Fits the per-family weights of mtScore by logistic regression: P(machine | r) = σ(b + Σ w_f · r_f), with
/// r_f = findings of family f per 1,000 words, weights constrained to be ≥ 0 (a finding is never evidence of
/// human text: that keeps mtScore = 100·(1 − exp(−Σ w_f · r_f)) monotone), an L2 penalty and balanced class
/// weights (the labelled sets hold far more machine than human documents). Solved by projected gradient
/// descent; deterministic. Cross-validation leaves one group (one talk) out at a time.
/// </summary>
public static class WeightFitter
{
    public static FittedWeights Fit(IReadOnlyList<LabelledRates> data, IReadOnlyList<string> families, double l2 = 0.01, int iterations = 20_000)
    {
        int n = data.Count;
        int k = families.Count;
        var x = new double[n, k];
        var y = new double[n];
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            y[i] = data[i].IsMachine ? 1 : 0;
            for (int j = 0; j < k; j++)
            {
                x[i, j] = data[i].Rates.GetValueOrDefault(families[j]);
                if (x[i, j] > 0)
                    support[families[j]] = support.GetValueOrDefault(families[j]) + 1;
            }
        }

        int pos = data.Count(d => d.IsMachine);
        int neg = n - pos;
        double wPos = pos == 0 ? 0 : n / (2.0 * pos);
        double wNeg = neg == 0 ? 0 : n / (2.0 * neg);
        var w = new double[k];
        double b = 0;
        double lr = 0.05;
        var grad = new double[k];
        for (int it = 0; it < iterations; it++)
        {
            Array.Clear(grad);
            double gb = 0;
            for (int i = 0; i < n; i++)
            {
                double z = b;
                for (int j = 0; j < k; j++)
                    z += w[j] * x[i, j];
                double p = 1 / (1 + Math.Exp(-z));
                double cw = y[i] > 0 ? wPos : wNeg;
                double err = cw * (p - y[i]);
                gb += err;
                for (int j = 0; j < k; j++)
                    grad[j] += err * x[i, j];
            }

            b -= lr * gb / n;
            for (int j = 0; j < k; j++)
                w[j] = Math.Max(0, w[j] - lr * (grad[j] / n + l2 * w[j]));
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int j = 0; j < k; j++)
            weights[families[j]] = w[j];
        return new FittedWeights(weights, b, support);
    }

    /// <summary>Log-odds of a document under a fit.</summary>
    public static double Logit(FittedWeights fit, LabelledRates d) =>
        fit.Intercept + fit.Weights.Sum(kv => kv.Value * d.Rates.GetValueOrDefault(kv.Key));

    /// <summary>Area under the ROC curve of scores against labels (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        var pos = scored.Where(s => s.Positive).Select(s => s.Score).ToList();
        var neg = scored.Where(s => !s.Positive).Select(s => s.Score).ToList();
        if (pos.Count == 0 || neg.Count == 0)
            return double.NaN;
        double sum = 0;
        foreach (var p in pos)
        {
            foreach (var q in neg)
                sum += p > q ? 1 : p == q ? 0.5 : 0;
        }

        return sum / (pos.Count * (double)neg.Count);
    }

    /// <summary>Leave-one-group-out predictions: each document scored by a fit that never saw its group.</summary>
    public static List<(LabelledRates Doc, double Logit)> CrossValidate(IReadOnlyList<LabelledRates> data, IReadOnlyList<string> families, double l2 = 0.01, int iterations = 20_000)
    {
        var result = new List<(LabelledRates, double)>();
        foreach (var g in data.Select(d => d.Group).Distinct().OrderBy(g => g, StringComparer.Ordinal))
        {
            var train = data.Where(d => d.Group != g).ToList();
            var fit = Fit(train, families, l2, iterations);
            foreach (var d in data.Where(d => d.Group == g))
                result.Add((d, Logit(fit, d)));
        }

        return result;
    }
}
