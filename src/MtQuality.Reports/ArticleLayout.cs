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

    /// <summary>A piece of a content line: plain text when <see cref="Notes"/> is empty, else a highlight.</summary>
    public sealed record Piece(string Text, IReadOnlyList<Note> Notes)
    {
        public FamilyStyle Style => Notes.Count == 0 ? FamilyStyle.Wording : Notes[0].Style;
    }

    public sealed record ViewLine(int Number, LineKind Kind, string Text, IReadOnlyList<Piece> Pieces, string? BoilerplateKind, IReadOnlyList<Note> Notes);

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
            notes.Add(new Note(notes.Count + 1, f, d, FamilyStyle.Of(d), line, col, ArticleReport.Clip(a.Slice(f.Span).ReplaceLineEndings(" "), 90)));
        }

        var byLine = notes.GroupBy(n => n.Line - 1).ToDictionary(g => g.Key, g => (IReadOnlyList<Note>)[.. g]);
        var lines = new List<ViewLine>(v.LineKinds.Count);
        for (int i = 0; i < v.LineKinds.Count; i++)
        {
            var kind = v.LineKinds[i];
            var span = a.Lines.Lines[i].Span;
            var text = a.Slice(span);
            var here = byLine.GetValueOrDefault(i) ?? [];
            if (kind == LineKind.Boilerplate)
            {
                var reason = here.FirstOrDefault(n => n.Rule?.Category == RuleCategory.Boilerplate);
                lines.Add(new ViewLine(i + 1, kind, text, [new Piece(text, [])], reason?.Rule?.Name ?? "boilerplate", here));
                continue;
            }

            var spans = here.Where(n => n.Style != FamilyStyle.Boilerplate).ToList();
            lines.Add(new ViewLine(i + 1, kind, text, Cut(a.Text, span, spans), null, here));
        }

        var keys = v.Drivers.OrderByDescending(d => d.Contribution).Take(3).Select(d => new KeyFinding(
            d,
            notes.FirstOrDefault(n => n.Rule?.Family == d.Family)?.Style ?? FamilyStyle.Wording,
            [.. notes.Where(n => n.Rule?.Family == d.Family).Take(2)])).ToList();
        return new ArticleLayout { Verdict = v, Lines = lines, Notes = notes, KeyFindings = keys };
    }

    private static List<Piece> Cut(string text, TextSpan line, List<Note> notes)
    {
        var pieces = new List<Piece>();
        int pos = line.Start;
        int k = 0;
        while (k < notes.Count)
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
                pieces.Add(new Piece(text[pos..start], []));
            pieces.Add(new Piece(text[start..end], group));
            pos = end;
        }

        if (line.End > pos || pieces.Count == 0)
            pieces.Add(new Piece(text[pos..line.End], []));
        return pieces;
    }
}
