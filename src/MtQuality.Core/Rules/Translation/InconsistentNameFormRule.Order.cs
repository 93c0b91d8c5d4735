using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>inconsistent-name-form, its fifth mechanism: one person's two names in both orders.</summary>
public sealed partial class InconsistentNameFormRule
{
    /// <summary>Most distinct two-word names kept per article, so hostile text of endless names stays linear.</summary>
    public const int MaxNamePairs = 4096;

    /// <summary>
    /// The same two names written in both orders: Hungarian, Chinese, Japanese, Korean and Vietnamese put the family
    /// name first, and a translation that turns most of an article's "Szabó Lajos" into "Lajos Szabó" may keep one
    /// ("said Szabó Lajos" beside "Lajos Szabó" twice). The pair is the last two words of a run of names; each word
    /// title case, letters only, two letters or more and no lower-case English word ("Hill Street", "Street Hill"); the
    /// rarer order is flagged at its first use, only where it is a run of two words of its own and is strictly rarer.
    /// Pairs are kept by the hashes of their two words in a table reused across articles, so nothing is allocated for a
    /// name written in one order only.
    /// </summary>
    private static void SwappedNameOrder(AnalysisContext context, bool[] names, List<Finding> findings, List<TextSpan> flagged)
    {
        var tokens = context.Tokens;
        var pairs = PairScratch ??= [];
        pairs.Clear();
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            // The last two words of each run of names: "Mayor Lajos Szabó" → Lajos, Szabó.
            if (!names[t] || !names[t + 1] || !OneSpaceApart(context, t, t + 1)
                || (t + 2 < tokens.Count && names[t + 2] && OneSpaceApart(context, t + 1, t + 2)))
                continue;
            var first = context.WordSpan(t);
            var second = WordWithoutPossessive(context, t + 1);
            // The dictionary test waits until a pair turns out to be written in both orders (hardly ever).
            if (!IsOrderShape(first) || !IsOrderShape(second) || first.SequenceEqual(second))
                continue;
            bool alone = t == 0 || !names[t - 1] || !OneSpaceApart(context, t - 1, t);
            var key = (NameRomanisation.Hash(first), NameRomanisation.Hash(second));
            ref var pair = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(pairs, key);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref pair))
            {
                pair.Count++;
                if (alone && pair.AloneAt < 0)
                    pair.AloneAt = t;
            }
            else if (pairs.Count < MaxNamePairs)
                pairs[key] = new NamePair { Token = t, Count = 1, AloneAt = alone ? t : -1 };
        }

        if (pairs.Count > 1)
        {
            foreach (var ((a, b), pair) in pairs)
            {
                if (pair.AloneAt < 0 || !pairs.TryGetValue((b, a), out var other) || pair.Count >= other.Count)
                    continue;
                // The hashes agree; the words must too (two pairs of one hash, odds ~1e-16, are no variant).
                if (!context.WordSpan(pair.Token).SequenceEqual(WordWithoutPossessive(context, other.Token + 1))
                    || !WordWithoutPossessive(context, pair.Token + 1).SequenceEqual(context.WordSpan(other.Token))
                    || IsDictionaryWord(context.WordSpan(pair.Token)) || IsDictionaryWord(context.WordSpan(other.Token)))
                    continue;
                int at = pair.AloneAt;
                var span = new TextSpan(tokens[at].Start, EndWithoutPossessive(context, at + 1));
                if (OverlapsAny(flagged, span))
                    continue;
                flagged.Add(span);
                var major = new TextSpan(tokens[other.Token].Start, EndWithoutPossessive(context, other.Token + 1));
                findings.Add(context.Flag(Rule, span, $"\"{context.Article.Slice(span)}\" ({Times(pair.Count)}) is written \"{context.Article.Slice(major)}\" ({Times(other.Count)}), in the other order, elsewhere in the article"));
            }
        }

        if (pairs.Count > 256)
            PairScratch = null; // a huge article's table is not kept for the thread's next one
    }

    [ThreadStatic]
    private static Dictionary<(ulong, ulong), NamePair>? PairScratch;

    /// <summary>The shape of a word of a two-word name compared in both orders: title case, letters only, two letters or more (no lower-case English word either: tested on the pairs found in both orders).</summary>
    private static bool IsOrderShape(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= NameRomanisation.MaxFirstNameLength && TextFacts.IsTitleWord(w) && IsAllLetters(w);

    private static ReadOnlySpan<char> WordWithoutPossessive(AnalysisContext context, int t) =>
        context.Text.AsSpan(context.Tokens[t].Start, EndWithoutPossessive(context, t) - context.Tokens[t].Start);

    /// <summary>Words <paramref name="a"/> and <paramref name="b"/> are one space (or no-break space) apart on one line.</summary>
    private static bool OneSpaceApart(AnalysisContext context, int a, int b) =>
        context.Tokens[b].Start == context.Tokens[a].End + 1 && context.Text[context.Tokens[a].End] is ' ' or '\u00a0';

    /// <summary>One two-word name in one order: its first use, how often, and its first use as a run of two words of its own (-1: none).</summary>
    private struct NamePair
    {
        public int Token;

        public int Count;

        public int AloneAt;
    }
}
