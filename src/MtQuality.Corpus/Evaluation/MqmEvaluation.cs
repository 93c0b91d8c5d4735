using System.Globalization;
using MtQuality.Core.Analysis;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Corpus.Evaluation;

/// <summary>A span a detector reported in an <see cref="MqmDocument"/> (offsets into the document text).</summary>
public readonly record struct Detection(string RuleId, string Family, int Start, int End);

/// <summary>Something that marks spans in MQM documents: the rule catalogue or a trivial baseline.</summary>
public interface IMqmDetector
{
    string Name { get; }

    string Description { get; }

    IEnumerable<Detection> Detect(MqmDocument document);
}

/// <summary>
/// Measures detectors against professional MQM annotation (Freitag et al. 2021): span precision (share of
/// findings overlapping an error span of any rater in the same segment), segment precision and recall against
/// MQM ≥ <see cref="BadSegmentMqm"/>, and false alarms per 10,000 words on the best human reference
/// (<see cref="CleanSystem"/>), per family and per rule. MQM marks errors, not their origin, so a finding on a
/// human reference that overlaps a rater's span is counted as a hit there too; "false alarms" are all
/// findings on the clean reference that overlap no rater's span.
/// </summary>
public sealed class MqmEvaluation
{
    public const double BadSegmentMqm = 5;

    public const string CleanSystem = "refB";

    public required string Detector { get; init; }

    public required string Description { get; init; }

    public Tally All { get; } = new();

    public SortedDictionary<string, Tally> Families { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Tally> Rules { get; } = new(StringComparer.Ordinal);

    /// <summary>Segments with MQM ≥ 5 (over every system).</summary>
    public int BadSegments { get; private set; }

    public int Segments { get; private set; }

    public long CleanWords { get; private set; }

    /// <summary>Figures of one detector, family or rule.</summary>
    public sealed class Tally
    {
        public int Findings { get; set; }

        public int Overlapping { get; set; }

        public int FlaggedSegments { get; set; }

        public int FlaggedBadSegments { get; set; }

        public int CleanFindings { get; set; }

        public int CleanFalseAlarms { get; set; }

        public double SpanPrecision => Findings == 0 ? 0 : (double)Overlapping / Findings;

        public double SegmentPrecision => FlaggedSegments == 0 ? 0 : (double)FlaggedBadSegments / FlaggedSegments;

        public double SegmentRecall(int bad) => bad == 0 ? 0 : (double)FlaggedBadSegments / bad;
    }

    public double FalseAlarmsPer10k(Tally t) => CleanWords == 0 ? 0 : 10_000.0 * t.CleanFalseAlarms / CleanWords;

    public double CleanFindingsPer10k(Tally t) => CleanWords == 0 ? 0 : 10_000.0 * t.CleanFindings / CleanWords;

    public static MqmEvaluation Run(IReadOnlyList<MqmDocument> documents, IMqmDetector detector)
    {
        var eval = new MqmEvaluation { Detector = detector.Name, Description = detector.Description };
        foreach (var doc in documents)
            eval.Add(doc, detector.Detect(doc).ToList());
        return eval;
    }

    private void Add(MqmDocument doc, List<Detection> detections)
    {
        bool clean = string.Equals(doc.System, CleanSystem, StringComparison.Ordinal);
        var flagged = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < doc.Segments.Count; i++)
        {
            Segments++;
            if (doc.Segments[i].Mqm >= BadSegmentMqm)
                BadSegments++;
            if (clean)
                CleanWords += CountWords(doc.Segments[i].Target);
        }

        foreach (var d in detections)
        {
            int seg = doc.SegmentAt(d.Start);
            int offset = doc.Offsets[seg];
            int s = d.Start - offset;
            int e = Math.Max(s + 1, d.End - offset);
            bool hit = doc.Segments[seg].Errors.Any(x => x.Start < e && s < x.End);
            foreach (var (key, tally) in Tallies(d))
            {
                tally.Findings++;
                if (hit)
                    tally.Overlapping++;
                if (clean)
                {
                    tally.CleanFindings++;
                    if (!hit)
                        tally.CleanFalseAlarms++;
                }

                if (!flagged.TryGetValue(key, out var set))
                    flagged[key] = set = [];
                set.Add(seg);
            }
        }

        foreach (var (key, segs) in flagged)
        {
            var tally = TallyOf(key);
            foreach (int seg in segs)
            {
                tally.FlaggedSegments++;
                if (doc.Segments[seg].Mqm >= BadSegmentMqm)
                    tally.FlaggedBadSegments++;
            }
        }
    }

    private IEnumerable<(string Key, Tally Tally)> Tallies(Detection d)
    {
        yield return ("*", All);
        yield return ("f:" + d.Family, TallyOf("f:" + d.Family));
        yield return ("r:" + d.RuleId, TallyOf("r:" + d.RuleId));
    }

    private Tally TallyOf(string key)
    {
        if (key == "*")
            return All;
        var map = key.StartsWith("f:", StringComparison.Ordinal) ? Families : Rules;
        var name = key[2..];
        if (!map.TryGetValue(name, out var t))
            map[name] = t = new Tally();
        return t;
    }

