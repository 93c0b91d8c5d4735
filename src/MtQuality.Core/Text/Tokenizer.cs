namespace MtQuality.Core.Text;

/// <summary>
/// A single-pass, allocation-light tokenizer. Linear in the input: every character is looked at a bounded
/// number of times, so hostile input (megabyte lines, long runs of one character) cannot blow up.
/// </summary>
public static class Tokenizer
{
    /// <remarks>ASCII holds no combining marks, so its word characters are its letters and digits: answered without
    /// the Unicode category lookup that the spaces and punctuation between words otherwise cost.</remarks>
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static List<Token> Tokenize(string text, LineMap lines)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        foreach (var line in lines.Lines)
            TokenizeRange(text, line.Start, line.End, lines.IndexOf(line.Start), tokens);
        return tokens;
    }

    public static void TokenizeRange(string text, int start, int end, int lineIndex, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1])))
            {
                tokens.Add(new Token(new TextSpan(i, i + 1), TokenKind.Punct, lineIndex));
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                int len = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new Token(new TextSpan(i, i + len), TokenKind.Punct, lineIndex));
                i += len;
                continue;
            }

            int s = i;
            bool allDigits = true;
            while (i < end)
            {
                char d = text[i];
                if (IsWordChar(d))
                {
                    if (!char.IsDigit(d))
                        allDigits = false;
                    i++;
                    continue;
                }

                // Internal joiners: don't-, ex-wife, U.S., 1,000, 26.2 — only when a word char follows.
                if (i + 1 < end && IsWordChar(text[i + 1]))
                {
                    if (IsApostrophe(d) || IsHyphen(d))
                    {
                        i++;
                        continue;
                    }

                    if ((d == '.' || d == ',') && allDigits && char.IsDigit(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    if (d == '.' && i - s == 1 && char.IsUpper(text[s]) && char.IsUpper(text[i + 1]))
                    {
                        // Initials such as U.S. or U.K.: keep the dots inside the word.
                        i += 2;
                        while (i + 1 < end && text[i] == '.' && char.IsUpper(text[i + 1]))
                            i += 2;
                        break; // the final dot stays a separate token: the segmenter decides if it ends a sentence
                    }
                }

                break;
            }

            tokens.Add(new Token(new TextSpan(s, i), allDigits ? TokenKind.Number : TokenKind.Word, lineIndex));
        }
    }
}
