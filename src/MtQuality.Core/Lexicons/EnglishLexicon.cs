namespace MtQuality.Core.Lexicons;

/// <summary>
/// The English background model shipped with MtQuality (see tools/lexicons/README.md): word scores, usual
/// capitalisation, parts of speech, verb forms, a gazetteer of names and a bigram model. Loaded lazily,
/// once per process; every member is read-only and thread-safe after load.
/// </summary>
public static class EnglishLexicon
{
    // First entry wins for keys that differ only in case (as the former GroupBy/First did).
    private static readonly Lazy<WordScores> WordsLazy = new(() => WordScores.Load("english-words.tsv"));

    private static readonly Lazy<Dictionary<string, (string Usual, double CapShare)>> CaseLazy = new(() =>
        FirstByKey("case-forms.tsv", 3, (line, f) => (line[f[1]].ToString(), ParseDouble(line[f[2]]))));

    private static readonly Lazy<TagTable> PosLazy = new(() => TagTable.Load("pos.tsv"));

    private static readonly Lazy<VerbTable> VerbsLazy = new(() => new VerbTable(Lexicon.Load("verb-forms.tsv")));

    private static readonly Lazy<Gazetteer> GazetteerLazy = new(() => new Gazetteer(Lexicon.Load("gazetteer.tsv")));

    /// <summary>Approximate Zipf-like score of a word (higher = more common); 0 when unknown.</summary>
    public static double WordScore(string word) => WordScore(word.AsSpan());

    public static bool IsWord(string word) => IsWord(word.AsSpan());

    public static bool IsWord(ReadOnlySpan<char> word) => WordsLazy.Value.TryGet(word, out _);

    public static double WordScore(ReadOnlySpan<char> word) => WordsLazy.Value.TryGet(word, out var s) ? s : 0;

    /// <summary>The usual capitalised form and the share of capitalised uses, when the word is usually capitalised somewhere.</summary>
    public static (string Usual, double CapShare)? CaseForm(string lower) =>
        CaseLazy.Value.TryGetValue(lower, out var v) ? v : null;

    /// <summary>
    /// <see cref="CaseForm(string)"/> of <paramref name="word"/> lower-cased (invariant culture), without making either
    /// string: the same answer as <c>CaseForm(word.ToString().ToLowerInvariant())</c>.
    /// </summary>
    public static (string Usual, double CapShare)? CaseFormOf(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        int n = word.ToLowerInvariant(buffer);
        return CaseLazy.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..n], out var v) ? v : null;
    }

    /// <summary>Part-of-speech letters (n v a r d p c o x) of a lemma, or empty.</summary>
    public static string Pos(string lower) => PosLazy.Value.Get(lower);

    public static VerbTable Verbs => VerbsLazy.Value;

    /// <summary>Loads every table of this class now (on the calling thread): see <c>ArticleAnalyzer.WarmUpInBackground</c>.</summary>
    public static void WarmUp()
    {
        _ = WordsLazy.Value;
        _ = PosLazy.Value;
        _ = VerbsLazy.Value;
        _ = CaseLazy.Value;
        _ = GazetteerLazy.Value;
    }

    public static Gazetteer Gazetteer => GazetteerLazy.Value;

    internal delegate T RowValue<T>(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields);

    /// <summary>
    /// Key (first column) → value of each row with at least <paramref name="minColumns"/> fields, read with
    /// <see cref="Lexicon.ReadRows"/> (no string per line or unused field: these tables are most of the lexicon load
    /// at the cold start of <c>mtq score</c>).
    /// </summary>
    private static Dictionary<string, T> FirstByKey<T>(string lexicon, int minColumns, RowValue<T> value)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        Lexicon.ReadRows(
            lexicon,
            (line, f) =>
            {
                if (f.Length >= minColumns)
                    lookup.TryAdd(line[f[0]], value(line, f)); // the key string is made only when it is new
            },
            lines => map.EnsureCapacity(lines));
        return map;
    }

    internal static double ParseDouble(ReadOnlySpan<char> s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
}

