using MtQuality.Core.Boilerplate;
using MtQuality.Core.Text;

namespace MtQuality.Core.Model;

/// <summary>
/// Corpus statistics as plain mergeable counts: per-site line-fingerprint document frequencies, mid-sentence
/// case counts and uni/bigram counts. It is the reference for what the Lucene-backed model answers, serves
/// small corpora and tests, and two instances built on different shards merge with <see cref="Merge"/>.
/// </summary>
public sealed class InMemoryCorpusModel : ICorpusModel
{
    private readonly Dictionary<string, int> siteDocs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Site, string Fp), int> siteLines = [];
    private readonly Dictionary<string, (long Lower, long Upper)> cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), long> bigrams = [];

    public long Documents { get; private set; }

    public long Tokens { get; private set; }

    public void Add(Article article)
    {
        var stats = ArticleStatistics.Compute(article);
        Add(article.Site, stats);
    }

    public void Add(string site, ArticleStatistics stats)
    {
        Documents++;
        siteDocs[site] = siteDocs.GetValueOrDefault(site) + 1;
        foreach (var fp in stats.LineFingerprints)
            siteLines[(site, fp)] = siteLines.GetValueOrDefault((site, fp)) + 1;
        foreach (var (word, lower, upper) in stats.CaseCounts)
        {
            var c = cases.GetValueOrDefault(word);
            // Document frequencies, as the index counts them: one article repeating a word cannot tip its case.
            cases[word] = (c.Lower + (lower > 0 ? 1 : 0), c.Upper + (upper > 0 ? 1 : 0));
        }

        foreach (var (w, n) in stats.Unigrams)
        {
            unigrams[w] = unigrams.GetValueOrDefault(w) + n;
            Tokens += n;
        }

        foreach (var (pair, n) in stats.Bigrams)
            bigrams[pair] = bigrams.GetValueOrDefault(pair) + n;
    }

    public void Merge(InMemoryCorpusModel other)
    {
        Documents += other.Documents;
        Tokens += other.Tokens;
        foreach (var (k, v) in other.siteDocs)
            siteDocs[k] = siteDocs.GetValueOrDefault(k) + v;
        foreach (var (k, v) in other.siteLines)
            siteLines[k] = siteLines.GetValueOrDefault(k) + v;
        foreach (var (k, v) in other.cases)
        {
            var c = cases.GetValueOrDefault(k);
            cases[k] = (c.Lower + v.Lower, c.Upper + v.Upper);
        }

        foreach (var (k, v) in other.unigrams)
            unigrams[k] = unigrams.GetValueOrDefault(k) + v;
        foreach (var (k, v) in other.bigrams)
            bigrams[k] = bigrams.GetValueOrDefault(k) + v;
    }

    public int SiteDocuments(string site) => siteDocs.GetValueOrDefault(site);

    public int SiteLineDocuments(string site, string lineFingerprint) => siteLines.GetValueOrDefault((site, lineFingerprint));

    public CaseCounts Case(string lowerWord)
    {
        var c = cases.GetValueOrDefault(lowerWord);
        return new CaseCounts(c.Lower, c.Upper);
    }

    public long Unigram(string lowerWord) => unigrams.GetValueOrDefault(lowerWord);

    public long Bigram(string lowerWord1, string lowerWord2) => bigrams.GetValueOrDefault((lowerWord1, lowerWord2));
}

/// <summary>
/// What one article contributes to the corpus model. Pure: the same article always gives the same counts,
/// so pass 1 can run anywhere and its results merge.
/// </summary>
public sealed class ArticleStatistics
{
    public required IReadOnlyCollection<string> LineFingerprints { get; init; }

    /// <summary>Mid-sentence word occurrences: lower-case key, lower-case uses, capitalised uses.</summary>
    public required IReadOnlyList<(string Word, int Lower, int Upper)> CaseCounts { get; init; }

    public required IReadOnlyDictionary<string, int> Unigrams { get; init; }

    public required IReadOnlyDictionary<(string, string), int> Bigrams { get; init; }

    public static ArticleStatistics Compute(Article article)
    {
        var text = article.Text;
        var fps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in article.Lines.Lines)
        {
            var fp = LineFingerprint.Of(article.SliceSpan(line.Span));
            if (fp.Length > 0)
                fps.Add(fp);
        }

