using System.Runtime.CompilerServices;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Boilerplate;

/// <summary>
/// A page as the boilerplate rules see it: per-line features and classes, the main block of prose
/// (first to last good line, jusText's context), the content words of that block, and the corpus model.
/// </summary>
public sealed class PageContext
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PageContext(Article article, ICorpusModel corpus, bool selfInCorpus)
    {
        Article = article;
        Corpus = corpus;
        SelfInCorpus = selfInCorpus;
        var lines = article.Lines.Lines;
        Features = new LineFeatures[lines.Count];
        Classes = new LineClass[lines.Count];
        Stoplist = PageLanguage.StoplistFor(article);
        for (int i = 0; i < lines.Count; i++)
        {
            Features[i] = LineFeatureExtractor.Extract(i, article.SliceSpan(lines[i].Span), Stoplist);
            Classes[i] = Features[i].Classify();
        }

        (MainStart, MainEnd) = FindMainBlock(Classes, Features);
        // The title search is the main block's only reader while the page is built: it reads the block's words from
        // this thread's reused set, which belongs to the next page afterwards (MainWordSet builds a set of the page's
        // own if anything asks later).
        var scratch = mainScratch ??= new WordSpanSet();
        scratch.Clear();
        mainWords = CollectContentWords(scratch);
        TitleLine = ContentGuard.FindTitleLine(this);
        mainWords = null;
        if (scratch.Chars > MaxKeptScratchChars)
            mainScratch = null;
    }

    /// <summary>The line taken for the headline (before the main block, sharing its vocabulary), or -1.</summary>
    public int TitleLine { get; }

    public Article Article { get; }

    /// <summary>The stopword list of the page's language when it is not English (jusText's per-language lists), else null.</summary>
    public MtQuality.Core.Lexicons.WordSet? Stoplist { get; }

    public ICorpusModel Corpus { get; }

    /// <summary>True when the article itself is counted in <see cref="Corpus"/> (an audit), false for a new article.</summary>
    public bool SelfInCorpus { get; }

    public LineFeatures[] Features { get; }

    public LineClass[] Classes { get; }

    /// <summary>First line of the main block of prose, inclusive; -1 when the page has none.</summary>
    public int MainStart { get; }

    /// <summary>Last line of the main block of prose, inclusive.</summary>
    public int MainEnd { get; }

    /// <summary>The content words of the main block, lower-cased (made on first use: the page itself asks <see cref="OverlapWithMain"/>, which reads them as spans).</summary>
    public HashSet<string> MainWords => mainWordStrings ??= new HashSet<string>(MainWordSet.Words(), StringComparer.Ordinal);

    private WordSpanSet MainWordSet => mainWords ??= CollectContentWords(new WordSpanSet());

    private WordSpanSet? mainWords;
    private HashSet<string>? mainWordStrings;

    [ThreadStatic]
    private static WordSpanSet? mainScratch;

    /// <summary>Characters of word buffer a thread's reused set keeps between pages.</summary>
    private const int MaxKeptScratchChars = 1 << 16;

    public int LineCount => Features.Length;

    public bool InMainBlock(int line) => MainStart >= 0 && line >= MainStart && line <= MainEnd;

    public bool BeforeMainBlock(int line) => MainStart < 0 || line < MainStart;

    public bool AfterMainBlock(int line) => MainStart >= 0 && line > MainEnd;

    private Dictionary<string, int>? firstByFingerprint;
    private readonly Dictionary<object, object> memo = [];

    /// <summary>A page-level value computed once per page for the rule that owns <paramref name="key"/>.</summary>
    public T Memo<T>(object key, Func<PageContext, T> compute)
        where T : notnull
    {
        if (memo.TryGetValue(key, out var v))
            return (T)v;
        var value = compute(this);
        memo[key] = value;
        return value;
    }

    /// <summary>The first line with the same fingerprint as <paramref name="line"/> (itself when it is the first); one pass over the page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FirstWithFingerprint(int line)
    {
        if (firstByFingerprint is null)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < Features.Length; i++)
                map.TryAdd(Features[i].Fingerprint, i);
            firstByFingerprint = map;
        }

        return firstByFingerprint[Features[line].Fingerprint];
    }

    /// <summary>
    /// From HTML: the DOM places the line in the article element (article, main, articleBody), outside any furniture
    /// container, and it is not a link list. Such a line is article text whatever its length or position.
    /// </summary>
    public bool IsArticleElementText(int line) =>
        Article.Structure is { } s && line < s.Count
        && s[line] is { InArticle: true, Containers.Count: 0 } b && b.LinkDensity < ArticleLinkDensityLimit;

    /// <summary>Link density from which a line counts as a link list (navigation), not text.</summary>
    public const double ArticleLinkDensityLimit = 0.5;

    public ReadOnlySpan<char> LineText(int line) => Article.SliceSpan(Article.Lines.Lines[line].Span);

    /// <summary>
    /// How many distinct content words of the line also occur in the main block (or in line <paramref name="alsoLine"/>).
    /// Weekday and month names are not counted: a date widget ("Monday, December 1, 2026") shares them with any story.
    /// </summary>
    public (int Shared, int Total) OverlapWithMain(int line, int alsoLine = -1)
    {
        // The words are compared as spans in sets reused from call to call (this thread's), never as strings.
        WordSpanSet? also = null;
        var main = MainWordSet;
        if (alsoLine >= 0)
        {
            also = alsoScratch ??= new WordSpanSet();
            also.Clear();
            AddContentWords(also, alsoLine);
        }

        int shared = 0;
        int total = 0;
        var seen = seenScratch ??= new WordSpanSet();
        seen.Clear();
        var text = LineText(line);
        Span<char> buffer = stackalloc char[MaxWordLength];
        foreach (var range in LineFeatureExtractor.WordRanges(text))
        {
            var w = text[range];
            if (!LineFeatureExtractor.IsContentWord(w) || w.Length > MaxWordLength || TextFacts.IsCalendarName(w))
                continue;
            var lower = buffer[..w.ToLowerInvariant(buffer)];
            if (!seen.Add(lower))
                continue;
            total++;
            if (main.Contains(lower) || (also is not null && also.Contains(lower)))
                shared++;
        }

        return (shared, total);
    }

    [ThreadStatic]
    private static WordSpanSet? alsoScratch;

    [ThreadStatic]
    private static WordSpanSet? seenScratch;

    private bool[]? wrappedProse;

    /// <summary>
    /// The line belongs to a hard-wrapped paragraph (preformatted text, plain-text mail): a run of at least
    /// <see cref="WrappedMinLines"/> lines where each line stops mid-sentence and the next begins in lower case,
    /// which together read as prose (jusText's length and stopword limits applied to the joined run).
    /// </summary>
    public bool InWrappedProse(int line)
    {
        wrappedProse ??= FindWrappedProse();
        return wrappedProse[line];
    }

    public const int WrappedMinLines = 3;

    public const int WrappedMinWords = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool[] FindWrappedProse()
    {
        var result = new bool[LineCount];
        int i = 0;
        while (i < LineCount)
        {
            int end = i;
            while (end + 1 < LineCount && Continues(end))
                end++;
            if (end - i + 1 >= WrappedMinLines)
            {
                int chars = 0;
                double stop = 0;
                int words = 0;
                for (int k = i; k <= end; k++)
                {
                    chars += Features[k].Chars;
                    words += Features[k].Words;
                    stop += Features[k].StopwordDensity * Features[k].Words;
                }

                if (chars >= LineFeatures.LongLength && words > 0 && stop / words >= LineFeatures.LowDensity)
                {
                    for (int k = i; k <= end; k++)
                        result[k] = true;
                }
            }

            i = end + 1;
        }

        return result;
    }

    /// <summary>Line <paramref name="j"/> stops mid-sentence and the very next line carries on in lower case.</summary>
    private bool Continues(int j)
    {
        var a = Features[j];
        var b = Features[j + 1];
        if (a.Words < WrappedMinWords || b.Words < WrappedMinWords || a.EndsWithTerminal)
            return false;
        var next = LineText(j + 1).TrimStart();
        return next.Length > 0 && char.IsLower(next[0]);
    }

    /// <summary>Longer "words" (hashes, run-together URLs) are not vocabulary.</summary>
    public const int MaxWordLength = 64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int, int) FindMainBlock(LineClass[] classes, LineFeatures[] features)
    {
        int first = Array.IndexOf(classes, LineClass.Good);
        if (first >= 0)
        {
            // jusText's context: a near-good paragraph next to the good ones is good. Only prose sentences (a final
            // stop) join, across blank lines, so a near-good link list or credit line stays outside.
            int last = Array.LastIndexOf(classes, LineClass.Good);
            for (int j = first - 1; j >= 0 && (classes[j] == LineClass.Blank || (classes[j] == LineClass.NearGood && features[j].EndsWithTerminal)); j--)
            {
                if (classes[j] == LineClass.NearGood)
                    first = j;
            }

            for (int j = last + 1; j < classes.Length && (classes[j] == LineClass.Blank || (classes[j] == LineClass.NearGood && features[j].EndsWithTerminal)); j++)
            {
                if (classes[j] == LineClass.NearGood)
                    last = j;
            }

            return (first, last);
        }
        first = Array.IndexOf(classes, LineClass.NearGood);
        if (first >= 0)
            return (first, Array.LastIndexOf(classes, LineClass.NearGood));
        int best = -1;
        for (int i = 0; i < features.Length; i++)
        {
            if (features[i].Chars > 0 && (best < 0 || features[i].Chars > features[best].Chars))
                best = i;
        }

        return (best, best);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private WordSpanSet CollectContentWords(WordSpanSet set)
    {
        if (MainStart < 0)
            return set;
        for (int i = MainStart; i <= MainEnd; i++)
        {
            if (Classes[i] is LineClass.Good or LineClass.NearGood)
                AddContentWords(set, i);
        }

        return set;
    }

    /// <summary>Adds the content words of <paramref name="line"/>, lower-cased, to <paramref name="set"/>.</summary>
    private void AddContentWords(WordSpanSet set, int line)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var text = LineText(line);
        foreach (var range in LineFeatureExtractor.WordRanges(text))
        {
            var w = text[range];
            if (LineFeatureExtractor.IsContentWord(w) && w.Length <= MaxWordLength)
                set.Add(buffer[..w.ToLowerInvariant(buffer)]);
        }
    }
}
