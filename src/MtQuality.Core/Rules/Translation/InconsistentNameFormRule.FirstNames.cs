using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>inconsistent-name-form, its third mechanism: one first name in two romanisations before one surname.</summary>
public sealed partial class InconsistentNameFormRule
{
    /// <summary>
    /// One person's first name in two romanisations before the same surname: "Oleg" / "Oleh Marchenko" (Russian and
    /// Ukrainian forms), "Mohammed" / "Mohammad Al-Najjar", "Georgios" / "Giorgos Mavrakis" (formal and spoken
    /// Greek). Only the last two words of a name (first name, surname), whose first names are no lower-case English word and differ by the alternations
    /// romanisation systems and transliterating MT produce (see <see cref="NameRomanisation.FirstNamesClose"/>); "Maria" / "Mario
    /// Rossi" (a final vowel: another person) and "Jon" / "John Smith" stay apart.
    /// </summary>
    private static void FirstNameVariants(AnalysisContext context, bool[] names, List<Finding> findings, List<TextSpan> flagged)
    {
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        // Surname → its first-name forms, each with a count and its first use. Surnames are looked up by span (a
        // string is made once per distinct surname); a surname with more forms than MaxFormsPerSurname stops taking
        // new ones, so hostile text of endless distinct names stays linear.
        Dictionary<string, List<NameForm>>? bySurname = null;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            // The last two words of each run of capitalised words: "Regional Administration Oleh Marchenko" → Oleh, Marchenko.
            if (!names[t] || !names[t + 1] || tokens[t + 1].Start != tokens[t].End + 1
                || (t + 2 < tokens.Count && names[t + 2] && tokens[t + 2].Start == tokens[t + 1].End + 1))
                continue;
            var first = context.WordSpan(t);
            if (first.Length < NameRomanisation.MinFirstNameLength || first.Length > NameRomanisation.MaxFirstNameLength || !TextFacts.IsTitleWord(first) || first.ContainsAnyExcept(LetterChars))
                continue;
            var lastEnd = EndWithoutPossessive(context, t + 1);
            var last = text[tokens[t + 1].Start..lastEnd];
            bySurname ??= new Dictionary<string, List<NameForm>>(StringComparer.Ordinal);
            var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(last, out var forms))
                bySurname[last.ToString()] = forms = [];
            NameForm? form = null;
            foreach (var f in forms)
            {
                if (text.Slice(f.FirstStart, f.FirstLength).SequenceEqual(first))
                {
                    form = f;
                    break;
                }
            }

            if (form is not null)
                form.Count++;
            else if (forms.Count < MaxFormsPerSurname)
                forms.Add(new NameForm(tokens[t].Start, first.Length, new TextSpan(tokens[t].Start, lastEnd)));
        }

        if (bySurname is null)
            return;
        foreach (var (surname, forms) in bySurname)
        {
            for (int i = 0; i < forms.Count; i++)
            {
                var a = forms[i];
                var firstA = text.Slice(a.FirstStart, a.FirstLength);
                for (int j = 0; j < forms.Count; j++)
                {
                    var b = forms[j];
                    var firstB = text.Slice(b.FirstStart, b.FirstLength);
                    // Flag the minority form (the later one on a tie) at its first use, once.
                    bool aIsMinority = a.Count < b.Count || (a.Count == b.Count && a.Span.Start > b.Span.Start);
                    if (i == j || !aIsMinority || !NameRomanisation.FirstNamesClose(firstA, firstB) || OverlapsAny(flagged, a.Span)
                        || IsDictionaryWord(firstA) || IsDictionaryWord(firstB))
                        continue;
                    flagged.Add(a.Span);
                    findings.Add(context.Flag(Rule, a.Span, $"\"{firstA} {surname}\" ({Times(a.Count)}) is written \"{firstB} {surname}\" ({Times(b.Count)}) elsewhere in the article"));
                }
            }
        }
    }

    /// <summary>Most first-name forms kept per surname (a real article has one to three).</summary>
    public const int MaxFormsPerSurname = 16;

    /// <summary>One first-name form before a surname: where its first use starts, how long the first name is, how often it occurs.</summary>
    private sealed class NameForm(int firstStart, int firstLength, TextSpan span)
    {
        public int FirstStart { get; } = firstStart;

        public int FirstLength { get; } = firstLength;

        public TextSpan Span { get; } = span;

        public int Count { get; set; } = 1;
    }

    /// <summary>A loop, not a lambda: a lambda capturing the span would allocate its closure on every pass of the pair loop.</summary>
    private static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var f in spans)
        {
            if (f.Overlaps(span))
                return true;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LetterChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>A common noun or other word English writes in lower case ("Mark", "Grace"), not only a name ("Mohammad").</summary>
    private static bool IsDictionaryWord(ReadOnlySpan<char> w) =>
        EnglishLexicon.IsWord(w) && EnglishLexicon.CaseFormOf(w) is not { CapShare: >= 0.5 }; // the word list folds case
}
