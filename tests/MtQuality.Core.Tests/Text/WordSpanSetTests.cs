using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Text;

[TestClass]
public sealed class WordSpanSetTests
{
    [TestMethod]
    public void AnswersAsAnOrdinalHashSetDoesAcrossGrowthAndClear()
    {
        var random = new Random(7);
        var set = new WordSpanSet();
        for (int round = 0; round < 3; round++)
        {
            var expected = new HashSet<string>(StringComparer.Ordinal);
            set.Clear();
            for (int i = 0; i < 3000; i++)
            {
                var word = new string((char)('a' + random.Next(26)), 1 + random.Next(3)) + random.Next(700).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.AreEqual(expected.Add(word), set.Add(word), word);
                var probe = "x" + random.Next(900).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.AreEqual(expected.Contains(probe), set.Contains(probe), probe);
            }

            Assert.AreEqual(expected.Count, set.Count);
            CollectionAssert.AreEquivalent(expected.ToList(), set.Words().ToList());
            Assert.IsFalse(set.Contains("Zz"));
            Assert.IsTrue(set.Add(string.Empty));
            Assert.IsFalse(set.Add(string.Empty));
        }
    }
}
