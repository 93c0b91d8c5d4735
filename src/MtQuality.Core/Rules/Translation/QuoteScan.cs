using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

public enum QuoteProblem
{
    /// <summary>An opening mark that is never closed in its paragraph.</summary>
    UnclosedOpening,

    /// <summary>A closing mark with no opening mark before it.</summary>
    OrphanClosing,

    /// <summary>A closing-style mark used to open a quotation (” President…).</summary>
    WrongDirection,

    /// <summary>A quotation closed, then closed again: the first close cut the sentence (… used.” Hitting …”).</summary>
    PrematureClose,

    /// <summary>Like <see cref="PrematureClose"/>, but what lies between is a short lower-case echo (… atrocities.” will give.”).</summary>
    EchoAfterClose,
}

public readonly record struct QuoteEvent(QuoteProblem Problem, TextSpan Span, int LineIndex);

/// <summary>
/// One pass over every content line's double quotation marks (straight, curly, guillemets), pairing opening
/// and closing marks and reporting what does not pair. A straight quote's direction comes from its
/// neighbours (space before = opening). A quotation left open at the end of a paragraph is fine when the
/// next paragraph opens with a quote mark (the English convention for multi-paragraph quotes), looking past
/// boilerplate lines between the two, or when the next content line closes it before opening anything (a
/// quotation broken across lines).
/// </summary>
public sealed class QuoteScan
{
    public QuoteScan(AnalysisContext ctx)
    {
        var events = new List<QuoteEvent>();
        int lineCount = ctx.Lines.Count;
        var code = CodeLines.Of(ctx);
        // The event of a quotation left open at the end of the last content line, while the next content line may
        // still close it.
        int carried = -1;
        for (int li = 0; li < lineCount; li++)
        {
            if (!ctx.IsContent(li))
                continue;
            if (code.IsCode(li))
            {
                carried = -1;
                continue;
            }

            var (closedCarried, leftOpen) = ScanLine(ctx, li, events, carried >= 0);
            if (closedCarried)
                events.RemoveAt(carried);
            carried = leftOpen ? events.Count - 1 : -1;
        }

        Events = events;
    }

    public IReadOnlyList<QuoteEvent> Events { get; }

    public static QuoteScan Of(AnalysisContext ctx) => ctx.Shared(c => new QuoteScan(c));

