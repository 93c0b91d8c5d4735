using System.Runtime.CompilerServices;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Boilerplate;

/// <summary>
/// Per-line features in one pass over the line, without per-word allocations: cost is linear in the line's
/// length whatever its size (a 2 MB line of a minified page costs the same per character as a short one).
/// </summary>
public static class LineFeatureExtractor
{
    /// <summary>
    /// Lines with more words than this get no <see cref="LineFeatures.Normalized"/> text: every phrase rule stops at
    /// far fewer words (the longest, author-bio, at 80), so a long paragraph need not be copied.
    /// </summary>
    public const int NormalizedMaxWords = 100;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineFeatures Extract(int index, ReadOnlySpan<char> raw, WordSet? stoplist = null)
    {
        var line = raw.Trim();
        int words = 0;
        int stop = 0;
        int titleWords = 0;
        int capitalised = 0;
        foreach (var range in WordRanges(line))
        {
            var w = line[range];
            words++;
            if (stoplist is null ? WordLists.IsFunctionWord(w) : stoplist.Contains(w))
                stop++;
            else if (char.IsLetter(w[0]))
            {
                titleWords++;
                if (char.IsUpper(w[0]))
                    capitalised++;
            }
        }

        bool terminal = line.Length > 0 && EndsWithTerminal(line);
        var normalized = words <= NormalizedMaxWords ? Normalize(line) : string.Empty;
        return new LineFeatures(
            index,
            line.Length,
            words,
            words == 0 ? 0 : (double)stop / words,
            terminal,
            titleWords >= 2 && capitalised >= titleWords * 0.75,
            normalized,
            LineFingerprint.Of(line));
    }

    /// <summary>Lower-case, white space folded, leading bullets/dashes and trailing ":…»|" removed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalize(ReadOnlySpan<char> line)
    {
        int s = 0;
        while (s < line.Length && !char.IsLetterOrDigit(line[s]))
            s++;
        int e = line.Length;
        while (e > s && !char.IsLetterOrDigit(line[e - 1]) && line[e - 1] is not ('!' or '?' or '*' or ')'))
            e--;
        if (e <= s)
            return string.Empty;
        // Written into a stack (or pooled) buffer and copied once: the result is never longer than the line.
        char[]? rented = null;
        Span<char> buffer = e - s <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(e - s));
        int n = 0;
        bool space = false;
        for (int i = s; i < e; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && n > 0)
                buffer[n++] = ' ';
            space = false;
            buffer[n++] = char.ToLowerInvariant(c);
        }

        var result = new string(buffer[..n]);
        if (rented is not null)
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Longest end tag in parentheses after a paragraph's last sentence, in characters with its parentheses.</summary>
    public const int MaxEndTag = 14;

    /// <summary>
    /// The line ends a sentence: terminal punctuation, possibly inside closing quotes or brackets, or followed by a
    /// short tag in parentheses that wire copy puts after the last sentence — a source or an end mark ("… up 12.5
    /// percent. (Reuters)", "(AP)", "(END)", Xinhua's "(完)").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool EndsWithTerminal(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.Length > 3 && line[^1] == ')')
        {
            int open = line.LastIndexOf('(');
            if (open > 0 && line.Length - open <= MaxEndTag && line[(open + 1)..^1].IndexOfAny('.', '!', '?') < 0 && EndsWithSentence(line[..open]))
                return true;
        }

        return EndsWithSentence(line);
    }

    private static bool EndsWithSentence(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (Segmenter.IsCloser(line[i]) || char.IsWhiteSpace(line[i])))
            i--;
        return i >= 0 && Segmenter.IsTerminal(line[i]);
    }

    /// <summary>The content words of the line (three letters or more, not function words), lower-cased.</summary>
    public static IEnumerable<string> ContentWords(ReadOnlySpan<char> line)
    {
        var list = new List<string>();
        foreach (var range in WordRanges(line))
        {
            var w = line[range];
            if (IsContentWord(w))
                list.Add(w.ToString().ToLowerInvariant());
        }

        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsContentWord(ReadOnlySpan<char> w) => w.Length >= 3 && char.IsLetter(w[0]) && !WordLists.IsFunctionWord(w);

    /// <summary>The words of <paramref name="line"/> as ranges, enumerated lazily (no list, no allocation).</summary>
    public static WordRangeEnumerator WordRanges(ReadOnlySpan<char> line) => new(line);

    /// <summary>Words: runs of word characters, joined by an apostrophe or hyphen followed by a word character.</summary>
    public ref struct WordRangeEnumerator
    {
        private readonly ReadOnlySpan<char> line;
        private int i;

        internal WordRangeEnumerator(ReadOnlySpan<char> line)
        {
            this.line = line;
            i = 0;
            Current = default;
        }

        public Range Current { get; private set; }

        public readonly WordRangeEnumerator GetEnumerator() => this;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            while (i < line.Length && !Tokenizer.IsWordChar(line[i]))
                i++;
            if (i >= line.Length)
                return false;
            int s = i;
            while (i < line.Length && (Tokenizer.IsWordChar(line[i])
                   || ((Tokenizer.IsApostrophe(line[i]) || Tokenizer.IsHyphen(line[i])) && i + 1 < line.Length && Tokenizer.IsWordChar(line[i + 1]))))
                i++;
            Current = new Range(s, i);
            return true;
        }
    }
}
