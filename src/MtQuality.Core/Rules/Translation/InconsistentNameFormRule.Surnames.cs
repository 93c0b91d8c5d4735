using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>inconsistent-name-form, its fourth mechanism: one person's surname in two spellings.</summary>
public sealed partial class InconsistentNameFormRule
{
    /// <summary>Shortest surname compared for spelling variants (shorter names differ by one letter too easily).</summary>
    public const int MinSurnameLength = 4;

    /// <summary>Most distinct surnames kept per spelling pattern, so hostile text of endless near-names stays linear.</summary>
    public const int MaxSurnamesPerPattern = 16;

    /// <summary>
    /// One person's surname in two spellings that differ only by the alternations of romanisation and orthography
    /// (see <see cref="NameRomanisation.SurnamesClose"/>): "Lucia Marelli" / "Lucia Marelle", "Tomás Herrera" /
    /// "Tomás Herrerra", "Budi Soetomo" / "Sutomo" (another final vowel only after the same first name). Two surnames are one person's when the same first name stands
    /// before both, or when one is established with a first name and the other only ever stands alone ("Marelle
    /// said"). Surnames of four letters or more that are no lower-case English word; a first name that is one
    /// ("Lake", "Mayor") does not join two surnames. Two people who share a surname ("Maria" / "Mario Rossi") or
    /// a first name with unrelated surnames stay apart, and so do two surnames each with its own first name.
    /// The rarer spelling is flagged at its first use (the later one on a tie).
    /// </summary>
    private static void SurnameVariants(AnalysisContext context, bool[] names, List<Finding> findings, List<TextSpan> flagged)
    {
        var tokens = context.Tokens;
        Dictionary<string, SurnameForm>? byKey = null;
        Dictionary<string, List<SurnameForm>>? byPattern = null;
        Span<char> keyBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        Span<char> skeletonBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        Span<char> firstBuffer = stackalloc char[64];
        var shared = SharedPatterns(context, names);
        if (shared is null)
            return;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!IsSurnameCandidate(context, names, t, out var w))
                continue;
            var candidateKey = KeyInto(w, keyBuffer);
            if (candidateKey.Length < MinSurnameLength
                || !shared.TryGetValue(NameRomanisation.Hash(NameRomanisation.SurnameSkeletonInto(candidateKey, skeletonBuffer), maskVowels: true), out var firstOfPattern)
                || firstOfPattern >= 0)
                continue; // its spelling pattern holds no other surname: nothing to compare it with
            bool afterName = t > 0 && names[t - 1] && tokens[t].Start == tokens[t - 1].End + 1 && context.Text[tokens[t - 1].End] is ' ' or '\u00a0';
            bool beforeName = t + 1 < tokens.Count && names[t + 1] && tokens[t + 1].Start == tokens[t].End + 1 && context.Text[tokens[t].End] is ' ' or '\u00a0';
            var key = KeyInto(w, keyBuffer);
            if (key.Length < MinSurnameLength)
                continue;
            byKey ??= new Dictionary<string, SurnameForm>(StringComparer.Ordinal);
            if (!byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var form))
            {
                if (IsDictionaryWord(w))
                    continue;
                var keyText = key.ToString();
                var skeleton = NameRomanisation.SurnameSkeletonInto(key, skeletonBuffer).ToString();
                var pattern = NameRomanisation.VowelPattern(skeleton);
                byPattern ??= new Dictionary<string, List<SurnameForm>>(StringComparer.Ordinal);
                if (!byPattern.TryGetValue(pattern, out var group))
                    byPattern[pattern] = group = [];
                if (group.Count >= MaxSurnamesPerPattern)
                    continue;
                form = new SurnameForm(keyText, skeleton);
                group.Add(form);
                byKey[keyText] = form;
            }

            form.Count++;
            if (afterName && !beforeName)
            {
                // The last word of a run of names: the word before it is its first name ("Lucia Marelli").
                var first = context.WordSpan(t - 1);
                if (!IsDictionaryWord(first))
                {
                    var firstName = KeyInto(first, first.Length <= firstBuffer.Length ? firstBuffer : new char[first.Length]).ToString();
                    if (form.FirstNames.Count < 4 && !form.FirstNames.Contains(firstName))
                        form.FirstNames.Add(firstName);
                    form.WithFirstName = true;
                }

                form.FirstUse ??= new TextSpan(tokens[t - 1].Start, EndWithoutPossessive(context, t));
            }
            else if (!afterName && !beforeName)
            {
                form.FirstUse ??= new TextSpan(tokens[t].Start, EndWithoutPossessive(context, t));
            }
            else
            {
                form.InLongerName = true;
            }
        }

        if (byPattern is null)
            return;
        foreach (var group in byPattern.Values)
        {
            if (group.Count < 2)
                continue;
            foreach (var a in group)
            {
                foreach (var b in group)
                {
                    // a is the rarer form (the later one on a tie); b the one it is set against.
                    if (ReferenceEquals(a, b) || a.FirstUse is not { } span || b.FirstUse is not { } other
                        || a.Count > b.Count || (a.Count == b.Count && span.Start < other.Start)
                        || OnePerson(a, b) is not { } sharedFirstName || !NameRomanisation.SurnamesClose(a.Skeleton, b.Skeleton, sharedFirstName)
                        || OverlapsAny(flagged, span))
                        continue;
                    flagged.Add(span);
                    findings.Add(context.Flag(Rule, span, $"\"{context.Article.Slice(span)}\" ({Times(a.Count)}) is written \"{context.Article.Slice(other)}\" ({Times(b.Count)}) elsewhere in the article"));
                }
            }
        }
    }

    /// <summary>
    /// The pre-pass of <see cref="SurnameVariants"/>: the hash of each vowel pattern that two different surname keys
    /// share (value -1), or null when none does (most articles). Two close surnames share their pattern, so only
    /// the candidates of these patterns are compared, and the strings, forms and lists of the comparison are made
    /// only for them. A pattern seen with one key so far holds that key's token (to compare the next key against);
    /// two patterns with one hash only merge their groups (more work, the same findings).
    /// </summary>
    private static Dictionary<ulong, int>? SharedPatterns(AnalysisContext context, bool[] names)
    {
        var patterns = PatternScratch ??= new Dictionary<ulong, int>();
        patterns.Clear();
        bool any = false;
        Span<char> keyBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        Span<char> otherBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        Span<char> skeletonBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            if (!IsSurnameCandidate(context, names, t, out var w))
                continue;
            var key = KeyInto(w, keyBuffer);
            if (key.Length < MinSurnameLength)
                continue;
            var hash = NameRomanisation.Hash(NameRomanisation.SurnameSkeletonInto(key, skeletonBuffer), maskVowels: true);
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(patterns, hash, out bool exists);
            if (!exists)
                first = t;
            else if (first >= 0)
            {
                IsSurnameCandidate(context, names, first, out var firstWord);
                if (!KeyInto(firstWord, otherBuffer).SequenceEqual(key))
                {
                    first = -1;
                    any = true;
                }
            }
        }

        if (patterns.Count > 4096)
            PatternScratch = null; // a huge article's table is not kept for the thread's next one
        return any ? patterns : null;
    }

    [ThreadStatic]
    private static Dictionary<ulong, int>? PatternScratch;

    /// <summary>A capitalised word that may be a surname: letters only, title case, its length in range; <paramref name="word"/> without a possessive 's.</summary>
    private static bool IsSurnameCandidate(AnalysisContext context, bool[] names, int t, out ReadOnlySpan<char> word)
    {
        word = default;
        if (!names[t])
            return false;
        var tokens = context.Tokens;
        word = context.Text.AsSpan(tokens[t].Start, EndWithoutPossessive(context, t) - tokens[t].Start);
        return word.Length >= MinSurnameLength && word.Length <= NameRomanisation.MaxFirstNameLength && TextFacts.IsTitleWord(word) && IsAllLetters(word);
    }

    /// <summary>
    /// Whether two close surnames may name one person: true when a first name stands before both, false when one has
    /// a first name and the other only ever stands alone (never after another first name), null when neither (or when
    /// either is inside a longer name such as "Marelle Street"). A surname alone is compared only by its skeleton
    /// (no vowel change): "Wales" beside "Jamie Wallis" is a place.
    /// </summary>
    private static bool? OnePerson(SurnameForm a, SurnameForm b)
    {
        if (a.InLongerName || b.InLongerName)
            return null;
        foreach (var f in a.FirstNames)
        {
            if (b.FirstNames.Contains(f))
                return true;
        }

        return (a.FirstNames.Count > 0 && !b.WithFirstName) || (b.FirstNames.Count > 0 && !a.WithFirstName) ? false : null;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return true;
    }

    /// <summary>One spelling of a capitalised word that may be a surname: its key, skeleton, count and how it is used.</summary>
    private sealed class SurnameForm(string key, string skeleton)
    {
        public string Key { get; } = key;

        public string Skeleton { get; } = skeleton;

        public int Count { get; set; }

        /// <summary>Keys of the first names seen right before it (at most four).</summary>
        public List<string> FirstNames { get; } = [];

        /// <summary>Ever the last word of a run of two names or more.</summary>
        public bool WithFirstName { get; set; }

        /// <summary>Ever first or inside a run of names ("Marelle Street"): a place or firm, not compared.</summary>
        public bool InLongerName { get; set; }

        /// <summary>Its first use as a surname: with its first name, or alone.</summary>
        public TextSpan? FirstUse { get; set; }
    }
}