    /// <summary>
    /// Scans one line. When <paramref name="carriedOpen"/>, the previous content line ended inside a quotation, and a
    /// closing mark before any opening one here closes it: one quotation broken across lines (hard-wrapped text, a
    /// line break inside a dialogue box or table cell), so neither mark is an error. Returns whether it did, and
    /// whether this line's last event is a quotation left open at its end.
    /// </summary>
    private static (bool ClosedCarried, bool LeftOpen) ScanLine(AnalysisContext ctx, int li, List<QuoteEvent> events, bool carriedOpen)
    {
        bool closedCarried = false;
        var text = ctx.Text;
        var line = ctx.Lines.Lines[li];
        int openAt = -1;
        int lastCloseAt = -1;
        for (int i = line.Start; i < line.End; i++)
        {
            char c = text[i];
            if (!IsDoubleQuote(c))
                continue;
            // A run of the same mark (”” or """) is one mark typed twice, not several quotations: judging every
            // mark of a hostile 100k-long run would also make the scan quadratic in findings.
            if (i > line.Start && text[i - 1] == c)
                continue;
            // Minutes and seconds or feet and inches written with ASCII primes ("second at 6'41\"", "he is 6'2\""):
            // a unit mark, not a quotation.
            if (c == '"' && IsSecondsOrInchesMark(text, i, line.Start))
                continue;
            // A '»' standing alone between spaces with no quotation open is a separator, not a quote: the steps of a
            // menu path or a breadcrumb ("Home » News » Sport"), or a "more" arrow after a link ("See all offers »").
            if (c == '»' && openAt < 0 && (i == line.Start || char.IsWhiteSpace(text[i - 1])) && SpaceAfter(text, i, line.End))
                continue;
            bool spaceBefore = i == line.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–';
            // What a quotation can open with: a word, a nested quote, an ellipsis, and the symbols that begin a quoted
            // handle, tag, amount, option or aside ("@name", "#tag", "$5", "-v", "(sic)").
            bool wordAfter = i + 1 < line.End && (char.IsLetterOrDigit(text[i + 1])
                || text[i + 1] is '‘' or '\'' or '.' or '…' or '@' or '#' or '$' or '£' or '€' or '-' or '(' or '[');
            bool opening = c switch
            {
                '“' or '«' or '„' => true,
                '”' or '»' => false,
                // A straight quote with space on both sides (detokeniser output: say, " I have ") says nothing
                // about its direction: pair it by position.
                _ => openAt < 0 && (((spaceBefore || !(i > line.Start && char.IsLetterOrDigit(text[i - 1]))) && wordAfter) || (spaceBefore && SpaceAfter(text, i, line.End))),
            };
            if (!opening && c is '”' && openAt < 0 && spaceBefore && wordAfter)
            {
                events.Add(new QuoteEvent(QuoteProblem.WrongDirection, new TextSpan(i, WordEnd(text, i + 1, line.End)), li));
                openAt = i;
                continue;
            }

            if (opening)
            {
                if (openAt >= 0)
                {
                    // Two openings in a row: the first was never closed (or this one is a nested quote in the wrong mark).
                    if (c == text[openAt] && c != '"')
                        events.Add(new QuoteEvent(QuoteProblem.UnclosedOpening, new TextSpan(openAt, SentenceEnd(text, openAt, i)), li));
                }

                openAt = i;
                continue;
            }

            if (openAt >= 0)
            {
                openAt = -1;
                lastCloseAt = i;
                continue;
            }

            if (lastCloseAt >= 0)
            {
                var between = text.AsSpan(lastCloseAt + 1, i - lastCloseAt - 1).Trim();
                int words = TextFacts.CountWords(between);
                bool echo = words <= 6 && between.Length > 0 && char.IsLower(between[0]);
                int from = WordStartBack(text, lastCloseAt, line.Start, echo ? 1 : 2);
                int to = echo ? i + 1 : WordEndForward(text, lastCloseAt + 1, line.End, 3);
                events.Add(new QuoteEvent(echo ? QuoteProblem.EchoAfterClose : QuoteProblem.PrematureClose, new TextSpan(from, to), li));
                lastCloseAt = i;
                continue;
            }

            if (carriedOpen && !closedCarried)
            {
                closedCarried = true;
                lastCloseAt = i;
                continue;
            }

            int start = WordStartBack(text, i, line.Start, 3);
            events.Add(new QuoteEvent(QuoteProblem.OrphanClosing, new TextSpan(start, WordEndForward(text, i + 1, line.End, 3)), li));
            lastCloseAt = i;
        }

        if (openAt >= 0 && !NextContentLineOpensQuote(ctx, li))
        {
            events.Add(new QuoteEvent(QuoteProblem.UnclosedOpening, new TextSpan(openAt, SentenceEnd(text, openAt, line.End)), li));
            return (closedCarried, true);
        }

        return (closedCarried, false);
    }

    private static bool NextContentLineOpensQuote(AnalysisContext ctx, int li)
    {
        for (int j = li + 1; j < ctx.Lines.Count; j++)
        {
            var t = ctx.LineText(j).TrimStart();
            if (t.Length == 0)
                continue;
            if (t[0] is '“' or '"' or '«' or '„')
                return true;
            // Page furniture between the paragraphs (a photo caption, "Read more") does not end the quotation.
            if (ctx.IsContent(j))
                return false;
        }

        return false;
    }

    private static bool SpaceAfter(string text, int i, int end) => i + 1 >= end || char.IsWhiteSpace(text[i + 1]);

