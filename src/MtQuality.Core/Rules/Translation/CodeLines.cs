namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// Content lines that are program code or data rather than prose: a pasted interpreter session, a config file,
/// a JSON record, a shell listing. Pages about software print them inline with the article, and their quote
/// marks, capitals ("None", "True", "File") and repeated identifiers ("setup setup(") are syntax, not writing,
/// so the quote and casing rules leave them alone.
/// A line is code when it carries at least <see cref="MinSignals"/> marks of program syntax and at least one
/// such mark per <see cref="CharsPerSignal"/> non-space characters. The marks: braces, an interpreter prompt
/// (&gt;&gt;&gt;), an empty call "()", "):" and "){", comparison and assignment operators ("==", "!=", "+=", "=&gt;",
/// "&lt;-", " = ", "=" before a quote, bracket or parenthesis), a dunder "__", a quote mark next to a bracket, an angle
/// bracket or a colon ("[\"", "\")", "\":", "\"&lt;stdin&gt;\""), an escape "\n", a comment "# ", a method call "word.name(", and the
/// marks of a shell command: an option " -v" or " --force", a variable "$HOME", a pipe " | sort". Prose rarely has
/// one of these and almost never two in a sentence; the marks are those of C-family, Python, R, Ruby and shell
/// syntax (the languages of the code samples that web pages carry).
/// </summary>
public sealed class CodeLines
{
    public const int MinSignals = 3;

    public const int CharsPerSignal = 50;

    private readonly bool[] code;

    private CodeLines(AnalysisContext ctx)
    {
        code = new bool[ctx.Lines.Count];
        for (int li = 0; li < code.Length; li++)
            code[li] = ctx.IsContent(li) && LooksLikeCode(ctx.LineText(li));
    }

    public static CodeLines Of(AnalysisContext ctx) => ctx.Shared(c => new CodeLines(c));

    public bool IsCode(int lineIndex) => code[lineIndex];

    /// <summary>One pass over the line, counting marks of program syntax against its non-space characters.</summary>
    public static bool LooksLikeCode(ReadOnlySpan<char> line)
    {
        int signals = 0;
        int chars = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
                continue;
            chars++;
            char prev = i > 0 ? line[i - 1] : ' ';
            char next = i + 1 < line.Length ? line[i + 1] : ' ';
            switch (c)
            {
                case '{' or '}':
                    signals++;
                    break;
                case '>' when next == '>' && i + 2 < line.Length && line[i + 2] == '>' && prev != '>':
                    signals++;
                    break;
                case '(' when next == ')' || MethodCall(line, i):
                    signals++;
                    break;
                case ')' when next is ':' or '{':
                    signals++;
                    break;
                case '=' when next is '=' or '>' or '"' or '\'' or '[' or '(' || prev is '!' or '+' || (prev == ' ' && next == ' '):
                    if (prev != '=')
                        signals++;
                    break;
                case '<' when next == '-':
                    signals++;
                    break;
                case '_' when next == '_' && prev != '_':
                    signals++;
                    break;
                case '"' or '\'' when next is ':' or ')' or ']' or '<' || prev is '[' or '(' or '>':
                    signals++;
                    break;
                case '\\' when next is 'n' or 'r' or 't':
                    signals++;
                    break;
                case '#' when next == ' ':
                    signals++;
                    break;
                case '-' when prev == ' ' && (char.IsAsciiLetter(next) || (next == '-' && i + 2 < line.Length && char.IsAsciiLetter(line[i + 2]))):
                    signals++; // a command-line option: "-v", "--force"
                    break;
                case '$' when char.IsAsciiLetterUpper(next) || next == '{':
                    signals++; // a shell variable: "$HOME", "${PATH}"
                    break;
                case '|' when prev == ' ' && next == ' ' && i + 2 < line.Length && char.IsAsciiLetterLower(line[i + 2]):
                    signals++; // a pipe into a command: "| sort"
                    break;
            }
        }

        return signals >= MinSignals && signals * CharsPerSignal >= chars;
    }

    /// <summary>"name.method(": the parenthesis at <paramref name="i"/> follows an identifier that follows a dot after a letter.</summary>
    private static bool MethodCall(ReadOnlySpan<char> line, int i)
    {
        int k = i - 1;
        int stop = Math.Max(0, i - 40);
        while (k >= stop && (char.IsAsciiLetterOrDigit(line[k]) || line[k] == '_'))
            k--;
        return k < i - 1 && k > 0 && line[k] == '.' && (char.IsAsciiLetter(line[k - 1]) || line[k - 1] == '_');
    }
}
