using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Reports;

/// <summary>
/// The article view shared by the Markdown and HTML renderers: each line with its kind, boilerplate lines with
/// the kind of furniture, content lines cut into plain and highlighted pieces (overlapping findings merged),
/// every finding numbered for its note, and the few findings that drove the score.
/// </summary>
public sealed class ArticleLayout
{
    public sealed record Note(int Number, Finding Finding, RuleDescriptor? Rule, FamilyStyle Style, int Line, int Column, string Quote);

    /// <summary>
    /// A piece of a content line: plain text when <see cref="Notes"/> is empty, else a highlight. It points into the
    /// article's text; <see cref="Text"/> makes a string of it only when asked (the Markdown page reads <see cref="Span"/>).
    /// </summary>
    public sealed class Piece
    {
        private readonly string source;
        private readonly int start;
        private string? text;

        public Piece(string text, IReadOnlyList<Note> notes)
            : this(text, 0, text.Length, notes)
        {
        }

        internal Piece(string source, int start, int length, IReadOnlyList<Note> notes)
        {
            this.source = source;
            this.start = start;
            Length = length;
            Notes = notes;
        }

        public string Text => text ??= start == 0 && Length == source.Length ? source : source.Substring(start, Length);

        public ReadOnlySpan<char> Span => source.AsSpan(start, Length);

        public int Length { get; }

        public IReadOnlyList<Note> Notes { get; }

        public FamilyStyle Style => Notes.Count == 0 ? FamilyStyle.Wording : Notes[0].Style;
    }

    /// <summary>A line of the article; like <see cref="Piece"/>, its <see cref="Text"/> is made on first use.</summary>
    public sealed class ViewLine
    {
        private readonly string source;
        private readonly TextSpan span;
        private string? text;

        internal ViewLine(int number, LineKind kind, string source, TextSpan span, IReadOnlyList<Piece> pieces, string? boilerplateKind, IReadOnlyList<Note> notes)
        {
            Number = number;
            Kind = kind;
            this.source = source;
            this.span = span;
            Pieces = pieces;
            BoilerplateKind = boilerplateKind;
            Notes = notes;
        }

        public int Number { get; }

        public LineKind Kind { get; }

        public string Text => text ??= source.Substring(span.Start, span.Length);

        public ReadOnlySpan<char> Span => source.AsSpan(span.Start, span.Length);

        public IReadOnlyList<Piece> Pieces { get; }

        public string? BoilerplateKind { get; }

        public IReadOnlyList<Note> Notes { get; }
    }

    public sealed record KeyFinding(ScoreDriver Driver, FamilyStyle Style, IReadOnlyList<Note> Examples);

    public required ArticleVerdict Verdict { get; init; }

    public required IReadOnlyList<ViewLine> Lines { get; init; }

    /// <summary>Every finding, in text order, numbered from 1.</summary>
    public required IReadOnlyList<Note> Notes { get; init; }

    /// <summary>The (at most three) families that contributed most to the score, each with up to two examples.</summary>
    public required IReadOnlyList<KeyFinding> KeyFindings { get; init; }

    public static ArticleLayout Of(ArticleVerdict v)
    {
        var a = v.Article;
        var registry = RuleRegistry.Instance;
        var notes = new List<Note>(v.Findings.Count);
        foreach (var f in v.Findings.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var d = registry.ById.GetValueOrDefault(f.RuleId);
            var (line, col) = a.Lines.Position(f.Span.Start);
            notes.Add(new Note(notes.Count + 1, f, d, FamilyStyle.Of(d), line, col, Quote(a.SliceSpan(f.Span))));
        }

        // Notes are in text order, so each line's notes are one run of the list (in list order, as a grouping by line gives them).
        var lines = new List<ViewLine>(v.LineKinds.Count);
        int next = 0;
        for (int i = 0; i < v.LineKinds.Count; i++)
        {
            var kind = v.LineKinds[i];
            var span = a.Lines.Lines[i].Span;
            IReadOnlyList<Note> here = [];
            while (next < notes.Count && notes[next].Line - 1 < i)
                next++;
            if (next < notes.Count && notes[next].Line - 1 == i)
            {
                int end = next;
                while (end < notes.Count && notes[end].Line - 1 == i)
                    end++;
                here = notes.GetRange(next, end - next);
                next = end;
            }

            if (kind == LineKind.Boilerplate)
            {
                Note? reason = null;
                foreach (var n in here)
                {
                    if (n.Rule?.Category == RuleCategory.Boilerplate)
                    {
                        reason = n;
                        break;
                    }
                }

                lines.Add(new ViewLine(i + 1, kind, a.Text, span, [new Piece(a.Text, span.Start, span.Length, [])], reason?.Rule?.Name ?? "boilerplate", here));
                continue;
            }

            List<Note>? spans = null;
            foreach (var n in here)
            {
                if (n.Style != FamilyStyle.Boilerplate)
                    (spans ??= []).Add(n);
            }

            lines.Add(new ViewLine(i + 1, kind, a.Text, span, Cut(a.Text, span, spans), null, here));
        }

        var keys = v.Drivers.OrderByDescending(d => d.Contribution).Take(3).Select(d => new KeyFinding(
            d,
            notes.FirstOrDefault(n => n.Rule?.Family == d.Family)?.Style ?? FamilyStyle.Wording,
            [.. notes.Where(n => n.Rule?.Family == d.Family).Take(2)])).ToList();
        return new ArticleLayout { Verdict = v, Lines = lines, Notes = notes, KeyFindings = keys };
    }

    /// <summary>A finding's text for its note: line breaks as spaces, clipped to 90 characters.</summary>
    private static string Quote(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(LineEndings) >= 0)
            return ArticleReport.Clip(text.ToString().ReplaceLineEndings(" "), 90);
        return text.Length > 90 ? string.Concat(text[..89], "…") : text.ToString();
    }

    /// <summary>What <see cref="string.ReplaceLineEndings(string)"/> replaces: CR, LF, FF, NEL, LS, PS.</summary>
    private static readonly System.Buffers.SearchValues<char> LineEndings = System.Buffers.SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    private static List<Piece> Cut(string text, TextSpan line, List<Note>? notes)
    {
        var pieces = new List<Piece>(notes is null ? 1 : 2 * notes.Count + 1);
        int pos = line.Start;
        int k = 0;
        while (notes is not null && k < notes.Count)
        {
            int start = Math.Max(notes[k].Finding.Span.Start, pos);
            int end = Math.Min(notes[k].Finding.Span.End, line.End);
            var group = new List<Note> { notes[k] };
            k++;
            while (k < notes.Count && notes[k].Finding.Span.Start < end)
            {
                end = Math.Max(end, Math.Min(notes[k].Finding.Span.End, line.End));
                group.Add(notes[k]);
                k++;
            }

            if (end <= start)
                continue;
            if (start > pos)
                pieces.Add(new Piece(text, pos, start - pos, []));
            pieces.Add(new Piece(text, start, end - start, group));
            pos = end;
        }

        if (line.End > pos || pieces.Count == 0)
            pieces.Add(new Piece(text, pos, line.End - pos, []));
        return pieces;
    }
}
