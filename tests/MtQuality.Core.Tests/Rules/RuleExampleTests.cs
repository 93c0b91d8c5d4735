using MtQuality.Core.Rules;

namespace MtQuality.Core.Tests.Rules;

/// <summary>Every example of every rule is a test: exact spans on flagged examples, nothing on clean ones.</summary>
[TestClass]
public sealed class RuleExampleTests
{
    public static IEnumerable<object[]> Examples() =>
        RuleRegistry.Instance.Descriptors.SelectMany(d => d.Examples.Select((e, i) => new object[] { d.Id, i }));

    public static string Name(System.Reflection.MethodInfo _, object[] data) => $"{data[0]} example {data[1]}";

    [TestMethod]
    [DynamicData(nameof(Examples), DynamicDataDisplayName = nameof(Name))]
    public void ExampleProducesExactlyItsMarkedSpans(string id, int index)
    {
        var d = RuleRegistry.Instance.ById[id];
        var example = d.Examples[index];
        var (text, expected, actual) = RuleExampleRunner.Run(d, example);
        string Show(IEnumerable<MtQuality.Core.Text.TextSpan> spans) => string.Join(", ", spans.Select(s => $"'{text[s.Start..s.End]}'{s}"));
        CollectionAssert.AreEqual(expected.ToList(), actual.ToList(), $"{id} {(example.IsFlagged ? "flagged" : "clean")} example: {example.Markup}\nexpected: {Show(expected)}\nactual:   {Show(actual)}");
    }
}
