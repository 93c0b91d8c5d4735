using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Text;

[TestClass]
public sealed class WordInternerTests
{
    [TestMethod]
    public void GivesTheWordItselfSharedWhenShort()
    {
        var a = WordInterner.Get("said, she".AsSpan(0, 4));
        var b = WordInterner.Get("He said".AsSpan(3));
        Assert.AreEqual("said", a);
        Assert.AreSame(a, b);
        Assert.AreEqual(string.Empty, WordInterner.Get([]));
        var longWord = new string('x', WordInterner.MaxLength + 1);
        Assert.AreEqual(longWord, WordInterner.Get(longWord));
        for (int i = 0; i < 20_000; i++)
        {
            var w = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(w, WordInterner.Get(w.AsSpan()));
        }
    }
}
