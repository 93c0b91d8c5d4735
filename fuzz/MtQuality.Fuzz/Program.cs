using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Corpus.Ingest;
using MtQuality.Reports;

namespace MtQuality.Fuzz;

/// <summary>
/// The fuzz target: bytes in any input format go through the ingesters, the analyzer and every renderer, and
/// any exception or invalid offset is a crash. Modes:
///   budget SECONDS [SEED]   built-in mutation fuzzing for a fixed time (no external tools; what CI can run)
///   libfuzzer               SharpFuzz + libFuzzer (coverage-guided; see fuzz/README.md)
///   afl                     SharpFuzz + AFL (coverage-guided; see fuzz/README.md)
///   pathological            times every rule on 100,000 repetitions of each trigger (worst-case timing)
///   replay FILE...          runs saved inputs (e.g. fuzz/crashes/*) once each
/// </summary>
public static class Program
{
    private static readonly string[] Kinds = [".txt", ".md", ".html", ".jsonl", ".txt.gz", ".html.zst", ".jsonl.gz", ".md.zst"];
    private static readonly string Work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"mtq-fuzz-{Environment.ProcessId}")).FullName;
    private static readonly CorpusReader Reader = new(new IngestOptions { MaxArticleChars = 400_000, MaxFileBytes = 4 << 20, CompressionRatioFloorBytes = 1 << 20, MaxCompressionRatio = 100 });
    private static readonly ArticleAnalyzer Analyzer = new();

    public static int Main(string[] args)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "budget" => Budget(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 6),
                "libfuzzer" => LibFuzzer(),
                "afl" => Afl(),
                "pathological" => Pathological(args.Contains("--verbose")),
                "replay" => Replay(args[1..]),
                "profile" => Profile(args[1]),
                _ => Usage(),
            };
        }
        finally
        {
            try
            {
                Directory.Delete(Work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: MtQuality.Fuzz budget SECONDS [SEED] | libfuzzer | afl | pathological | replay FILE...");
        return 2;
    }

    /// <summary>One input: the first byte picks the format, the rest is the file. Throws on any defect.</summary>
    public static void Target(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
            return;
        var kind = Kinds[data[0] % Kinds.Length];
        var body = data[1..].ToArray();
        if (kind.EndsWith(".gz", StringComparison.Ordinal))
            body = Gzip(body);
        else if (kind.EndsWith(".zst", StringComparison.Ordinal))
            body = Zstd(body);
        var file = Path.Combine(Work, $"{Environment.CurrentManagedThreadId}{kind}");
        File.WriteAllBytes(file, body);
        foreach (var item in Reader.ReadFile(file, Work))
        {
            if (item.Error is { } e)
            {
                if (e.ToString().Contains('\n', StringComparison.Ordinal))
                    throw new InvalidOperationException("error message spans lines: " + e);
                continue;
            }

            Check(item.Article!);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex OwnScripts = new(
        "<script defer src=\"(\\.\\./)*assets/[a-z-]+\\.js\"></script>", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static void Check(Article a)
    {
        var verdict = Analyzer.Analyze(a);
        foreach (var f in verdict.Findings)
        {
            if (f.Span.Start < 0 || f.Span.End < f.Span.Start || f.Span.End > a.Text.Length)
                throw new InvalidOperationException($"{f.RuleId}: span {f.Span} outside [0,{a.Text.Length}]");
        }

        using var doc = System.Text.Json.JsonDocument.Parse(JsonRecord.Serialize(verdict));
        foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
        {
            int s = f.GetProperty("start").GetInt32();
            int e = f.GetProperty("end").GetInt32();
            if (f.GetProperty("text").GetString() != a.Text[s..e])
                throw new InvalidOperationException($"JSON text of {f.GetProperty("rule").GetString()} is not the slice [{s},{e})");
        }

        var md = ArticleReport.Render(verdict);
        // The page's own scripts (assets/*.js, allowed by its CSP script-src 'self') are the only scripts it may load.
        var html = OwnScripts.Replace(HtmlRenderer.Page(verdict.DisplayTitle, md), string.Empty);
        if (html.Contains("<script", StringComparison.OrdinalIgnoreCase) || html.Contains("href=\"javascript", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("article text became markup in the HTML report");
        _ = LineFormat.Lines(verdict).Count();
    }

    private static int LibFuzzer()
    {
        SharpFuzz.Fuzzer.LibFuzzer.Run(span => Target(span));
        return 0;
    }

    private static int Afl()
    {
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            Target(ms.ToArray());
        });
        return 0;
    }

    /// <summary>Stage timings of one saved input: where a slow input spends its time.</summary>
    private static int Profile(string path)
    {
        var data = File.ReadAllBytes(path);
        var kind = Kinds[data[0] % Kinds.Length];
        var body = data[1..];
        if (kind.EndsWith(".gz", StringComparison.Ordinal))
            body = Gzip(body);
        else if (kind.EndsWith(".zst", StringComparison.Ordinal))
            body = Zstd(body);
        var file = Path.Combine(Work, "profile" + kind);
        File.WriteAllBytes(file, body);
        var t = Stopwatch.StartNew();
        foreach (var item in Reader.ReadFile(file, Work).ToList())
        {
            Console.WriteLine($"read {t.ElapsedMilliseconds} ms: {(item.Article is { } a0 ? $"{a0.Text.Length:N0} chars, {a0.Lines.Count:N0} lines" : item.Error!.ToString())}");
            if (item.Article is not { } a)
                continue;
            t.Restart();
            var context = new AnalysisContext(a);
            Console.WriteLine($"tokenize+segment {t.ElapsedMilliseconds} ms");
            foreach (var rule in RuleRegistry.Instance.SpanRules)
            {
                t.Restart();
                rule.Analyze(context, []);
                if (t.ElapsedMilliseconds > 100)
                    Console.WriteLine($"  {rule.Descriptor.Id} {t.ElapsedMilliseconds} ms");
            }

            t.Restart();
            var v = Analyzer.Analyze(a);
            Console.WriteLine($"analyze {t.ElapsedMilliseconds} ms, {v.Findings.Count:N0} findings");
            t.Restart();
            var md = ArticleReport.Render(v);
            Console.WriteLine($"markdown {t.ElapsedMilliseconds} ms, {md.Length:N0} chars");
            t.Restart();
            _ = HtmlRenderer.Page(v.DisplayTitle, md);
            Console.WriteLine($"html {t.ElapsedMilliseconds} ms");
        }

        return 0;
    }

    private static int Replay(string[] files)
    {
        int failed = 0;
        foreach (var f in files)
        {
            try
            {
                Target(File.ReadAllBytes(f));
                Console.WriteLine($"{f}: ok");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{f}: {e}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static readonly string[] Pieces =
    [
        "\0", "\r\n", "\r", "\n\n", "\u2028", "\uD800", "\uFEFF", "\u202E", "<script>alert(1)</script>", "javascript:alert(1)", "<!-- c -->",
        "| a | b |", "`", "```", "<div>", "</div>", "<b><i>", "</p>", "{\"text\":\"", "\"}", "[", "]", "{", "}", "\\u0000", "\\ud800", "\"", "“", "”",
        "«", "»", "...", "U.S.", "Mr.", "the the ", "a Russia's ", "Read more", "Follow us on", "> ", "- ", "# ", "*", "_", "~~", "\t", "é", "ж", "中",
    ];

    private static int Budget(double seconds, int seed)
    {
        var random = new Random(seed);
        var root = FindRoot();
        var seeds = new List<byte[]>();
        foreach (var dir in new[] { Path.Combine(root, "corpora", "seeds"), Path.Combine(root, "fuzz", "seeds") })
        {
            if (Directory.Exists(dir))
                seeds.AddRange(Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        }

        if (seeds.Count == 0)
            seeds.Add(Encoding.UTF8.GetBytes("The council met on Monday."));
        var crashesDir = Path.Combine(root, "fuzz", "crashes");
        // Warm-up: lexicons, the background language model and the JIT load on the first article; timing that
        // one would name a one-time cost as the slowest input.
        for (int k = 0; k < Kinds.Length; k++)
        {
            var warm = new byte[seeds[0].Length + 1];
            warm[0] = (byte)k;
            seeds[0].CopyTo(warm, 1);
            try
            {
                Target(warm);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.WriteLine($"warm-up input {Kinds[k]} failed: {e.GetType().Name}: {e.Message}");
            }
        }

        var clock = Stopwatch.StartNew();
        long tried = 0;
        int crashes = 0;
        var perKind = new long[Kinds.Length];
        var slowest = (Seconds: 0.0, What: string.Empty);
        byte[]? slowestData = null;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], seeds, random, out var how);
            int kind = random.Next(Kinds.Length);
            var data = new byte[input.Length + 1];
            data[0] = (byte)kind;
            input.CopyTo(data, 1);
            var t = Stopwatch.StartNew();
            try
            {
                Target(data);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashes++;
                Directory.CreateDirectory(crashesDir);
                var path = Path.Combine(crashesDir, $"crash-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data))[..16]}.bin");
                File.WriteAllBytes(path, data);
                Console.WriteLine($"CRASH ({Kinds[kind]}, {how}): {e.GetType().Name}: {e.Message}\n  saved {path}");
            }

            tried++;
            perKind[kind]++;
            if (t.Elapsed.TotalSeconds > slowest.Seconds)
            {
                slowest = (t.Elapsed.TotalSeconds, $"{Kinds[kind]} {input.Length:N0} bytes ({how})");
                slowestData = data;
            }

            if (random.Next(50) == 0 && input.Length < 200_000)
                seeds.Add(input); // keep some mutants as new parents
        }

        Console.WriteLine($"fuzz budget {seconds:0}s, seed {seed}: {tried:N0} inputs ({string.Join(", ", Kinds.Select((k, i) => $"{k} {perKind[i]:N0}"))}), {crashes} crashes");
        if (slowestData is not null)
        {
            Directory.CreateDirectory(crashesDir);
            var slowPath = Path.Combine(root, "fuzz", "slowest.bin");
            File.WriteAllBytes(slowPath, slowestData);
            Console.WriteLine($"slowest input: {slowest.Seconds * 1000:0} ms — {slowest.What}; saved {slowPath} (profile it: profile FILE)");
        }

        return crashes == 0 ? 0 : 1;
    }

    private static byte[] Mutate(byte[] parent, List<byte[]> pool, Random r, out string how)
    {
        var b = new List<byte>(parent);
        int n = 1 + r.Next(6);
        var ops = new List<string>();
        for (int i = 0; i < n; i++)
        {
            int at = b.Count == 0 ? 0 : r.Next(b.Count);
            switch (r.Next(8))
            {
                case 0 when b.Count > 0:
                    b[at] ^= (byte)(1 << r.Next(8));
                    ops.Add("flip");
                    break;
                case 1:
                    b.InsertRange(at, Encoding.UTF8.GetBytes(Pieces[r.Next(Pieces.Length)]));
                    ops.Add("piece");
                    break;
                case 2 when b.Count > 0:
                    b.RemoveRange(at, Math.Min(b.Count - at, 1 + r.Next(200)));
                    ops.Add("delete");
                    break;
                case 3 when b.Count > 0:
                    {
                        int len = Math.Min(b.Count - at, 1 + r.Next(8));
                        var unit = b.GetRange(at, len);
                        int times = r.Next(4) == 0 ? 100_000 / len : 1 + r.Next(300);
                        for (int k = 0; k < times; k++)
                            b.InsertRange(at, unit);
                        ops.Add($"repeat×{times}");
                        break;
                    }

                case 4:
                    {
                        var other = pool[r.Next(pool.Count)];
                        int from = other.Length == 0 ? 0 : r.Next(other.Length);
                        b.InsertRange(at, other.Skip(from).Take(1 + r.Next(2000)));
                        ops.Add("splice");
                        break;
                    }

                case 5 when b.Count > 0:
                    b.RemoveRange(at, b.Count - at);
                    ops.Add("truncate");
                    break;
                case 6:
                    b.Insert(at, (byte)r.Next(256));
                    ops.Add("byte");
                    break;
                default:
                    b.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 1 + r.Next(20_000)))));
                    ops.Add("nest");
                    break;
            }
        }

        how = string.Join('+', ops);
        return [.. b];
    }

    /// <summary>Every rule on 100,000 repetitions of each trigger unit; prints the slowest. Timings belong here, not in tests.</summary>
    private static int Pathological(bool verbose)
    {
        var units = new SortedSet<string>(StringComparer.Ordinal)
        {
            "a", "A", "Ab ", "AB ", "a ", " ", ".", ". ", "\"", "'", "“", "”", "«", "»", "-", "—", "(", ")", "0", "1 ", "\n", "\r\n", "\n\n",
            "the ", "The ", "the the ", "a Russia's ", "is be ", "Thank you to ", "I ", "we ", "Our ", "NATO ", "Mr. ", "U.S. ",
            "\"a ", "a\" ", "\"\" ", "..", "!?", ",,", "aA", "aB.", "\uD800", "\0", "<p>", "|", "`", "#", "é", "ж", "中",
        };
        foreach (var d in RuleRegistry.Instance.Descriptors)
        {
            foreach (var ex in d.Examples.Where(e => e.IsFlagged))
            {
                var (text, spans) = ex.Parse();
                foreach (var s in spans)
                {
                    var span = text.Substring(s.Start, s.Length);
                    units.Add(span + " ");
                    units.Add(span + "\n");
                    foreach (char c in span)
                        units.Add(c.ToString());
                }

                foreach (var line in text.Split('\n'))
                    units.Add(line + "\n");
            }
        }

        var times = new List<(double Seconds, string Unit, string Slowest)>();
        var total = Stopwatch.StartNew();
        foreach (var unit in units)
        {
            var sb = new StringBuilder(100_000 + unit.Length);
            while (sb.Length < 100_000)
                sb.Append(unit);
            var text = sb.ToString();
            var t = Stopwatch.StartNew();
            var article = new Article("p", text, site: "example.org");
            var model = new InMemoryCorpusModel();
            model.Add(article);
            var context = new AnalysisContext(article, model);
            var worstRule = (Seconds: 0.0, Id: string.Empty);
            foreach (var rule in RuleRegistry.Instance.SpanRules)
            {
                var r = Stopwatch.StartNew();
                rule.Analyze(context, []);
                if (r.Elapsed.TotalSeconds > worstRule.Seconds)
                    worstRule = (r.Elapsed.TotalSeconds, rule.Descriptor.Id);
            }

            var page = new PageContext(article, model, selfInCorpus: true);
            foreach (var rule in RuleRegistry.Instance.LineRules)
            {
                var r = Stopwatch.StartNew();
                for (int i = 0; i < page.LineCount; i++)
                    _ = rule.Evaluate(page, i);
                if (r.Elapsed.TotalSeconds > worstRule.Seconds)
                    worstRule = (r.Elapsed.TotalSeconds, rule.Descriptor.Id);
            }

            _ = Analyzer.Analyze(article, model, selfInCorpus: true);
            times.Add((t.Elapsed.TotalSeconds, unit, $"{worstRule.Id} {worstRule.Seconds * 1000:0} ms"));
            if (verbose)
                Console.WriteLine($"{times.Count}/{units.Count} {t.Elapsed.TotalMilliseconds,7:0} ms  {Show(unit),-40} slowest rule {worstRule.Id} {worstRule.Seconds * 1000:0} ms");
        }

        Console.WriteLine($"{units.Count} trigger units × 100,000 characters, every rule, in {total.Elapsed.TotalSeconds:0.0} s; slowest:");
        foreach (var (s, u, w) in times.OrderByDescending(x => x.Seconds).Take(10))
            Console.WriteLine($"  {s * 1000,7:0} ms  {Show(u),-40} slowest rule {w}");
        return 0;
    }

    private static string Show(string s)
    {
        var t = s.Length > 36 ? s[..36] + "…" : s;
        return System.Text.Json.JsonSerializer.Serialize(t);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest))
            gz.Write(data);
        return ms.ToArray();
    }

    private static byte[] Zstd(byte[] data)
    {
        using var c = new ZstdSharp.Compressor(1);
        return c.Wrap(data).ToArray();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MtQuality.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Environment.CurrentDirectory;
    }
}
