using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Text;

[TestClass]
public sealed class TextFactsTests
{
    [TestMethod]
    [DataRow('é', 'e')]
    [DataRow('Á', 'a')]
    [DataRow('ñ', 'n')]
    [DataRow('Ñ', 'n')]
    [DataRow('ç', 'c')]
    [DataRow('ø', 'o')]
    [DataRow('Ł', 'l')]
    [DataRow('ş', 's')]
    [DataRow('ț', 't')]
    [DataRow('ž', 'z')]
    [DataRow('ß', 's')]
    [DataRow('K', 'k')]
    [DataRow('q', 'q')]
    public void LatinBaseStripsDiacritics(char letter, char expected) => Assert.AreEqual(expected, TextFacts.LatinBase(letter));

    [TestMethod]
    [DataRow('7')]
    [DataRow('-')]
    [DataRow('×')]
    [DataRow('÷')]
    [DataRow('я')]
    [DataRow('ə')]
    public void LatinBaseIsZeroForNonLatinLetters(char c) => Assert.AreEqual('\0', TextFacts.LatinBase(c));
}
