using MtQuality.Core.Scoring;
using MtQuality.Corpus.Evaluation;

namespace MtQuality.Corpus.Tests.Evaluation;

[TestClass]
public sealed class MqmEvaluationTests
{
    // Two systems over one talk: an MT system with a rater span on a doubled word, and the clean reference.
    private const string Segments = """
        {"system": "sysA", "doc": "talk.1", "seg": 2, "target": "They went to the the station.", "raters": ["r1"], "errors": [{"rater": "r1", "category": "Fluency/Grammar", "severity": "Major", "weight": 5.0, "target_span": {"start": 0, "end": 3, "text": "the the"}}], "mqm": 5.0, "is_human": false}
        {"system": "sysA", "doc": "talk.1", "seg": 1, "target": "The talk starts here.", "raters": ["r1"], "errors": [], "mqm": 0.0, "is_human": false}
        {"system": "refB", "doc": "talk.1", "seg": 1, "target": "The talk starts here.", "raters": ["r1"], "errors": [], "mqm": 0.0, "is_human": true}
        {"system": "refB", "doc": "talk.1", "seg": 2, "target": "They went to the station.", "raters": ["r1"], "errors": [], "mqm": 0.0, "is_human": true}
        """;

    [TestMethod]
    public void SegmentsAreGroupedInOrderAndMisalignedSpansReanchored()
    {
        using var dir = new TempDir();
        dir.File("x.segments.jsonl", Segments);
        var docs = MqmData.Documents(MqmData.LoadSegments(dir.Path));
        Assert.HasCount(2, docs);
        var sysA = docs.Single(d => d.System == "sysA");
        Assert.AreEqual("The talk starts here.\nThey went to the the station.", sysA.Text);
        var error = sysA.Segments[1].Errors.Single();
        Assert.AreEqual("the the", sysA.Segments[1].Target[error.Start..error.End]);
        Assert.AreEqual(1, sysA.SegmentAt(sysA.Text.IndexOf("went", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void RuleFindingOnRaterSpanCountsAsHitAndCleanReferenceHasNoFalseAlarm()
    {
        using var dir = new TempDir();
        dir.File("x.segments.jsonl", Segments);
        var docs = MqmData.Documents(MqmData.LoadSegments(dir.Path));
        var eval = MqmEvaluation.Run(docs, new RuleCatalogueDetector(docs));
        Assert.AreEqual(1, eval.All.Findings);
        Assert.AreEqual(1.0, eval.All.SpanPrecision);
        Assert.AreEqual(1, eval.BadSegments);
        Assert.AreEqual(1.0, eval.All.SegmentRecall(eval.BadSegments));
        Assert.AreEqual(0.0, eval.FalseAlarmsPer10k(eval.All));
        Assert.AreEqual(9, eval.CleanWords);
    }

    [TestMethod]
    public void FitterGivesWeightToTheInformativeFamilyOnly()
    {
        var data = new List<LabelledRates>();
        for (int i = 0; i < 12; i++)
        {
            bool machine = i % 3 != 0;
            var rates = new Dictionary<string, double> { ["noise"] = i % 2, ["signal"] = machine ? 2 + (i % 4) : 0 };
            data.Add(new LabelledRates($"d{i}", $"g{i % 4}", rates, machine));
        }

        var fit = WeightFitter.Fit(data, ["noise", "signal"]);
        Assert.IsGreaterThan(fit.Weights["noise"] + 0.5, fit.Weights["signal"]);
        var cv = WeightFitter.CrossValidate(data, ["noise", "signal"]);
        Assert.AreEqual(1.0, WeightFitter.Auc([.. cv.Select(c => (c.Logit, c.Doc.IsMachine))]));
    }
}
