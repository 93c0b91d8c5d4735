using System.Globalization;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Model;
using MtQuality.Core.Text;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Corpus.Evaluation;

/// <summary>How the pages of a snippet set are fed to the classifier.</summary>
public enum SnippetInput
{
    /// <summary>The HTML path: visible blocks plus their DOM evidence (tags, class/id words, link density).</summary>
    Html,

    /// <summary>The page flattened to its visible text, one block a line, without any structural evidence.</summary>
    Text,
}

/// <summary>One row of a must-keep / must-drop snippet file: <c>url, file, lang_guess, label, snippet</c>.</summary>
public sealed record SnippetRow(string File, bool IsContent, string Snippet);

/// <summary>
/// trafilatura's own evaluation: per page, a content snippet found in the output is a true positive, one missing
/// a false negative; a boilerplate snippet found is a false positive, one absent a true negative.
/// </summary>
public sealed class SnippetScore
{
    public int TruePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int FalsePositives { get; private set; }

    public int TrueNegatives { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    public double F => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores one page's output; returns the snippets it got wrong (missed content, kept boilerplate).</summary>
    public List<SnippetRow> Add(string output, IEnumerable<SnippetRow> rows)
    {
        var normalized = SnippetEvaluation.NormalizeWhitespace(output);
        var wrong = new List<SnippetRow>();
        foreach (var row in rows)
        {
            bool found = normalized.Contains(SnippetEvaluation.NormalizeWhitespace(row.Snippet), StringComparison.Ordinal);
            switch (row.IsContent, found)
            {
                case (true, true): TruePositives++; break;
                case (true, false): FalseNegatives++; wrong.Add(row); break;
                case (false, true): FalsePositives++; wrong.Add(row); break;
                default: TrueNegatives++; break;
            }
        }

        return wrong;
    }

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "P {0:0.000}  R {1:0.000}  Acc {2:0.000}  F {3:0.000}  (tp {4}, fn {5}, fp {6}, tn {7})",
        Precision, Recall, Accuracy, F, TruePositives, FalseNegatives, FalsePositives, TrueNegatives);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Runs the boilerplate classifier over a snippet set (a folder with <c>snippets.tsv</c> and <c>html/</c>, such as
/// trafilatura's evaluation pages) and scores the cleaned text against a keep-everything baseline. The pages are
/// analysed as an audit would: against a corpus model built from all of them.
/// </summary>
public sealed class SnippetEvaluation
{
    public const string SnippetFile = "snippets.tsv";

    public SnippetScore Ours { get; } = new();

    /// <summary>All visible text kept: what a scraper without boilerplate removal delivers.</summary>
    public SnippetScore KeepEverything { get; } = new();

    public int Pages { get; private set; }

    /// <summary>Pages in English (no other stoplist wins), whose translation/extraction findings are counted as false alarms.</summary>
    public int EnglishPages { get; private set; }

    /// <summary>Content words of the English pages (the denominator of the false-alarm rate).</summary>
    public long EnglishContentWords { get; private set; }

    /// <summary>Translation and extraction findings on the English pages, by rule id.</summary>
    public SortedDictionary<string, int> HumanFindings { get; } = new(StringComparer.Ordinal);

    /// <summary>Every translation/extraction finding on a human-written English page: page, finding, the text it covers.</summary>
    public List<(string File, Finding Finding, string Text)> HumanFindingList { get; } = [];

    /// <summary>Translation/extraction findings per 10,000 content words of the English (human-written) pages.</summary>
    public double HumanFalseAlarmsPer10k => EnglishContentWords == 0 ? 0 : HumanFindings.Values.Sum() * 10_000.0 / EnglishContentWords;

    /// <summary>Per page, the snippets our output got wrong, for error analysis.</summary>
    public List<(string File, SnippetRow Row)> Errors { get; } = [];

    public List<string> Unreadable { get; } = [];

    public static IReadOnlyList<SnippetRow> Load(string tsvPath)
    {
        var rows = new List<SnippetRow>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(tsvPath))
        {
            lineNo++;
            if (lineNo == 1 && line.StartsWith("url\t", StringComparison.Ordinal))
                continue;
            if (line.Length == 0)
                continue;
            var cols = line.Split('\t');
            if (cols.Length < 5)
                throw new FormatException($"{tsvPath}:{lineNo}: expected 5 tab-separated columns (url, file, lang_guess, label, snippet)");
            bool content = cols[3] switch
            {
                "content" => true,
                "boilerplate" => false,
                _ => throw new FormatException($"{tsvPath}:{lineNo}: label must be content or boilerplate, not '{cols[3]}'"),
            };
            rows.Add(new SnippetRow(cols[1], content, string.Join('\t', cols.Skip(4))));
        }

        return rows;
    }

    /// <summary>Evaluates every page of <paramref name="dir"/> (its <c>snippets.tsv</c> names the files under <c>html/</c>).</summary>
    public static SnippetEvaluation Run(string dir, SnippetInput input, AnalysisOptions? options = null, string? dumpDir = null)
    {
        var tsv = Path.Combine(dir, SnippetFile);
        if (!File.Exists(tsv))
            throw new FileNotFoundException($"{tsv}: no such snippet file");
        var rows = Load(tsv);
        var eval = new SnippetEvaluation();
        var pages = new List<(string File, Article Article, List<SnippetRow> Rows)>();
        foreach (var group in rows.GroupBy(r => r.File, StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, "html", group.Key);
            if (!File.Exists(path))
            {
                eval.Unreadable.Add(group.Key + ": no such page");
                continue;
            }

            var html = TextDecoder.Decode(File.ReadAllBytes(path));
            pages.Add((group.Key, ToArticle(group.Key, html, input), [.. group]));
        }

        var model = new InMemoryCorpusModel();
        foreach (var p in pages)
            model.Add(p.Article);
        var analyzer = new ArticleAnalyzer((options ?? AnalysisOptions.Default) with { Select = ["BP"] });
        var full = new ArticleAnalyzer(options ?? AnalysisOptions.Default);
        foreach (var (file, article, pageRows) in pages)
        {
            // The pages are human-written: every translation or extraction finding on an English one is a false alarm.
            if (MtQuality.Core.Boilerplate.PageLanguage.StoplistFor(article) is null)
            {
                var all = full.Analyze(article, model, selfInCorpus: true);
                eval.EnglishPages++;
                eval.EnglishContentWords += all.ContentWords;
                foreach (var f in all.Findings)
                {
                    if (RuleRegistry.Instance.ById.TryGetValue(f.RuleId, out var d) && d.Category != RuleCategory.Boilerplate)
                    {
                        eval.HumanFindings[f.RuleId] = eval.HumanFindings.GetValueOrDefault(f.RuleId) + 1;
                        eval.HumanFindingList.Add((file, f, InContext(article.Text, f.Span, 50)));
                    }
                }
            }

            var verdict = analyzer.Analyze(article, model, selfInCorpus: true);
            eval.Pages++;
            foreach (var wrong in eval.Ours.Add(ContentText(article, verdict.LineKinds), pageRows))
                eval.Errors.Add((file, wrong));
            eval.KeepEverything.Add(article.Text, pageRows);
            if (dumpDir is not null)
                Dump(dumpDir, file, article, verdict, pageRows, new MtQuality.Core.Boilerplate.PageContext(article, model, selfInCorpus: true));
        }

        return eval;
    }

    /// <summary>
    /// The article the classifier sees. From HTML it carries the DOM evidence; as flattened text it is only the
    /// visible lines, as a scraped corpus delivers them.
    /// </summary>
    public static Article ToArticle(string file, string html, SnippetInput input)
    {
        var r = HtmlText.Extract(html);
        var site = Uri.TryCreate(r.Url, UriKind.Absolute, out var u) ? u.Host : file;
        return input == SnippetInput.Html
            ? new Article(file, r.Text, file, site, r.Title, r.Url) { StructuralHints = r.Hints, Structure = r.Blocks }
            : new Article(file, r.Text, file, site);
    }

    /// <summary>One line per page line: label, DOM evidence and the snippets it holds (for error analysis).</summary>
    private static void Dump(string dumpDir, string file, Article article, ArticleVerdict verdict, List<SnippetRow> rows, MtQuality.Core.Boilerplate.PageContext page)
    {
        var kinds = verdict.LineKinds;
        var reasons = new Dictionary<int, string>();
        foreach (var f in verdict.Findings)
            reasons.TryAdd(article.Lines.IndexOf(f.Span.Start), f.RuleId);
        Directory.CreateDirectory(dumpDir);
        var sb = new StringBuilder();
        for (int i = 0; i < kinds.Count; i++)
        {
            var text = article.Slice(article.Lines.Lines[i].Span);
            var norm = NormalizeWhitespace(text);
            var marks = string.Concat(rows.Where(r => norm.Contains(NormalizeWhitespace(r.Snippet), StringComparison.Ordinal)).Select(r => r.IsContent ? "+" : "-"));
            var b = article.Structure is { } s && i < s.Count ? s[i] : null;
            var dom = b is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{b.Tag} {(b.InArticle ? "A" : "")} ld{b.LinkDensity:0.0} {string.Join('>', b.Containers)}");
            sb.Append(kinds[i] == LineKind.Content ? "C " : kinds[i] == LineKind.Boilerplate ? "B " : "  ").Append(marks.PadRight(2)).Append(' ').Append(reasons.GetValueOrDefault(i, "      ")).Append(' ').Append(page.Classes[i].ToString()[0]).Append(page.InMainBlock(i) ? 'M' : '.').Append(" [").Append(dom).Append("] ")
              .Append(text.Length > 160 ? text[..160] : text).Append('\n');
        }

        File.WriteAllText(Path.Combine(dumpDir, file + ".txt"), sb.ToString());
    }

    /// <summary>Content lines of the article, one a line.</summary>
    public static string ContentText(Article article, IReadOnlyList<LineKind> kinds)
    {
        var sb = new StringBuilder(article.Text.Length);
        for (int i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == LineKind.Content)
                sb.Append(article.SliceSpan(article.Lines.Lines[i].Span)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Runs of white space (including non-breaking spaces and line breaks) folded to one space, trimmed.</summary>
    public static string NormalizeWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    public void Print(TextWriter o, int showErrors = 0, int showHuman = 0)
    {
        o.WriteLine($"Pages: {Pages}  snippets: {Ours.TruePositives + Ours.FalseNegatives} content, {Ours.FalsePositives + Ours.TrueNegatives} boilerplate");
        o.WriteLine($"MtQuality       {Ours}");
        o.WriteLine($"Keep everything {KeepEverything}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Human-written English pages: {EnglishPages} ({EnglishContentWords:N0} content words); translation/extraction findings {HumanFindings.Values.Sum()}, {HumanFalseAlarmsPer10k:0.00} per 10,000 words (all false alarms)"));
        foreach (var (id, n) in HumanFindings.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var name = RuleRegistry.Instance.ById.TryGetValue(id, out var d) ? d.Name : "";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id} {name,-28} {n,5}  {n * 10_000.0 / Math.Max(1, EnglishContentWords),6:0.00} per 10k"));
        }

        foreach (var u in Unreadable)
            o.WriteLine($"  not read: {u}");
        foreach (var (file, row) in Errors.Take(showErrors))
            o.WriteLine($"  {(row.IsContent ? "missed" : "kept  ")} {file}: {row.Snippet}");
        foreach (var (file, f, text) in HumanFindingList.OrderBy(x => x.Finding.RuleId, StringComparer.Ordinal).Take(showHuman))
            o.WriteLine($"  {f.RuleId} {file}: \"{OneLine(text, 200)}\" ({OneLine(f.Message, 160)})");
    }

    /// <summary>The span's text in brackets with up to <paramref name="around"/> characters either side.</summary>
    private static string InContext(string text, TextSpan span, int around)
    {
        int from = Math.Max(0, span.Start - around);
        int to = Math.Min(text.Length, span.End + around);
        return text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to];
    }

    /// <summary>White space folded to one line, cut to <paramref name="max"/> characters.</summary>
    private static string OneLine(string s, int max)
    {
        var t = NormalizeWhitespace(s);
        return t.Length <= max ? t : t[..max] + "…";
    }
}
