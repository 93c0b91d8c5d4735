using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Boilerplate;

public static class LineFeatureExtractor
{
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
        var normalized = Normalize(line);
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
    public static string Normalize(ReadOnlySpan<char> line)
    {
        int s = 0;
        while (s < line.Length && !char.IsLetterOrDigit(line[s]))
            s++;
        int e = line.Length;
        while (e > s && !char.IsLetterOrDigit(line[e - 1]) && line[e - 1] is not ('!' or '?' or '*' or ')'))
            e--;
        var sb = new System.Text.StringBuilder(e - s);
        bool space = false;
        for (int i = s; i < e; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
                sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public static bool EndsWithTerminal(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (Segmenter.IsCloser(line[i]) || char.IsWhiteSpace(line[i])))
            i--;
        return i >= 0 && Segmenter.IsTerminal(line[i]);
    }

    public static IEnumerable<string> ContentWords(ReadOnlySpan<char> line)
    {
        var list = new List<string>();
        foreach (var range in WordRanges(line))
        {
            var w = line[range];
            if (w.Length < 3 || !char.IsLetter(w[0]) || WordLists.IsFunctionWord(w))
                continue;
            list.Add(w.ToString().ToLowerInvariant());
        }

        return list;
    }

    public static List<Range> WordRanges(ReadOnlySpan<char> line)
    {
        var ranges = new List<Range>();
        int i = 0;
        while (i < line.Length)
        {
            if (!Tokenizer.IsWordChar(line[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < line.Length && (Tokenizer.IsWordChar(line[i])
                   || ((Tokenizer.IsApostrophe(line[i]) || Tokenizer.IsHyphen(line[i])) && i + 1 < line.Length && Tokenizer.IsWordChar(line[i + 1]))))
                i++;
            ranges.Add(new Range(s, i));
        }

        return ranges;
    }
}