/// <summary>
/// english-words.tsv: word → score. Its words are folded to lower-case a–z, and a lookup ignores case exactly as
/// <see cref="StringComparer.OrdinalIgnoreCase"/> would against such keys (a character matches a key letter when
/// its invariant upper case is that letter's: "Word", "WORD", and "ſ" for "s"). A <see cref="WordTable"/> and an
/// array rather than a Dictionary&lt;string, double&gt;, whose generic code is not precompiled and ran unoptimised
/// over the ~125k rows at every cold start.
/// </summary>
internal sealed class WordScores
{
    // Built from the lexicon (words, scores), or answered from a mapped image of them (image, the scores' bits in
    // its one column): the table is the second largest load of a cold start after the background model.
    private WordTable? words;
    private double[]? scores;
    private readonly Rules.Translation.NgramImage? image;

    private WordScores(Rules.Translation.NgramImage image) => this.image = image;

    /// <summary>The scores of <paramref name="lexicon"/> from this build's image in <see cref="ModelCache"/>, else built (and the image written).</summary>
    public static WordScores Load(string lexicon) => ModelCache.Load(
        System.IO.Path.GetFileNameWithoutExtension(lexicon),
        columns: 1,
        image => new WordScores(image),
        () => new WordScores(lexicon),
        (built, s) => built.WriteImage(s, ModelCache.Key));

    /// <summary>Whether the scores are answered from a mapped image.</summary>
    internal bool IsMapped => image is not null;

    /// <summary>The image of these (built) scores: their words, and each score's bits as the one count column.</summary>
    internal void WriteImage(System.IO.Stream stream, Guid key)
    {
        if (words is null || scores is null)
            throw new InvalidOperationException("only built scores are written");
        var bits = new long[words.Count];
        for (int id = 0; id < bits.Length; id++)
            bits[id] = BitConverter.DoubleToInt64Bits(scores[id]);
        Rules.Translation.NgramImage.WriteWords(stream, key, words, bits);
    }

    /// <summary>Scores answered from <paramref name="image"/> (tests).</summary>
    internal static WordScores FromImage(Rules.Translation.NgramImage image) => new(image);

    public WordScores(string lexicon) =>
        (words, scores) = ReadFolded(lexicon, (line, f) => EnglishLexicon.ParseDouble(line[f[1]]));

    /// <summary>
    /// The rows of a lexicon with at least two fields as a <see cref="WordTable"/> of folded keys (<see cref="Fold"/>;
    /// keys longer than the longest word looked up are skipped) and the value of each key's first row.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once over ~80–125k rows
    internal static (WordTable Words, T[] Values) ReadFolded<T>(string lexicon, EnglishLexicon.RowValue<T> value)
    {
        var words = new WordTable(1 << 10);
        var values = new T[1 << 10];
        var folded = new char[MaxWord];
        Lexicon.ReadRows(
            lexicon,
            (line, f) =>
            {
                var key = line[f[0]];
                if (f.Length < 2 || key.Length > MaxWord)
                    return;
                int count = words.Count;
                int id = words.Intern(Fold(key, folded));
                if (id < count)
                    return; // first row wins
                if (id == values.Length)
                    Array.Resize(ref values, values.Length * 2);
                values[id] = value(line, f);
            },
            lines =>
            {
                // One table of the right size instead of growth from a small one.
                words = new WordTable(lines);
                values = new T[Math.Max(lines, 1)];
            });
        return (words, values);
    }

    /// <summary>Longest word looked up (longer words are not in the list).</summary>
    internal const int MaxWord = 64;

    public bool TryGet(ReadOnlySpan<char> word, out double score)
    {
        score = 0;
        if (word.Length > MaxWord)
            return false;
        Span<char> folded = stackalloc char[word.Length];
        if (image is not null)
        {
            int at = image.FindWord(Fold(word, folded));
            if (at < 0)
                return false;
            score = BitConverter.Int64BitsToDouble(image.Unigram(0, at));
            return true;
        }

        int id = words!.Find(Fold(word, folded));
        if (id < 0)
            return false;
        score = scores![id];
        return true;
    }

