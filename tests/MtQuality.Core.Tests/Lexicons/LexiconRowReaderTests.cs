using System.IO.Compression;
using System.Text;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Tests.Lexicons;

/// <summary>
/// <see cref="Lexicon.ReadRows(string, Lexicon.RowHandler)"/> streams a table through a fixed buffer: it must see
/// the same rows and header as <see cref="Lexicon.Parse(string, TextReader)"/>, whatever the line endings, a BOM,
/// lines longer than its buffer or a missing final newline.
/// </summary>
[TestClass]
public sealed class LexiconRowReaderTests
{
    private static (Dictionary<string, string> Header, List<string[]> Rows) Read(string text, bool gzip, bool bom = false)
    {
        var bytes = (bom ? Encoding.UTF8.Preamble.ToArray() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        if (gzip)
        {
            var packed = new MemoryStream();
            using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                gz.Write(bytes);
            bytes = packed.ToArray();
        }

        var rows = new List<string[]>();
        var header = Lexicon.ReadRows(new MemoryStream(bytes), gzip, (line, fields) =>
        {
            var row = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++)
                row[i] = line[fields[i]].ToString();
            rows.Add(row);
        }, null);
        return (header, rows);
    }

    private static void AssertSameAsParse(string text, bool gzip, bool bom = false)
    {
        var expected = Lexicon.Parse("t", new StringReader(text));
        var (header, rows) = Read(text, gzip, bom);
        CollectionAssert.AreEquivalent(expected.Header.ToList(), header.ToList());
        Assert.HasCount(expected.Entries.Count, rows);
        for (int i = 0; i < rows.Count; i++)
        {
            // ReadRows reports at most four fields, the fourth holding the rest of the line.
            var want = expected.Entries[i].Length <= 4 ? expected.Entries[i] : [.. expected.Entries[i].Take(3), string.Join('\t', expected.Entries[i].Skip(3))];
            CollectionAssert.AreEqual(want, rows[i], $"row {i}");
        }
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void RowsAndHeaderMatchTheEntryParser(bool gzip)
    {
        const string text = "# name: t\n# source: test\n# not a header line\n\nalpha\t1\nbeta\t2\t3\n# comment\r\ngamma\r\n\r\ndelta\t1\t2\t3\t4\t5\nécole\tü\n# late: not header\nlast\t9";
        AssertSameAsParse(text, gzip);
        AssertSameAsParse(text, gzip, bom: true);
        AssertSameAsParse(text + "\n", gzip);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void LinesLongerThanTheBufferAndRowsAcrossBufferEdgesAreWhole(bool gzip)
    {
        var sb = new StringBuilder("# name: long\n");
        sb.Append("wide\t").Append('x', 200_000).Append('\n');
        for (int i = 0; i < 30_000; i++)
            sb.Append("w").Append(i).Append('\t').Append(i % 7).Append(i % 3 == 0 ? "\r\n" : "\n");
        sb.Append("ß\t").Append('y', 70_000);
        AssertSameAsParse(sb.ToString(), gzip);
    }

    [TestMethod]
    public void EmptyAndHeaderOnlyTablesHaveNoRows()
    {
        Assert.IsEmpty(Read("", gzip: false).Rows);
        Assert.IsEmpty(Read("", gzip: true).Rows);
        var (header, rows) = Read("# name: empty\n\n", gzip: false);
        Assert.IsEmpty(rows);
        Assert.AreEqual("empty", header["name"]);
    }

    [TestMethod]
    public void LineCountIsAnUpperBoundOnTheRowsOfAnUncompressedTable()
    {
        int lines = -1;
        int rows = 0;
        Lexicon.ReadRows("english-words.tsv", (_, _) => rows++, n => lines = n);
        Assert.IsGreaterThanOrEqualTo(rows, lines);
        Assert.IsLessThan(rows + 50, lines, "the header adds a few lines, not more");
    }
}
