namespace MtQuality.Core.Lexicons;

/// <summary>
/// The shipped word lists as fast case-insensitive sets, loaded once on first use. Each set names the
/// lexicon file it comes from; sources and licences are in that file's header and Lexicons/LICENSES.md.
/// </summary>
public static class WordLists
{
    private static readonly Lazy<WordSet> Function = new(() =>
    {
        // Read row by row: the boilerplate classifier asks for these few hundred words on the critical path of
        // mtq score, and building all ~83k rows of pos.tsv first cost more than the rest of that classification.
        var words = new List<string>();
        Lexicon.ReadRows("pos.tsv", (line, f) =>
        {
            if (f.Length > 1 && line[f[1]].IndexOfAny("dpcox") >= 0 && !line[f[0]].Trim().IsEmpty)
                words.Add(line[f[0]].Trim().ToString());
        });
        return new WordSet(words);
    });

    /// <summary>English closed-class words: the d/p/c/o/x entries of pos.tsv (determiners, prepositions, conjunctions, pronouns, auxiliaries).</summary>
    public static WordSet FunctionWords => Function.Value;

    public static bool IsFunctionWord(ReadOnlySpan<char> w) => Function.Value.Contains(w);
}

/// <summary>A case-insensitive string set that can be probed with spans without allocating.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null)
    {
        set = new HashSet<string>(words, comparer ?? StringComparer.OrdinalIgnoreCase);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => set.Count;

    /// <summary>The words as given (duplicates under the set's comparer dropped).</summary>
    public IEnumerable<string> Words => set;

    public bool Contains(ReadOnlySpan<char> w) => lookup.Contains(w);

    public bool Contains(string w) => set.Contains(w);

    public static WordSet FromColumn(string lexicon, int column, Func<string[], bool>? filter = null) =>
        new(Lexicon.Load(lexicon).Entries
            .Where(e => e.Length > column && (filter is null || filter(e)))
            .Select(e => e[column].Trim())
            .Where(w => w.Length > 0));
}
