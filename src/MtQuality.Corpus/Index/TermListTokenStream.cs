using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MtQuality.Corpus.Index;

/// <summary>
/// A token stream over terms that are already analysed (counted by ArticleStatistics): the index stores exactly
/// these terms, a repeated term once per occurrence so that total term frequencies are counts.
/// </summary>
public sealed class TermListTokenStream : TokenStream
{
    private readonly IReadOnlyList<string> terms;
    private readonly ICharTermAttribute term;
    private int next;

    public TermListTokenStream(IReadOnlyList<string> terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= terms.Count)
            return false;
        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
