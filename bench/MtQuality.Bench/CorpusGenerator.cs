using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MtQuality.Core.Lexicons;

namespace MtQuality.Bench;

/// <summary>
/// Deterministic synthetic news corpus: ~5 KB articles assembled at run time from the project's own material —
/// sentences of the seed articles (corpora/seeds, read from disk, never copied into the repository), words of
/// the English frequency list, place and people names of the gazetteer — wrapped in per-site page furniture
/// (header and footer templates repeated on every page of a site, plus furniture phrases of the boilerplate
/// lexicon) and with injected artifacts: calques and tortured phrases from the lexicons, lower-cased proper
/// nouns, glued sentences, back-to-back repetitions. The same seed and size always give the same bytes.
/// </summary>
public sealed partial class CorpusGenerator
{
    private readonly string[] sentences;
    private readonly string[] vocabulary;
    private readonly string[] names;
    private readonly string[] furniture;
    private readonly string[] artifacts;

    public CorpusGenerator(string seedsDir)
    {
        var pool = new List<string>();
        foreach (var f in Directory.EnumerateFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(f))
            {
                if (line.Length < 80)
                    continue; // short lines are mostly the seeds' own furniture
                foreach (var s in SentenceBreak().Split(line))
                {
                    if (s.Length >= 40 && s.Length <= 400)
                        pool.Add(s.Trim());
                }
            }
        }