        var tokens = Tokenizer.Tokenize(text, article.Lines);
        var sentences = Segmenter.Split(text, tokens, article.Lines);
        var (unigrams, bigrams, caseMap) = Count(text, tokens, sentences, withCases: true);
        return new ArticleStatistics
        {
            LineFingerprints = fps,
            CaseCounts = CaseList(caseMap!),
            Unigrams = unigrams,
            Bigrams = bigrams,
        };
    }

    private static List<(string Word, int Lower, int Upper)> CaseList(Dictionary<string, (int Lower, int Upper)> caseMap)
    {
        var list = new List<(string Word, int Lower, int Upper)>(caseMap.Count);
        foreach (var (word, (lower, upper)) in caseMap)
            list.Add((word, lower, upper));
        return list;
    }

    /// <summary>
    /// The article's unigram and bigram counts only, exactly as <see cref="Compute"/> counts them, from tokens and
    /// sentences the caller already has (pass 2's <c>AnalysisContext</c>): the language model takes an article's
    /// own counts out of the corpus ones without tokenising, segmenting and fingerprinting it a second time.
    /// </summary>
    public static (Dictionary<string, int> Unigrams, Dictionary<(string, string), int> Bigrams) CountNgrams(string text, List<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var (unigrams, bigrams, _) = Count(text, tokens, sentences, withCases: false);
        return (unigrams, bigrams);
    }

    private static (Dictionary<string, int> Unigrams, Dictionary<(string, string), int> Bigrams, Dictionary<string, (int Lower, int Upper)>? Cases) Count(
        string text, List<Token> tokens, IReadOnlyList<Sentence> sentences, bool withCases)
    {
        // Sized from the article's word count so the tables are not grown (and copied) while counting: every word adds
        // at most one word and one pair, every sentence one closing pair. Enumeration order is insertion order whatever
        // the capacity, so the counts come out exactly as before.
        int words = 0;
        foreach (var s in sentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (tokens[t].Kind == TokenKind.Word)
                    words++;
            }
        }

        var caseMap = withCases ? new Dictionary<string, (int Lower, int Upper)>(UnigramCapacity(words), StringComparer.Ordinal) : null;
        var unigrams = new Dictionary<string, int>(UnigramCapacity(words), StringComparer.Ordinal);
        var known = unigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        var bigrams = new Dictionary<(string, string), int>(words + sentences.Count);
        Span<char> buffer = stackalloc char[128];
        foreach (var s in sentences)
        {
            bool titleCaseLine = withCases && IsMostlyCapitalised(text, tokens, s);
            string prev = "<s>";
            bool first = true;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = tokens[t];
                if (tok.Kind != TokenKind.Word)
                {
                    if (tok.Kind == TokenKind.Punct && (TextFacts.IsAnyQuote(text[tok.Start]) || text[tok.Start] is ':' or '(' or '—' or '–'))
                        first = true; // a word after a quote or colon may be capitalised legitimately
                    continue;
                }

                var word = text.AsSpan(tok.Start, tok.Span.Length);
                // One string per distinct word of the article: look the lower-cased span up before allocating.
                string lower;
                if (word.Length <= buffer.Length)
                {
                    var folded = buffer[..word.Length];
                    word.ToLowerInvariant(folded);
                    if (known.TryGetValue(folded, out var existing, out int seen))
                    {
                        lower = existing;
                        unigrams[lower] = seen + 1;
                    }
                    else
                    {
                        lower = WordInterner.Get(folded);
                        unigrams[lower] = 1;
                    }
                }
                else
                {
                    lower = word.ToString().ToLowerInvariant();
                    unigrams[lower] = unigrams.GetValueOrDefault(lower) + 1;
                }

                ref int pairs = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bigrams, (prev, lower), out _);
                pairs++;
                prev = lower;
                if (caseMap is not null && !first && !titleCaseLine && char.IsLetter(word[0]) && !TextFacts.IsAllCaps(word))
                {
                    var c = caseMap.GetValueOrDefault(lower);
                    caseMap[lower] = char.IsUpper(word[0]) ? (c.Lower, c.Upper + 1) : (c.Lower + 1, c.Upper);
                }

                first = false;
            }

            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bigrams, (prev, "</s>"), out _)++;
        }

        return (unigrams, bigrams, caseMap);
    }

    /// <summary>
    /// Room for an article's distinct words, about half its words (generated 5 KB articles, profile 400: a third
    /// grew the tables; all of the words over-allocated; the case table sized the same did best too).
    /// </summary>
    private static int UnigramCapacity(int words) => words / 2 + 8;

    /// <summary>Headlines in Title Case say nothing about how a word is usually written.</summary>
    private static bool IsMostlyCapitalised(string text, List<Token> tokens, Sentence s)
    {
        int words = 0;
        int caps = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
                continue;
            words++;
            if (char.IsUpper(text[tokens[t].Start]))
                caps++;
        }

        return words >= 3 && caps * 10 >= words * 6;
    }
}