    internal static int CountWords(string text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord)
                n++;
            inWord = w || (inWord && (c == '\'' || c == '’' || c == '-'));
        }

        return n;
    }

    public void Print(TextWriter o, bool details = true)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Format(inv, "{0}: {1}", Detector, Description));
        o.WriteLine(string.Format(inv, "  findings {0}, span precision {1:0.000} ({2} overlap an MQM error span)", All.Findings, All.SpanPrecision, All.Overlapping));
        o.WriteLine(string.Format(inv, "  segments (MQM >= {0}): P {1:0.000}  R {2:0.000}  ({3} flagged, {4} of {5} bad segments)", BadSegmentMqm, All.SegmentPrecision, All.SegmentRecall(BadSegments), All.FlaggedSegments, All.FlaggedBadSegments, BadSegments));
        o.WriteLine(string.Format(inv, "  {0} ({1:N0} words): false alarms {2:0.00} per 10,000 words ({3} findings, {4} on no MQM span; all findings {5:0.00} per 10,000)", CleanSystem, CleanWords, FalseAlarmsPer10k(All), All.CleanFindings, All.CleanFalseAlarms, CleanFindingsPer10k(All)));
        if (!details)
            return;
        o.WriteLine();
        o.WriteLine("  Per family                  findings  spanP   segP    segR   refB FA/10k");
        foreach (var (name, t) in Families)
            o.WriteLine(Row(name, t));
        o.WriteLine();
        o.WriteLine("  Per rule                    findings  spanP   segP    segR   refB FA/10k");
        var registry = RuleRegistry.Instance;
        foreach (var (id, t) in Rules)
            o.WriteLine(Row(registry.ById.TryGetValue(id, out var d) ? $"{id} {d.Name}" : id, t));
    }

    private string Row(string name, Tally t) =>
        string.Format(CultureInfo.InvariantCulture, "  {0,-28}{1,6}   {2:0.000}  {3:0.000}  {4:0.000}  {5,6:0.00}", name.Length > 28 ? name[..28] : name, t.Findings, t.SpanPrecision, t.SegmentPrecision, t.SegmentRecall(BadSegments), FalseAlarmsPer10k(t));
}

/// <summary>
/// The rule catalogue: every translation (MT) and extraction (EX) span rule, run on each talk as one article
/// (one segment a line, every line content: the talks carry no page furniture), against a corpus model built
/// from all the talks of the set, as an audit would.
/// </summary>
public sealed class RuleCatalogueDetector : IMqmDetector
{
    private readonly IReadOnlyList<IRule> rules;
    private readonly ICorpusModel corpus;

    public RuleCatalogueDetector(IReadOnlyList<MqmDocument> documents, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        rules = [.. RuleRegistry.Instance.SpanRules.Where(r => r.Descriptor.Category != RuleCategory.Boilerplate && options.IsEnabled(r.Descriptor))];
        var model = new InMemoryCorpusModel();
        foreach (var d in documents)
            model.Add(ToArticle(d));
        corpus = model;
    }

    public string Name => "mtquality";

    public string Description => $"{rules.Count} translation and extraction rules";

    public static Article ToArticle(MqmDocument d) => new(d.Id, d.Text, site: d.System, title: d.Doc);

    public IEnumerable<Detection> Detect(MqmDocument document) => Findings(document).Select(f =>
    {
        var desc = RuleRegistry.Instance.ById[f.RuleId];
        return new Detection(f.RuleId, desc.Family, f.Span.Start, f.Span.End);
    });

    public List<Finding> Findings(MqmDocument document)
    {
        var context = new AnalysisContext(ToArticle(document), corpus);
        var findings = new List<Finding>();
        foreach (var r in rules)
            r.Analyze(context, findings);
        return findings;
    }
}

/// <summary>
/// Trivial baseline 1 (spelling heuristic): every lower-case word that is not in the English word list.
/// </summary>
public sealed class UnknownWordBaseline : IMqmDetector
{
    public string Name => "baseline-unknown-word";

    public string Description => "every lower-case word absent from english-words.tsv (a spell-checker heuristic)";

    public IEnumerable<Detection> Detect(MqmDocument document)
    {
        var text = document.Text;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            var w = text.AsSpan(s, i - s);
            if (char.IsLower(w[0]) && !EnglishLexicon.IsWord(w) && (i >= text.Length || text[i] is not ('\'' or '’' or '-')) && (s == 0 || text[s - 1] is not ('\'' or '’' or '-')))
                yield return new Detection("unknown-word", "baseline", s, i);
        }
    }
}

/// <summary>
/// Trivial baseline 2 (length and punctuation heuristic): every sentence of 30 words or more, and every comma or
/// stop preceded by a space or doubled.
/// </summary>
public sealed class LengthPunctuationBaseline : IMqmDetector
{
    public const int LongSentenceWords = 30;

    public string Name => "baseline-length-punctuation";

    public string Description => $"sentences of >= {LongSentenceWords} words, and ' ,' ' .' ',,' '..' (a length and punctuation heuristic)";

    public IEnumerable<Detection> Detect(MqmDocument document)
    {
        var text = document.Text;
        var article = RuleCatalogueDetector.ToArticle(document);
        var tokens = Tokenizer.Tokenize(article.Text, article.Lines);
        foreach (var s in Segmenter.Split(article.Text, tokens, article.Lines))
        {
            int words = 0;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (tokens[t].Kind == TokenKind.Word)
                    words++;
            }

            if (words >= LongSentenceWords)
                yield return new Detection("long-sentence", "baseline", s.Span.Start, s.Span.End);
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] is ',' or '.' && (text[i - 1] == ' ' || (text[i - 1] == text[i] && (i + 1 >= text.Length || text[i + 1] != '.') && (i < 2 || text[i - 2] != '.'))))
                yield return new Detection("punctuation", "baseline", i - 1, i + 1);
        }
    }
}