    /// <summary>The folded form of a word as the tables built from a–z keys store it (see the class summary).</summary>
    internal static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char u = c < 128 ? c : char.ToUpperInvariant(c);
            into[i] = u is >= 'A' and <= 'Z' ? (char)(u | 0x20) : c;
        }

        return into[..word.Length];
    }
}

/// <summary>
/// pos.tsv: lemma → part-of-speech letters ("n", "nv", "a", …; ~40 distinct strings over ~83k rows). Keys are
/// lower-case ASCII, looked up ignoring case as <see cref="WordScores"/> does (first row wins). Built from the
/// rows, or answered from a mapped image whose one column holds each key's tag number + 1; the tags themselves are
/// the image's first words, so a tag string is made once per tag, not per lookup.
/// </summary>
internal sealed class TagTable
{
    private const int MaxTags = 255;

    private readonly WordTable? words;
    private readonly byte[]? tagOf;
    private readonly List<string> tags = [];
    private readonly Rules.Translation.NgramImage? image;
    private readonly string?[]? tagCache;

    private TagTable(Rules.Translation.NgramImage image)
    {
        this.image = image;
        tagCache = new string?[MaxTags];
    }

    public TagTable(string lexicon) =>
        (words, tagOf) = WordScores.ReadFolded(lexicon, (line, f) => Tag(line[f[1]]));

    public static TagTable Load(string lexicon) => ModelCache.Load(
        System.IO.Path.GetFileNameWithoutExtension(lexicon),
        columns: 1,
        image => new TagTable(image),
        () => new TagTable(lexicon),
        (built, s) => built.WriteImage(s, ModelCache.Key));

    /// <summary>Whether the table is answered from a mapped image.</summary>
    internal bool IsMapped => image is not null;

    /// <summary>A table answered from <paramref name="image"/> (tests).</summary>
    internal static TagTable FromImage(Rules.Translation.NgramImage image) => new(image);

    private byte Tag(ReadOnlySpan<char> tag)
    {
        for (int i = 0; i < tags.Count; i++)
        {
            if (tag.SequenceEqual(tags[i]))
                return (byte)i;
        }

        if (tags.Count == MaxTags)
            throw new InvalidDataException($"pos.tsv: more than {MaxTags} distinct tags");
        tags.Add(tag.ToString());
        return (byte)(tags.Count - 1);
    }

    /// <summary>The tag of <paramref name="word"/>, or the empty string.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        if (word.Length > WordScores.MaxWord)
            return string.Empty;
        Span<char> folded = stackalloc char[word.Length];
        var key = WordScores.Fold(word, folded);
        if (image is null)
        {
            int id = words!.Find(key);
            return id < 0 ? string.Empty : tags[tagOf![id]];
        }

        int at = image.FindWord(key);
        long tag = at < 0 ? 0 : image.Unigram(0, at);
        if (tag is <= 0 or > MaxTags)
            return string.Empty;
        ref var cached = ref tagCache![tag - 1];
        return cached ??= image.Word((int)tag - 1); // a race only makes the string twice
    }

    /// <summary>The image: the tags first (ids 0…), then the keys in their order; column 0 is each key's tag id + 1.</summary>
    internal void WriteImage(System.IO.Stream stream, Guid key)
    {
        if (words is null || tagOf is null)
            throw new InvalidOperationException("only a built table is written");
        var all = new WordTable(tags.Count + words.Count);
        foreach (var t in tags)
            all.Intern(t);
        var column = new long[tags.Count + words.Count];
        for (int id = 0; id < words.Count; id++)
            column[all.Intern(words.Word(id))] = tagOf[id] + 1;
        Rules.Translation.NgramImage.WriteWords(stream, key, all, column[..all.Count]);
    }
}

