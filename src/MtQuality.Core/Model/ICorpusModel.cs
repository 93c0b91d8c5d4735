namespace MtQuality.Core.Model;

/// <summary>In how many documents a word was written lower-case, and capitalised, in mid-sentence positions.</summary>
public readonly record struct CaseCounts(long Lower, long Capitalized)
{
    public long Total => Lower + Capitalized;

    /// <summary>Share of capitalised uses, or null when there is too little evidence.</summary>
    public double? CapitalShare(long minTotal) => Total >= minTotal ? (double)Capitalized / Total : null;
}

/// <summary>
/// What the corpus knows: how many pages of a site carry a line (site templates), how words are usually
/// capitalised, and n-gram counts. Implemented over the Lucene index; <see cref="EmptyCorpusModel"/> when
/// an article is scored standalone. Implementations must be safe to call from several threads.
/// </summary>
public interface ICorpusModel
{
    long Documents { get; }

    int SiteDocuments(string site);

    /// <summary>In how many documents of <paramref name="site"/> a line with this fingerprint occurs.</summary>
    int SiteLineDocuments(string site, string lineFingerprint);

    CaseCounts Case(string lowerWord);

    long Unigram(string lowerWord);

    long Bigram(string lowerWord1, string lowerWord2);

    long Tokens { get; }
}

public sealed class EmptyCorpusModel : ICorpusModel
{
    public static readonly EmptyCorpusModel Instance = new();

    public long Documents => 0;

    public int SiteDocuments(string site) => 0;

    public int SiteLineDocuments(string site, string lineFingerprint) => 0;

    public CaseCounts Case(string lowerWord) => default;

    public long Unigram(string lowerWord) => 0;

    public long Bigram(string lowerWord1, string lowerWord2) => 0;

    public long Tokens => 0;
}
