using MtQuality.Core.Rules.Translation;

namespace MtQuality.Core.Tests.Rules;

/// <summary>Two romanisations of one name (inconsistent-name-form): made-up pairs of the alternations, and near pairs that are other names.</summary>
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
    [DataRow("Alexei", "Aleksei")]
    [DataRow("Maxim", "Maksim")]
    public void AlternationsOfRomanisationAreOneName(string a, string b)
    {
        Assert.IsTrue(NameRomanisation.FirstNamesClose(a, b), $"{a} / {b}");
        Assert.IsTrue(NameRomanisation.FirstNamesClose(b, a), $"{b} / {a}");
    }

    [TestMethod]
    [DataRow("Maria", "Mario")]
    [DataRow("Daniel", "Daniela")]
    [DataRow("Jon", "John")]
    [DataRow("Anna", "Hanna")]
    [DataRow("Oleg", "Oleg")]
    [DataRow("Pavel", "Pablo")]
    [DataRow("Ivan", "Ivana")]
    [DataRow("Alex", "Alexa")]
    [DataRow("Felix", "Felipe")]
    public void OtherNamesStayApart(string a, string b) =>
        Assert.IsFalse(NameRomanisation.FirstNamesClose(a, b), $"{a} / {b}");

    [TestMethod]
    [DataRow("petrow", "petrov")]
    [DataRow("schukin", "shukin")]
    [DataRow("voykin", "voikin")]
    [DataRow("yakunin", "jakunin")]
    [DataRow("zavitskiy", "zavitski")]
    [DataRow("harjanto", "haryanto")]
    [DataRow("majakowski", "mayakovski")]
    public void SkeletonsOfTwoRomanisationsMeet(string a, string b) =>
        Assert.AreEqual(NameRomanisation.Skeleton(a), NameRomanisation.Skeleton(b), $"{a} / {b}");

    [TestMethod]
    [DataRow("mayer", "maier")]
    [DataRow("petrov", "petrova")]
    [DataRow("vasin", "wasim")]
    public void SkeletonsOfOtherNamesStayApart(string a, string b) =>
        Assert.AreNotEqual(NameRomanisation.Skeleton(a), NameRomanisation.Skeleton(b), $"{a} / {b}");

    [TestMethod]
    [DataRow("dekkersma", "dekkerma")]
    [DataRow("harkema", "harksema")]
    [DataRow("thompson", "thomson")]
    public void OneLetterInsideApart(string a, string b)
    {
        Assert.IsTrue(InconsistentNameFormRule.InteriorLetterApart(a, b), $"{a} / {b}");
        Assert.IsTrue(InconsistentNameFormRule.InteriorLetterApart(b, a), $"{b} / {a}");
    }

    [TestMethod]
    [DataRow("clarke", "clark")]
    [DataRow("obamas", "obama")]
    [DataRow("aharkema", "harkema")]
    [DataRow("harkema", "harkema")]
    [DataRow("harkema", "harkemaxx")]
    [DataRow("hansen", "hanson")]
    public void OtherThanOneLetterInsideIsNotApart(string a, string b) =>
        Assert.IsFalse(InconsistentNameFormRule.InteriorLetterApart(a, b), $"{a} / {b}");
}
