using System.Text;
using System.Text.Json;
using CsCheck;
using MtQuality.Core.Analysis;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Every ingester (txt, md, html, jsonl; plain, gzip and zstd) on hostile bytes: nothing escapes
/// <see cref="CorpusReader.ReadFile"/>, every problem is one error line, every article is analysable.
/// </summary>
[TestClass]
public sealed class IngestPropertyTests
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".jsonl"];
    private static readonly string[] Compressions = [string.Empty, ".gz", ".zst"];

    private static readonly Gen<byte[]> JsonlBytes = Gen.Frequency(
        (4, Gen.Select(Hostile.Text, Hostile.Text, Gen.Bool, (text, id, withUrl) =>
            JsonSerializer.Serialize(new { text, id, url = withUrl ? "http://" + id + "/x" : id, title = id, site = id }))),
        (1, Hostile.Text),
        (1, Gen.Const("{\"text\": \"\\ud800 lone \\udfff surrogates \\u0000 nul\"}")),
        (1, Gen.Const(new string('[', 5000))),
        (1, Gen.Const("{\"text\": 5, \"id\": null}")))
        .Array[0, 20]
        .Select(lines => Encoding.UTF8.GetBytes(string.Join(Gen.Bool.Single() ? "\r\n" : "\n", lines)));

    private static Gen<byte[]> BytesFor(string ext) => ext switch
    {
        ".html" => Gen.Frequency((3, Hostile.Html.Select(h => Encoding.UTF8.GetBytes(h))), (1, Hostile.Bytes)),
        ".jsonl" => Gen.Frequency((3, JsonlBytes), (1, Hostile.Bytes)),
        _ => Hostile.Bytes,
    };

    [TestMethod]
    [DynamicData(nameof(Formats))]
    public void ReadFileNeverThrowsAndErrorsAreOneLine(string ext, string compression)
    {
        using var dir = new TempDir();
        var reader = new CorpusReader(new IngestOptions { MaxArticleChars = 20_000 });
        var analyzer = new ArticleAnalyzer();
        BytesFor(ext).Sample(bytes =>
        {
            var data = compression switch
            {
                ".gz" => Compress.Gzip(bytes),
                ".zst" => Compress.Zstd(bytes),
                _ => bytes,
            };
            if (compression.Length > 0 && bytes.Length > 4 && bytes[0] % 3 == 0)
                data[data.Length / 2] ^= 0x5A; // a corrupt stream too
            var file = dir.File($"{Guid.NewGuid():N}{ext}{compression}", data);
            foreach (var item in reader.ReadFile(file, dir.Path))
            {
                Assert.IsTrue((item.Article is null) != (item.Error is null), "an item is an article or an error");
                if (item.Error is { } e)
                {
                    Assert.DoesNotContain("\n", e.ToString());
                    Assert.DoesNotContain("\r", e.ToString());
                    Assert.DoesNotContain("   at ", e.ToString());
                }
                else
                {
                    Assert.IsLessThanOrEqualTo(20_000, item.Article!.Text.Length);
                    var verdict = analyzer.Analyze(item.Article);
                    foreach (var f in verdict.Findings)
                        AnalysisPropertyTests.AssertSpan(f.Span, item.Article.Text.Length, f.RuleId);
                }
            }

            File.Delete(file);
        }, iter: 150);
    }

    public static IEnumerable<object[]> Formats =>
        from e in Extensions from c in Compressions select new object[] { e, c };

    [TestMethod]
    public void DecoderRefusesGarbageWithAPosition()
    {
        Hostile.Bytes.Sample(bytes =>
        {
            try
            {
                var text = TextDecoder.Decode(bytes);
                Assert.IsFalse(string.IsNullOrWhiteSpace(text));
            }
            catch (InputException e)
            {
                Assert.DoesNotContain("\n", e.Message);
            }
        }, iter: 2000);
    }
}
