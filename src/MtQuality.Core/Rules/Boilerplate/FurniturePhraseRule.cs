using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// The generic phrase-list rule behind several boilerplate rules (Vale's <c>existence</c> check,
/// LanguageTool's phrase rules): each subclass names the furniture kinds of boilerplate-phrases.tsv it owns.
/// A whole-line or prefix match on a short line is definite; a phrase contained in a short line is likely.
/// </summary>
public abstract class FurniturePhraseRule : ILineRule
{
    /// <summary>Lines longer than this are prose, whatever phrase they contain.</summary>
    public const int MaxWords = 14;

    private readonly FurnitureLexicon.KindSet kinds;

    protected FurniturePhraseRule(params string[] kinds) => this.kinds = FurnitureLexicon.Instance.For(kinds);

    public abstract RuleDescriptor Descriptor { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public virtual LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Words == 0 || f.Words > MaxWords)
            return null;
        var hit = kinds.Match(f.Normalized, FurnitureLexicon.IsRunningProse(f));
        // A label with its count in brackets ("Comments (7)", "Коментарі (12)"): the label alone, as a whole line.
        if (hit is null && WithoutCount(f.Normalized) is { Length: > 0 } label && kinds.Match(label) is { Match: FurnitureLexicon.MatchKind.Line } counted)
            hit = counted;
        if (hit is null)
            return null;
        var (pattern, match, lang) = hit.Value;
        var strength = match == FurnitureLexicon.MatchKind.Contains && f.Words > 4 ? EvidenceStrength.Likely : EvidenceStrength.Definite;
        return new LineEvidence(strength, $"{Descriptor.Message} (\"{pattern}\", {lang})");
    }

    /// <summary>The line without a closing count in brackets ("comments (7)" → "comments"), or null when it has none.</summary>
    private static string? WithoutCount(string normalized)
    {
        if (normalized.Length < 4 || normalized[^1] != ')')
            return null;
        int open = normalized.LastIndexOf('(');
        if (open <= 0 || open >= normalized.Length - 2 || normalized.AsSpan(open + 1, normalized.Length - open - 2).ContainsAnyExceptInRange('0', '9'))
            return null;
        return normalized[..open].TrimEnd();
    }

    /// <summary>The most words before the colon of a label that opens a line ("Read also:", "See more on").</summary>
    public const int MaxLabelWords = 4;

    /// <summary>
    /// The label before a colon near the start of the line, when it is one of these kinds' phrases on its own
    /// ("Read also: Prices climb as …" → "read also"), or null.
    /// </summary>
    protected string? LabelBeforeColon(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon + 1 >= line.Length || line[colon + 1] != ' ')
            return null;
        var label = line[..colon];
        if (label.Count(' ') >= MaxLabelWords)
            return null;
        var normalized = LineFeatureExtractor.Normalize(label);
        return normalized.Length > 0 && kinds.Match(normalized) is { Match: FurnitureLexicon.MatchKind.Line } hit ? hit.Pattern : null;
    }
}

/// <summary>boilerplate-phrases.tsv, indexed by kind: exact lines, prefixes and contained phrases.</summary>
public sealed class FurnitureLexicon
{
    /// <summary>How a prefix pattern ends: a plain phrase, a label with a colon, or a symbol (a breadcrumb's separator, "©").</summary>
    public enum Label
    {
        None,
        Colon,
        Symbol,
    }

    public enum MatchKind
    {
        Line,
        Prefix,
        Contains,
    }

    public const string FileName = "boilerplate-phrases.tsv";

    private static readonly Lazy<FurnitureLexicon> Lazy = new(() => new FurnitureLexicon(Lexicon.Load(FileName)));

    private readonly List<(string Pattern, string Kind, string Lang, MatchKind Match, Label Label)> entries = [];

    public FurnitureLexicon(Lexicon lexicon)
    {
        foreach (var e in lexicon.Entries)
        {
            if (e.Length < 4)
                continue;
            var pattern = LineFeatureExtractor.Normalize(e[0]);
            if (pattern.Length == 0)
                continue;
            var match = e[3].Trim() switch
            {
                "prefix" => MatchKind.Prefix,
                "contains" => MatchKind.Contains,
                _ => MatchKind.Line,
            };
            // A prefix written with its separator is a label. One that ends in a symbol the normalisation strips
            // (a breadcrumb "Home »", "Home /"; "Copyright ©") matches only where a symbol follows ("Home » World",
            // "Copyright © 2025"; never "Home Secretary said …", "Copyright lawyers declined to comment.").
            // A colon label ("Tags:", "Photo:") matches without its colon only a line that is no sentence and whose
            // other words hold no function word ("Related Topics", "Tags Rail Buses Council"), not running words
            // ("Tags on the new trains show the route.", "Photo finish decides the race").
            var raw = e[0].TrimEnd();
            var label = match != MatchKind.Prefix || raw.Length == 0 ? Label.None
                : raw[^1] == ':' ? Label.Colon
                : !char.IsLetterOrDigit(raw[^1]) && raw[^1] != ')' ? Label.Symbol
                : Label.None;
            entries.Add((pattern, e[1].Trim(), e[2].Trim(), match, label));
        }
    }

    public static FurnitureLexicon Instance => Lazy.Value;

