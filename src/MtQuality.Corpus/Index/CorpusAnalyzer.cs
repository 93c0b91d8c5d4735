using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace MtQuality.Corpus.Index;

/// <summary>
/// The analysis chain of the corpus index, composed in one place: <c>text</c> gets standard tokens, lower-cased
/// (unigram counts); <c>ng</c> gets word bigrams only (shingles of two), the corpus's own n-gram model.
/// Offsets point at the original text throughout.
/// </summary>
public sealed class CorpusAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Per-field reuse: the fields have different chains, so one cached chain for all would mix them up.</summary>
    public CorpusAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (fieldName == CorpusFields.Bigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            stream = shingles;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>Field names of the corpus index, in one place.</summary>
public static class CorpusFields
{
    public const string Id = "id";
    public const string Path = "path";
    public const string Site = "site";
    public const string Hash = "hash";
    public const string Title = "title";
    public const string Text = "text";
    public const string Bigrams = "ng";

    /// <summary>site + U+001F + line fingerprint, once per document (site templates).</summary>
    public const string SiteLine = "sitefp";

    /// <summary>"l|word" or "u|word", once per document: the word occurs lower-case / capitalised mid-sentence.</summary>
    public const string Case = "case";

    public const string Meta = "meta";

    /// <summary>id + U+001F + content hash: one term lookup tells whether an article is indexed unchanged.</summary>
    public const string IdHash = "idhash";

    public static string IdHashTerm(string id, string hash) => id + "\u001f" + hash;

    public static string SiteLineTerm(string site, string fingerprint) => site + "\u001f" + fingerprint;

    /// <summary>What <see cref="SiteLineTerm"/> puts between the site and the fingerprint.</summary>
    public const char SiteLineSeparator = '\u001f';
}
