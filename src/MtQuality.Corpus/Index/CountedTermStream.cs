using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MtQuality.Corpus.Index;

/// <summary>
/// A token stream over terms that are already analysed and counted (by ArticleStatistics): the index stores exactly
/// these terms, a term counted <c>n</c> times as <c>n</c> tokens so that total term frequencies are the counts
/// (Lucene 4.8 has no term-frequency attribute, so a count can only be fed as repeated tokens).
/// </summary>
/// <remarks>
/// Each distinct term is written into the term attribute once, straight from the statistics (a bigram as
/// <c>w1</c>, space, <c>w2</c>; a prefixed term as prefix then word), and its repeats only return <c>true</c>
/// again: the attributes are then exactly as they were, so the indexer sees the same token. This replaces a list
/// holding every occurrence and a concatenated string per bigram, which cost ~90 KB per article.
/// </remarks>
public abstract class CountedTermStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private int repeats;

    protected CountedTermStream() => term = AddAttribute<ICharTermAttribute>();

    /// <summary>Writes the next distinct term into <paramref name="term"/> (emptied already) and returns its count (at least 1), or false at the end.</summary>
    protected abstract bool NextTerm(ICharTermAttribute term, out int count);

    /// <summary>Starts the terms again from the first.</summary>
    protected abstract void Restart();

    public sealed override bool IncrementToken()
    {
        if (repeats > 0)
        {
            repeats--;
            return true;
        }

        ClearAttributes();
        if (!NextTerm(term, out int count))
            return false;
        repeats = count - 1;
        return true;
    }

    public sealed override void Reset()
    {
        base.Reset();
        repeats = 0;
        Restart();
    }

    /// <summary>Words with their counts (the unigrams).</summary>
    public sealed class Words(IReadOnlyDictionary<string, int> counts) : CountedTermStream
    {
        private IEnumerator<KeyValuePair<string, int>> items = counts.GetEnumerator();

        protected override bool NextTerm(ICharTermAttribute term, out int count)
        {
            count = 0;
            while (items.MoveNext())
            {
                var (word, n) = items.Current;
                if (n <= 0)
                    continue;
                term.Append(word);
                count = n;
                return true;
            }

            return false;
        }

        protected override void Restart() => items = counts.GetEnumerator();
    }

    /// <summary>Word pairs with their counts, each written as "w1 w2" (the bigrams).</summary>
    public sealed class Pairs(IReadOnlyDictionary<(string, string), int> counts) : CountedTermStream
    {
        private IEnumerator<KeyValuePair<(string, string), int>> items = counts.GetEnumerator();

        protected override bool NextTerm(ICharTermAttribute term, out int count)
        {
            count = 0;
            while (items.MoveNext())
            {
                var ((w1, w2), n) = items.Current;
                if (n <= 0)
                    continue;
                term.Append(w1).Append(' ').Append(w2);
                count = n;
                return true;
            }

            return false;
        }

        protected override void Restart() => items = counts.GetEnumerator();
    }

    /// <summary>Terms <c>prefix</c> + word, each once (site-line fingerprints: prefix = site + U+001F).</summary>
    public sealed class Prefixed(string prefix, IEnumerable<string> words) : CountedTermStream
    {
        private IEnumerator<string> items = words.GetEnumerator();

        protected override bool NextTerm(ICharTermAttribute term, out int count)
        {
            count = 1;
            if (!items.MoveNext())
                return false;
            term.Append(prefix).Append(items.Current);
            return true;
        }

        protected override void Restart() => items = words.GetEnumerator();
    }

    /// <summary>Mid-sentence case observations, each once: "l|word" when the word occurs lower-case, "u|word" when capitalised.</summary>
    public sealed class CaseObservations(IReadOnlyList<(string Word, int Lower, int Upper)> counts) : CountedTermStream
    {
        private int next;
        private bool upperDone = true;

        protected override bool NextTerm(ICharTermAttribute term, out int count)
        {
            count = 1;
            while (true)
            {
                if (!upperDone)
                {
                    // The "u|" term of the entry whose "l|" term came last.
                    upperDone = true;
                    var (word, _, upper) = counts[next - 1];
                    if (upper > 0)
                    {
                        term.Append("u|").Append(word);
                        return true;
                    }
                }

                if (next >= counts.Count)
                    return false;
                var (w, lower, _) = counts[next++];
                upperDone = false;
                if (lower > 0)
                {
                    term.Append("l|").Append(w);
                    return true;
                }
            }
        }

        protected override void Restart()
        {
            next = 0;
            upperDone = true;
        }
    }
}