        if (pool.Count == 0)
            throw new InvalidOperationException($"{seedsDir}: no seed sentences found");
        sentences = [.. pool];
        vocabulary = [.. Lexicon.Load("english-words.tsv").Entries.Take(30_000).Select(e => e[0]).Where(w => w.Length > 3 && w.All(char.IsAsciiLetterLower))];
        names = [.. Lexicon.Load("gazetteer.tsv").Entries.Select(e => e[0]).Where(n => n.Length > 3 && n.All(c => char.IsAsciiLetter(c) || c == ' '))];
        furniture = [.. Lexicon.Load("boilerplate-phrases.tsv").Entries.Where(e => e.Length > 2 && e[2] == "en").Select(e => e[0])];
        artifacts = [.. Lexicon.Load("calques.tsv").Entries.Select(e => e[0]).Concat(Lexicon.Load("spun-phrases.tsv").Entries.Select(e => e[0]))];
    }

    public sealed record Doc(string Id, string Site, string Url, string Title, string Text);

    /// <summary>Article <paramref name="i"/> of a corpus: a pure function of (seed, i), so shards can be generated anywhere.</summary>
    public Doc Article(int seed, int i, int sites)
    {
        var rng = new Random(Mix(seed, i, 1));
        int siteNo = rng.Next(sites);
        var site = $"news{siteNo:D4}.example";
        var siteRng = new Random(Mix(seed, siteNo, 17));
        var sb = new StringBuilder(6000);

        // Site header: the same lines on every page of the site (learnt as a template in pass 1).
        sb.Append(Pick(siteRng, names)).Append(" Daily | ").Append(Pick(siteRng, furniture)).Append(" | ").Append(Pick(siteRng, furniture)).Append('\n');
        sb.Append(Pick(siteRng, furniture)).Append('\n');

        var title = Headline(rng);
        sb.Append(title).Append('\n');
        sb.Append(Month(rng)).Append(' ').Append(rng.Next(1, 29)).Append(" (").Append(Pick(rng, names).ToUpperInvariant()).Append(") –\n");

        int target = 4300 + rng.Next(1400);
        while (sb.Length < target)
        {
            int n = 2 + rng.Next(3);
            for (int s = 0; s < n; s++)
            {
                var sentence = Vary(rng, Pick(rng, sentences));
                if (s > 0)
                    sb.Append(rng.Next(40) == 0 ? string.Empty : " "); // a glued sentence now and then
                sb.Append(sentence);
            }

            sb.Append('\n');
            if (rng.Next(12) == 0)
                sb.Append(Pick(rng, furniture)).Append('\n'); // in-article furniture (read more, captions)
        }

        // Footer: two site-wide lines and one page-specific furniture phrase.
        sb.Append(Pick(rng, furniture)).Append('\n');
        sb.Append(Pick(siteRng, furniture)).Append('\n');
        sb.Append("© ").Append(2000 + siteRng.Next(25)).Append(' ').Append(site).Append(". ").Append(Pick(siteRng, furniture)).Append('\n');
        var id = $"{siteNo:D4}-{i:D8}";
        return new Doc(id, site, $"https://{site}/{i}", title, sb.ToString());
    }

    private string Headline(Random rng)
    {
        var s = Pick(rng, sentences);
        var words = s.Split(' ');
        return string.Join(' ', words.Take(6 + rng.Next(8))).TrimEnd(',', ';', ':');
    }

    /// <summary>Varies a seed sentence so the corpus has a growing vocabulary, and injects artifacts.</summary>
    private string Vary(Random rng, string sentence)
    {
        var words = sentence.Split(' ');
        int swaps = rng.Next(3);
        for (int k = 0; k < swaps; k++)
        {
            int w = rng.Next(words.Length);
            if (words[w].Length > 3 && words[w].All(char.IsAsciiLetterLower))
                words[w] = Pick(rng, vocabulary);
            else if (words[w].Length > 3 && char.IsUpper(words[w][0]) && words[w].All(char.IsAsciiLetter) && w > 0)
                words[w] = Pick(rng, names);
        }

        int roll = rng.Next(100);
        if (roll < 6 && words.Length > 4)
        {
            int w = 1 + rng.Next(words.Length - 2);
            words[w] = words[w] + " " + Pick(rng, artifacts); // calque or tortured phrase
        }
        else if (roll < 9 && words.Length > 4)
        {
            int w = 1 + rng.Next(words.Length - 2);
            words[w] = Pick(rng, names).ToLowerInvariant(); // lower-cased proper noun
        }
        else if (roll < 11 && words.Length > 6)
        {
            int w = 1 + rng.Next(words.Length - 3);
            words[w] = words[w] + " " + words[w] + " " + words[w + 1]; // back-to-back repetition
        }

        return string.Join(' ', words);
    }

    /// <summary>A fixed integer mix (HashCode.Combine is randomised per process, so it would break determinism).</summary>
    private static int Mix(int a, int b, int c)
    {
        ulong h = 0x9E3779B97F4A7C15UL * (ulong)(uint)a + 0xC2B2AE3D27D4EB4FUL * (ulong)(uint)b + (ulong)(uint)c;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        return (int)(h & 0x7FFFFFFF);
    }

    private static string Month(Random rng) => Months[rng.Next(Months.Length)];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    [GeneratedRegex(@"(?<=[.!?”])\s+(?=[A-Z“])")]
    private static partial Regex SentenceBreak();

    /// <summary>Writes <paramref name="count"/> articles: a folder of .txt files per site, or one JSONL (.jsonl, .jsonl.gz, .jsonl.zst).</summary>
    public void Write(string output, int count, int seed, int sites)
    {
        if (output.EndsWith(".jsonl", StringComparison.Ordinal) || output.EndsWith(".jsonl.gz", StringComparison.Ordinal) || output.EndsWith(".jsonl.zst", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            using var file = File.Create(output);
            using Stream stream = output.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest)
                : output.EndsWith(".zst", StringComparison.Ordinal) ? new ZstdSharp.CompressionStream(file, 3)
                : file;
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            for (int i = 0; i < count; i++)
            {
                var d = Article(seed, i, sites);
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("url", d.Url);
                json.WriteString("site", d.Site);
                json.WriteString("title", d.Title);
                json.WriteString("text", d.Text);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset(stream);
            }

            return;
        }

        for (int i = 0; i < count; i++)
        {
            var d = Article(seed, i, sites);
            var dir = Path.Combine(output, d.Site);
            if (i < sites || !Directory.Exists(dir))
                Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, d.Id + ".txt"), d.Text);
        }
    }
}
