using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Scoring;

namespace MtQuality.Corpus.Evaluation;

/// <summary>
/// Labelled documents for <see cref="WeightFitter"/> from the MQM set: each system's translation of a talk is one
/// document (the same 75 documents as ted_zhen.docs_human_vs_mt.jsonl), labelled machine unless the system is a
/// human reference, with the rule catalogue's findings per 1,000 words by family. Groups are talks, so
/// cross-validation never tests on a talk it trained on.
/// </summary>
public static class MqmWeightData
{
    public static List<LabelledRates> Build(IReadOnlyList<MqmDocument> documents, AnalysisOptions? options = null)
    {
        var detector = new RuleCatalogueDetector(documents, options);
        var registry = RuleRegistry.Instance;
        var list = new List<LabelledRates>();
        foreach (var d in documents)
        {
            int words = d.Segments.Sum(s => MqmEvaluation.CountWords(s.Target));
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var f in detector.Findings(d))
            {
                var family = registry.ById[f.RuleId].Family;
                // Counted as mtScore counts it (an Info finding is worth Scorer.InfoFactor of a Warning one).
                counts[family] = counts.GetValueOrDefault(family) + (f.Severity == Severity.Info ? Scorer.InfoFactor : 1.0);
            }

            double per = 1000.0 / Math.Max(words, 150);
            var rates = counts.ToDictionary(kv => kv.Key, kv => kv.Value * per, StringComparer.Ordinal);
            list.Add(new LabelledRates(d.Id, d.Doc, rates, !d.IsHuman));
        }

        return list;
    }
}
