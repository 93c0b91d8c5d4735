using System.Globalization;

namespace MtQuality.Corpus.Evaluation;

/// <summary>True/false positives and false negatives, with precision, recall and F1.</summary>
public sealed class PrfCounts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "P {0:0.000}  R {1:0.000}  F1 {2:0.000}  (tp {3}, fp {4}, fn {5})", Precision, Recall, F1, TruePositives, FalsePositives, FalseNegatives);
}
