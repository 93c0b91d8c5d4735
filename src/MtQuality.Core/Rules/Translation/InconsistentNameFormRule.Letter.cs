using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>inconsistent-name-form, its sixth mechanism: a surname used alone with one letter more or less.</summary>
public sealed partial class InconsistentNameFormRule
{
    /// <summary>Shortest surname (the shorter of the two spellings) compared for a letter added or dropped: shorter names differ by one letter too easily.</summary>
    public const int MinOneLetterSurnameLength = 5;

    /// <summary>Most surnames introduced with a first name kept per article, so hostile text of endless names stays linear.</summary>
    public const int MaxIntroducedSurnames = 64;

    /// <summary>
    /// A surname introduced with a first name and then used alone, once written alone with one letter added or dropped
    /// inside it ("Ineke Harkema" … "Harkema said" … "according to Harksema"): a slip of a translation that spells the name
    /// afresh in each sentence. Another person with a near name is introduced with a first name of their own, so the
    /// variant must never stand next to another name, be used after the surname's introduction, be rarer than it
    /// (its uses alone included), be no lower-case English word, and differ inside the name only: a letter added or dropped at the end is
    /// a plural, a family or another spelling ("Clark" / "Clarke", "the Obamas"). Five letters or more.
    /// </summary>
    private static void OneLetterSurnames(AnalysisContext context, bool[] names, List<Finding> findings, List<TextSpan> flagged)
    {
        var tokens = context.Tokens;
        var withName = WithNameScratch ??= [];
        withName.Clear();
        var introduced = IntroducedScratch ??= [];
        introduced.Clear();
        Span<char> keyBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        Span<char> otherBuffer = stackalloc char[NameRomanisation.MaxFirstNameLength];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!IsSurnameCandidate(context, names, t, out var w))
                continue;
            bool afterName = t > 0 && names[t - 1] && OneSpaceApart(context, t - 1, t);
            bool beforeName = t + 1 < tokens.Count && names[t + 1] && OneSpaceApart(context, t, t + 1);
            if (!afterName && !beforeName)
                continue;
            var key = KeyInto(w, keyBuffer);
            ulong hash = NameRomanisation.Hash(key);
            withName.Add(hash);
            if (!afterName || beforeName || key.Length < MinOneLetterSurnameLength)
                continue;
            ref var surname = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(introduced, hash);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref surname))
                surname.Count++;
            else if (introduced.Count < MaxIntroducedSurnames && !IsDictionaryWord(context.WordSpan(t - 1)) && !IsDictionaryWord(w))
                introduced[hash] = new IntroducedSurname { Token = t, KeyLength = key.Length, FirstUse = new TextSpan(tokens[t - 1].Start, EndWithoutPossessive(context, t)), Count = 1 };
        }

        if (withName.Count > 1024)
            WithNameScratch = null; // a huge article's table is not kept for the thread's next one
        if (introduced.Count == 0)
            return;
        Dictionary<ulong, AloneVariant>? variants = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!IsSurnameCandidate(context, names, t, out var w)
                || (t > 0 && names[t - 1] && OneSpaceApart(context, t - 1, t))
                || (t + 1 < tokens.Count && names[t + 1] && OneSpaceApart(context, t, t + 1)))
                continue;
            var key = KeyInto(w, keyBuffer);
            if (key.Length < MinOneLetterSurnameLength)
                continue;
            ulong hash = NameRomanisation.Hash(key);
            ref var same = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(introduced, hash);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref same))
            {
                same.Count++;
                continue;
            }

            if (variants is not null && variants.TryGetValue(hash, out var seen))
            {
                seen.Count++;
                continue;
            }

            foreach (var (of, s) in introduced)
            {
                if (Math.Abs(s.KeyLength - key.Length) != 1 || tokens[t].Start < s.FirstUse.End
                    || !InteriorLetterApart(key, KeyInto(WordWithoutPossessive(context, s.Token), otherBuffer))
                    || withName.Contains(hash) || IsDictionaryWord(w))
                    continue;
                (variants ??= [])[hash] = new AloneVariant(of, new TextSpan(tokens[t].Start, EndWithoutPossessive(context, t)));
                break;
            }
        }

        if (variants is null)
            return;
        foreach (var v in variants.Values)
        {
            var of = introduced[v.Of];
            if (v.Count >= of.Count || OverlapsAny(flagged, v.FirstUse))
                continue;
            flagged.Add(v.FirstUse);
            findings.Add(context.Flag(Rule, v.FirstUse, $"\"{context.Article.Slice(v.FirstUse)}\" ({Times(v.Count)}) is written \"{context.Article.Slice(of.FirstUse)}\" ({Times(of.Count)} with the surname alone) elsewhere in the article"));
        }
    }

    /// <summary>The surnames introduced with a first name, by the hash of their key, reused across a thread's articles (at most <see cref="MaxIntroducedSurnames"/>).</summary>
    [ThreadStatic]
    private static Dictionary<ulong, IntroducedSurname>? IntroducedScratch;

    /// <summary>Hashes of the keys of the surnames written next to another name, reused across a thread's articles.</summary>
    [ThreadStatic]
    private static HashSet<ulong>? WithNameScratch;

    /// <summary>
    /// Whether two keys differ by one letter added or dropped inside the longer (not its first or last letter):
    /// "harksema" / "harkema", not "clarke" / "clark".
    /// </summary>
    internal static bool InteriorLetterApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var longer = b;
            b = a;
            a = longer;
        }

        if (a.Length != b.Length + 1)
            return false;
        int i = a.CommonPrefixLength(b);
        return i > 0 && i < a.Length - 1 && a[(i + 1)..].SequenceEqual(b[i..]);
    }

    /// <summary>A surname introduced after a first name: its token there, its key's length, its first use (with the first name) and its uses, alone ones included.</summary>
    private struct IntroducedSurname
    {
        public int Token;

        public int KeyLength;

        public TextSpan FirstUse;

        public int Count;
    }

    /// <summary>A surname alone one letter apart from an introduced one: which (by its key's hash), its first use and how often.</summary>
    private sealed class AloneVariant(ulong of, TextSpan firstUse)
    {
        public ulong Of { get; } = of;

        public TextSpan FirstUse { get; } = firstUse;

        public int Count { get; set; } = 1;
    }
}
