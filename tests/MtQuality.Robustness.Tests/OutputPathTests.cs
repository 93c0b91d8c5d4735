using System.Text.Json;
using CsCheck;
using MtQuality.Reports;

namespace MtQuality.Robustness.Tests;

/// <summary>Report file names come from untrusted ids, titles and URLs; nothing may land outside <c>--out</c>.</summary>
[TestClass]
public sealed partial class OutputPathTests
{
    public static readonly string[] HostileIds =
    [
        "../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share\\x", "~/.ssh/id_rsa",
        ".", "..", "...", "", " ", "CON", "con.txt", "NUL", "aux.md", "LPT1", "COM9.html", "ｅｔｃ／ｐａｓｓｗｄ", "․․/․․/etc", "%2e%2e%2fetc%2fpasswd",
        "..%c0%af..%c0%af", "a\0b", "a\nb", "file:///etc/passwd", "https://example.org/../../etc/passwd?x=1#y", "index", "index.md", "findings.jsonl",
        new string('x', 300), new string('é', 300), string.Concat(Enumerable.Repeat("../", 100)), "\uD800", "Abc", "abc", "rules/MT0001",
    ];

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._-]+$", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex SafeName();

    private static void AssertSafe(string raw)
    {
        var name = SafeFileName.From(raw);
        Assert.IsTrue(SafeName().IsMatch(name), $"'{name}' from '{raw}'");
        Assert.IsLessThanOrEqualTo(SafeFileName.MaxLength, name.Length);
        Assert.AreNotEqual(".", name);
        Assert.AreNotEqual("..", name);
        Assert.IsFalse(name.StartsWith('.'), "hidden or dot name");
        var inside = SafeFileName.Inside("/tmp/out", name + ".md");
        Assert.AreEqual("/tmp/out", Path.GetDirectoryName(inside));
    }

    [TestMethod]
    public void HostileIdsBecomeSafeSingleSegments()
    {
        foreach (var raw in HostileIds)
            AssertSafe(raw);
    }

    [TestMethod]
    public void AnyStringBecomesASafeSingleSegment() => Hostile.Text.Sample(AssertSafe, iter: 5000);

    [TestMethod]
    public void InsideRefusesToLeaveTheFolder()
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => SafeFileName.Inside("/tmp/out", "../x"));
        Assert.ThrowsExactly<InvalidOperationException>(() => SafeFileName.Inside("/tmp/out", "/etc/passwd"));
    }

    [TestMethod]
    public void AuditOfHostileIdsWritesOnlyInsideOut()
    {
        using var dir = new TempDir();
        var corpus = dir.Sub("corpus");
        var lines = HostileIds.Select((id, i) => JsonSerializer.Serialize(new
        {
            id,
            title = id + " <script>alert(1)</script> " + new string('t', 300),
            url = "https://evil.example/" + id,
            text = $"Record {i}. The council approved the budget on Monday after a long debate, officials said.",
        }));
        File.WriteAllLines(Path.Combine(corpus, "feed.jsonl"), lines);
        var outDir = Path.Combine(dir.Path, "nested", "out");
        var (code, _, stderr) = CliRun.InProcess("audit", corpus, "--out", outDir, "--html");
        Assert.AreEqual(0, code, stderr);
        var everything = Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(dir.Path, p))
            .Where(p => !p.StartsWith("corpus", StringComparison.Ordinal) && p != "nested" && !p.StartsWith(Path.Combine("nested", "out"), StringComparison.Ordinal))
            .ToList();
        Assert.IsEmpty(everything, "files outside --out: " + string.Join(", ", everything));
        var articles = Directory.GetFiles(Path.Combine(outDir, "articles"), "*.md");
        Assert.HasCount(HostileIds.Length, articles, "one report per record, none overwritten by a look-alike id");
        Assert.IsTrue(Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).All(f => SafeName().IsMatch(Path.GetFileName(f))));
    }
}