    /// <summary>
    /// A straight double quote right after digits that follow a single prime and digits ("6'41\"", "5’11\""): the
    /// seconds of a time gap or the inches of a height, not a quotation mark.
    /// </summary>
    public static bool IsSecondsOrInchesMark(string text, int i, int lineStart)
    {
        int k = i - 1;
        int digits = 0;
        while (k >= lineStart && char.IsAsciiDigit(text[k]) && digits < 3)
        {
            k--;
            digits++;
        }

        return digits > 0 && k > lineStart && text[k] is '\'' or '’' or '′' && char.IsAsciiDigit(text[k - 1]);
    }

    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>
    /// How far the span helpers look for word boundaries. Without a cap, a line of 100,000 quote marks with no
    /// space (or one enormous "word") made each event scan the whole line: quadratic time. Spans stop here instead.
    /// </summary>
    private const int MaxScan = 400;

    private static int WordEnd(string text, int i, int end)
    {
        end = Math.Min(end, i + MaxScan);
        while (i < end && !char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    /// <summary>End of the sentence that starts at <paramref name="from"/>, or <paramref name="limit"/>.</summary>
    private static int SentenceEnd(string text, int from, int limit)
    {
        for (int i = from + 1; i < limit; i++)
        {
            if (Segmenter.IsTerminal(text[i]) && (i + 1 >= limit || char.IsWhiteSpace(text[i + 1])))
                return i + 1;
        }

        int e = limit;
        while (e > from + 1 && char.IsWhiteSpace(text[e - 1]))
            e--;
        return e;
    }

    private static int WordStartBack(string text, int i, int lineStart, int words)
    {
        int pos = i;
        lineStart = Math.Max(lineStart, i - MaxScan);
        for (int w = 0; w < words && pos > lineStart; w++)
        {
            while (pos > lineStart && char.IsWhiteSpace(text[pos - 1]))
                pos--;
            while (pos > lineStart && !char.IsWhiteSpace(text[pos - 1]))
                pos--;
        }

        return pos;
    }

    private static int WordEndForward(string text, int i, int lineEnd, int words)
    {
        int pos = i;
        lineEnd = Math.Min(lineEnd, i + MaxScan);
        for (int w = 0; w < words && pos < lineEnd; w++)
        {
            while (pos < lineEnd && char.IsWhiteSpace(text[pos]))
                pos++;
            while (pos < lineEnd && !char.IsWhiteSpace(text[pos]))
                pos++;
        }

        return pos;
    }
}

/// <summary>
/// The quotation marks of a line before a sentence, for rules that ask "is this sentence quoted?". Sentences are
/// asked in text order, so the walk goes on from where it stopped on the same line instead of rescanning the line
/// for each one: a line of many short sentences stays linear. Three readings of the same marks are kept, each rule
/// taking its own: the last curly or angle mark (<see cref="CurlyOpen"/>), the count of straight marks
/// (<see cref="StraightMarks"/>), and the nesting of opening and closing curly, angle and low marks
/// (<see cref="Depth"/>).
/// </summary>
internal sealed class LineQuoteWalker(AnalysisContext context)
{
    private int line = -1;
    private int at;

    /// <summary>The last curly or angle mark before the sentence opens (“ «) rather than closes (” »).</summary>
    public bool CurlyOpen { get; private set; }

    /// <summary>Straight double quotes before the sentence on its line.</summary>
    public int StraightMarks { get; private set; }

    /// <summary>Opening curly, angle and low marks (“ « „) not yet closed (” »), never below zero.</summary>
    public int Depth { get; private set; }

    /// <summary>Walks the sentence's line up to its start; the properties then describe the marks before it.</summary>
    public LineQuoteWalker MoveTo(Sentence s)
    {
        if (s.LineIndex != line || s.Span.Start < at)
        {
            line = s.LineIndex;
            at = context.Lines.Lines[line].Start;
            CurlyOpen = false;
            StraightMarks = 0;
            Depth = 0;
        }

        var text = context.Text;
        for (; at < s.Span.Start; at++)
        {
            char c = text[at];
            if (c is '“' or '«')
            {
                CurlyOpen = true;
                Depth++;
            }
            else if (c is '”' or '»')
            {
                CurlyOpen = false;
                if (Depth > 0)
                    Depth--;
            }
            else if (c == '„')
            {
                Depth++;
            }
            else if (c == '"')
            {
                StraightMarks++;
            }
        }

        return this;
    }
}
