using MtQuality.Core.Rules.Translation;

namespace MtQuality.Core.Tests.Rules;

/// <summary>First names in two romanisations (inconsistent-name-form): made-up pairs of the alternations, and near pairs that are other names.</summary>
[TestClass]
public sealed class RomanisationTests
{
    [TestMethod]
    [DataRow("Oleg", "Oleh")]
    [DataRow("Mohammed", "Mohammad")]
    [DataRow("Georgios", "Giorgos")]
    [DataRow("Yuriy", "Yurii")]
    [DataRow("Dmitriy", "Dmitry")]
    [DataRow("Nikolaos", "Nikolas")]
    [DataRow("Aleksei", "Aleksey")]
    public void AlternationsOfRomanisationAreOneName(string a, string b)
    {
        Assert.IsTrue(InconsistentNameFormRule.RomanisationClose(a, b), $"{a} / {b}");
        Assert.IsTrue(InconsistentNameFormRule.RomanisationClose(b, a), $"{b} / {a}");
    }

    [TestMethod]
    [DataRow("Maria", "Mario")]
    [DataRow("Daniel", "Daniela")]
    [DataRow("Jon", "John")]
    [DataRow("Anna", "Hanna")]
    [DataRow("Oleg", "Oleg")]
    [DataRow("Pavel", "Pablo")]
    [DataRow("Ivan", "Ivana")]
    public void OtherNamesStayApart(string a, string b) =>
        Assert.IsFalse(InconsistentNameFormRule.RomanisationClose(a, b), $"{a} / {b}");
}
