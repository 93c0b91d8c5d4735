using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// A bigram language model for one article: the background counts that ship with the project
/// (<see cref="BackgroundModel.Prose"/>) plus the corpus counts of the index, with the article's own counts
/// taken out of the corpus ones (leave-one-out: in an audit the article is part of its corpus, and a bigram
/// must not vouch for itself). Probabilities use stupid backoff (Brants et al. 2007, backoff factor 0.4):
/// P(w|v) = c(v w)/c(v) when the pair was seen, else 0.4·c(w)/N. Surprisal is −log2 P, in bits.
/// </summary>
internal sealed class SurprisalModel
{
    public const double BackoffFactor = 0.4;

    private readonly AnalysisContext context;
    private readonly NgramCounts background = BackgroundModel.Prose;
    private readonly ICorpusModel corpus;
    private OwnCounts? own;

    public SurprisalModel(AnalysisContext context)
    {
        this.context = context;
        corpus = context.Corpus;
    }

    /// <summary>The article's own n-gram counts (leave-one-out) and the model's token total.</summary>
    private sealed record OwnCounts(Dictionary<string, int> Unigrams, Dictionary<(string, string), int> Bigrams, long Tokens);

    /// <summary>
    /// Counted at the first question that needs them: an article whose rules never ask the corpus (no red flag, no
    /// spun phrase) skips the count.
    /// </summary>
    private OwnCounts Own => own ??= CountOwn();

    private OwnCounts CountOwn()
    {
        if (corpus.Tokens <= 0)
            return new OwnCounts(new Dictionary<string, int>(StringComparer.Ordinal), [], background.Tokens);
        // The context's tokens and sentences are the ones ArticleStatistics.Compute makes: count them directly.
        var (unigrams, bigrams) = ArticleStatistics.CountNgrams(context.Text, context.Tokens, context.Sentences);
        long counted = 0;
        foreach (var n in unigrams.Values)
            counted += n;
        return new OwnCounts(unigrams, bigrams, background.Tokens + Math.Max(0, corpus.Tokens - counted));
    }

    /// <summary>The lower-cased form the counts use (curly apostrophes folded).</summary>
    public static string Key(string word)
    {
        // Folded in a stack buffer: the word itself when nothing changes, else a shared string (WordInterner).
        if (word.Length > WordInterner.MaxLength)
            return word.ToLowerInvariant().Replace('\u2019', '\'');
        Span<char> buffer = stackalloc char[WordInterner.MaxLength];
        var key = buffer[..word.AsSpan().ToLowerInvariant(buffer)];
        key.Replace('\u2019', '\'');
        return key.SequenceEqual(word) ? word : WordInterner.Get(key);
    }

    // Per token of the article: its key, its unigram count and the bigram count with the token before it.
    // The counts depend on the keys alone, so these are memos; odd-word-order asks for the same ones several times.
    private string?[]? keys;
    private int[]? backgroundIds;
    private long[]? unigramByToken;
    private long[]? bigramWithPrevious;

    /// <summary>The background model's number for the word at token <paramref name="t"/> (-1 when it has none), looked up once per token.</summary>
    private int BackgroundId(int t)
    {
        if (backgroundIds is null)
        {
            backgroundIds = new int[context.Tokens.Count];
            backgroundIds.AsSpan().Fill(-2);
        }

        ref int id = ref backgroundIds[t];
        if (id == -2)
            id = background.WordId(Key(t));
        return id;
    }

    /// <summary><see cref="Key(string)"/> of the word at token index <paramref name="t"/>, computed once per article.</summary>
    public string Key(int t)
    {
        keys ??= new string?[context.Tokens.Count];
        return keys[t] ??= Key(context.Word(t));
    }

    /// <summary><see cref="Unigram(string)"/> of the word at token index <paramref name="t"/>.</summary>
    public long Unigram(int t)
    {
        if (unigramByToken is null)
        {
            unigramByToken = new long[context.Tokens.Count];
            unigramByToken.AsSpan().Fill(-1);
        }

        ref long n = ref unigramByToken[t];
        if (n < 0)
            n = background.Unigram(BackgroundId(t)) + CorpusUnigram(Key(t));
        return n;
    }

    /// <summary><see cref="Bigram(string, string)"/> of the words at token indices <paramref name="t1"/> and <paramref name="t2"/>.</summary>
    public long Bigram(int t1, int t2)
    {
        if (t2 != t1 + 1)
            return Bigram(Key(t1), Key(t2));
        if (bigramWithPrevious is null)
        {
            bigramWithPrevious = new long[context.Tokens.Count];
            bigramWithPrevious.AsSpan().Fill(-1);
        }

        ref long n = ref bigramWithPrevious[t2];
        if (n < 0)
            n = background.Bigram(BackgroundId(t1), BackgroundId(t2)) + CorpusBigram(Key(t1), Key(t2));
        return n;
    }

    /// <summary>The background model alone has the pair of adjacent tokens (so <see cref="Bigram(int, int)"/> is above zero without asking the corpus).</summary>
    public bool SeenInBackground(int t1, int t2) => background.Bigram(BackgroundId(t1), BackgroundId(t2)) > 0;

    /// <summary><see cref="Surprisal(string, string)"/> of the words at token indices <paramref name="v"/> and <paramref name="w"/>.</summary>
    public double? Surprisal(int v, int w)
    {
        long cv = Unigram(v);
        long cw = Unigram(w);
        if (cv == 0 || cw == 0 || Own.Tokens == 0)
            return null;
        long cvw = Bigram(v, w);
        return cvw > 0 ? -Math.Log2((double)cvw / Math.Max(cv, cvw)) : -Math.Log2(BackoffFactor * cw / Own.Tokens);
    }

    public long Unigram(string w) => background.Unigram(w) + CorpusUnigram(w);

    public long Bigram(string v, string w) => background.Bigram(v, w) + CorpusBigram(v, w);

    /// <summary>
    /// The word is in the background model or the corpus (its count is above zero): the background answers most
    /// words without the article's own counts.
    /// </summary>
    public bool Known(string w) => background.Unigram(w) > 0 || CorpusUnigram(w) > 0;

    private long CorpusUnigram(string w) => corpus.Tokens > 0 ? Math.Max(0, corpus.Unigram(w) - Own.Unigrams.GetValueOrDefault(w)) : 0;

    private long CorpusBigram(string v, string w) => corpus.Tokens > 0 ? Math.Max(0, corpus.Bigram(v, w) - Own.Bigrams.GetValueOrDefault((v, w))) : 0;

    /// <summary>Surprisal of <paramref name="w"/> after <paramref name="v"/>, or null when either word is unknown to the model (names, numbers).</summary>
    public double? Surprisal(string v, string w)
    {
        long cv = Unigram(v);
        long cw = Unigram(w);
        if (cv == 0 || cw == 0 || Own.Tokens == 0)
            return null;
        long cvw = Bigram(v, w);
        return cvw > 0 ? -Math.Log2((double)cvw / Math.Max(cv, cvw)) : -Math.Log2(BackoffFactor * cw / Own.Tokens);
    }

    /// <summary>Word tokens of a sentence (token indices) that carry letters.</summary>
    public List<int> Words(Sentence s)
    {
        var list = new List<int>(s.TokenCount);
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Word)
                list.Add(t);
        }

        return list;
    }
}