    /// <summary>
    /// A line that reads as a sentence of prose: terminal punctuation, at least five words, jusText's low stopword
    /// density ("Tags on the new trains will show the route number.").
    /// </summary>
    public static bool IsRunningProse(LineFeatures f) =>
        f.EndsWithTerminal && f.Words >= 5 && f.StopwordDensity >= LineFeatures.LowDensity;

    public IEnumerable<string> Kinds => entries.Select(e => e.Kind).Distinct();

    /// <summary>The entries of some kinds with one match type only (e.g. the prefixes of cookie notices).</summary>
    public KindSet For(IReadOnlyCollection<string> kinds, MatchKind only) => new(entries.Where(e => kinds.Contains(e.Kind) && e.Match == only));

    public KindSet For(IReadOnlyCollection<string> kinds) => new(entries.Where(e => kinds.Contains(e.Kind)));

    /// <summary>
    /// One set of kinds, indexed so that a line costs one dictionary probe per word whatever the number of
    /// patterns: whole lines by text, prefixes and contained phrases by their first word.
    /// </summary>
    public sealed class KindSet
    {
        private readonly Dictionary<string, (string Lang, MatchKind Match)> lines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Pattern, string Lang, Label Label)>> prefixes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Pattern, string Lang, Label Label)>> contains = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Pattern, string Lang, Label Label)>>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;
        private readonly Dictionary<string, List<(string Pattern, string Lang, Label Label)>>.AlternateLookup<ReadOnlySpan<char>> containsLookup;

        internal KindSet(IEnumerable<(string Pattern, string Kind, string Lang, MatchKind Match, Label Label)> entries)
        {
            foreach (var (pattern, _, lang, match, label) in entries)
            {
                switch (match)
                {
                    case MatchKind.Line: lines.TryAdd(pattern, (lang, match)); break;
                    case MatchKind.Prefix: Add(prefixes, pattern, lang, label); lines.TryAdd(pattern, (lang, MatchKind.Line)); break;
                    default: Add(contains, pattern, lang, Label.None); break;
                }
            }

            prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            containsLookup = contains.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private static void Add(Dictionary<string, List<(string, string, Label)>> index, string pattern, string lang, Label label)
        {
            var key = pattern[..FirstWordEnd(pattern, 0)];
            if (!index.TryGetValue(key, out var list))
                index[key] = list = [];
            list.Add((pattern, lang, label));
        }

        private static int FirstWordEnd(string s, int start)
        {
            int i = start;
            while (i < s.Length && char.IsLetterOrDigit(s[i]))
                i++;
            return i;
        }

        /// <param name="runningProse">
        /// The line reads as a sentence (see <see cref="IsRunningProse"/>): a label prefix then needs its separator.
        /// </param>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (string Pattern, MatchKind Match, string Lang)? Match(string normalizedLine, bool runningProse = false)
        {
            if (lines.TryGetValue(normalizedLine, out var hit))
                return (normalizedLine, MatchKind.Line, hit.Lang);
            if (prefixes.Count > 0 && prefixLookup.TryGetValue(normalizedLine.AsSpan(0, FirstWordEnd(normalizedLine, 0)), out var starting))
            {
                foreach (var (p, lang, label) in starting)
                {
                    if (normalizedLine.StartsWith(p, StringComparison.Ordinal) && IsBoundary(normalizedLine, p.Length) && LabelHolds(normalizedLine, p.Length, label, runningProse))
                        return (p, MatchKind.Prefix, lang);
                }
            }

            if (contains.Count == 0)
                return null;
            for (int at = 0; at < normalizedLine.Length; at++)
            {
                if (!char.IsLetterOrDigit(normalizedLine[at]) || (at > 0 && char.IsLetterOrDigit(normalizedLine[at - 1])))
                    continue;
                int end = FirstWordEnd(normalizedLine, at);
                if (containsLookup.TryGetValue(normalizedLine.AsSpan(at, end - at), out var candidates))
                {
                    foreach (var (p, lang, _) in candidates)
                    {
                        if (string.CompareOrdinal(normalizedLine, at, p, 0, p.Length) == 0 && at + p.Length <= normalizedLine.Length && IsBoundary(normalizedLine, at + p.Length))
                            return (p, MatchKind.Contains, lang);
                    }
                }

                at = end - 1;
            }

            return null;
        }

        private static bool LabelHolds(string line, int at, Label label, bool runningProse)
        {
            if (label == Label.None || SeparatorFollows(line, at))
                return true;
            if (label == Label.Symbol || runningProse)
                return false;
            // A run of names and tags without a function word ("Related Topics", "Tags Rail Buses Council"); a phrase
            // with one ("Photo finish decides the race", "Read in French") is something else.
            var rest = line.AsSpan(at);
            foreach (var range in LineFeatureExtractor.WordRanges(rest))
            {
                if (WordLists.IsFunctionWord(rest[range]))
                    return false;
            }

            return true;
        }

        /// <summary>After optional spaces, the next character at <paramref name="at"/> is punctuation, not a word.</summary>
        private static bool SeparatorFollows(string s, int at)
        {
            while (at < s.Length && s[at] == ' ')
                at++;
            return at >= s.Length || !char.IsLetterOrDigit(s[at]);
        }

        private static bool IsBoundary(string s, int at) => at >= s.Length || !char.IsLetterOrDigit(s[at]) || !char.IsLetterOrDigit(s[at - 1]);
    }
}