/// <summary>verb-forms.tsv: base → (s, past, past participle, ing); and every inflected form → base.</summary>
public sealed class VerbTable
{
    private readonly Dictionary<string, string[]> byBase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> pastParticiples = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> inflected = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> past = new(StringComparer.OrdinalIgnoreCase);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once over ~9k rows: tier-0 code would dominate
    public VerbTable(Lexicon lexicon)
    {
        foreach (var e in lexicon.Entries)
        {
            if (e.Length < 5)
                continue;
            byBase.TryAdd(e[0], e);
            for (int col = 1; col < 5; col++)
            {
                foreach (var form in e[col].Split('|'))
                {
                    inflected.TryAdd(form, e[0]);
                    if (col == 3)
                        pastParticiples.TryAdd(form, e[0]);
                    else if (col == 2)
                        past.Add(form);
                }
            }
        }
    }

    public bool IsBase(string word) => byBase.ContainsKey(word);

    /// <summary>The -ing form of a base verb (first alternative), or the base + "ing" when unknown.</summary>
    public string Ing(string word) => byBase.TryGetValue(word, out var e) ? e[4].Split('|')[0] : word + "ing";

    /// <summary>True when the base form is also its own past participle (cut, put, set, hit).</summary>
    public bool BaseIsParticiple(string word) => pastParticiples.ContainsKey(word);

    /// <summary>True for any past participle form (received, been, gone, cut).</summary>
    public bool IsPastParticiple(string word) => pastParticiples.ContainsKey(word);

    public bool IsInflected(string word) => inflected.ContainsKey(word);

    /// <summary>True for a simple past form (lasted, began, went).</summary>
    public bool IsPast(string word) => past.Contains(word);

    /// <summary>True for a third-person singular present form (begins, lasts).</summary>
    public bool IsThirdPerson(string word) => inflected.TryGetValue(word, out var b) && byBase.TryGetValue(b, out var e) && e[1].Split('|').Contains(word, StringComparer.OrdinalIgnoreCase);

    public string? BaseOf(string word) => inflected.GetValueOrDefault(word);
}

/// <summary>
/// gazetteer.tsv: proper names by type, indexed for lower-case phrase lookup. Lines starting with <c>!</c> are
/// antipatterns: single words whose lower-case form is an ordinary English word (may, turkey, reading).
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<(string[] Words, string Surface, string Type)>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> types = new(StringComparer.Ordinal);
    private readonly HashSet<string> antipatterns = new(StringComparer.Ordinal);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once over ~9k rows: tier-0 code would dominate
    public Gazetteer(Lexicon lexicon)
    {
        foreach (var e in lexicon.Entries)
        {
            if (e.Length < 2 || e[0].Length == 0)
                continue;
            if (e[0][0] == '!')
            {
                antipatterns.Add(e[0][1..].ToLowerInvariant());
                continue;
            }

            var surface = e[0];
            if (types.TryGetValue(surface, out var set))
            {
                set.Add(e[1]); // a further type of a listed name: its phrase entry is already there
                continue;
            }

            types[surface] = [e[1]];
            var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            for (int i = 0; i < words.Length; i++)
                words[i] = words[i].ToLowerInvariant();
            if (!byFirst.TryGetValue(words[0], out var list))
                byFirst[words[0]] = list = [];
            list.Add((words, surface, e[1]));
        }

        foreach (var list in byFirst.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public bool IsAntipattern(string lower) => antipatterns.Contains(lower);

    public IReadOnlyCollection<string> TypesOf(string surface) =>
        types.TryGetValue(surface, out var t) ? t : (IReadOnlyCollection<string>)Array.Empty<string>();

    /// <summary>Entries whose first word, lower-cased, is <paramref name="lowerFirst"/>; longest first.</summary>
    public IReadOnlyList<(string[] Words, string Surface, string Type)> StartingWith(string lowerFirst) =>
        byFirst.TryGetValue(lowerFirst, out var l) ? l : [];

    /// <summary><see cref="StartingWith(string)"/> for a word given as a span (no string made for the lookup); null when none.</summary>
    public List<(string[] Words, string Surface, string Type)>? StartingWith(ReadOnlySpan<char> lowerFirst) =>
        byFirstBySpan.TryGetValue(lowerFirst, out var l) ? l : null;

    private Dictionary<string, List<(string[] Words, string Surface, string Type)>>.AlternateLookup<ReadOnlySpan<char>> byFirstBySpan =>
        byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
}
