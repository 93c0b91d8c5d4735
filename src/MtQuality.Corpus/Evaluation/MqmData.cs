using System.Text.Json;

namespace MtQuality.Corpus.Evaluation;

/// <summary>One error span an MQM rater marked in a translation (offsets into the segment's target).</summary>
public sealed record MqmError(string Rater, string Category, string Severity, double Weight, int Start, int End);

/// <summary>One system's translation of one segment, with every rater's error spans and the MQM score.</summary>
public sealed record MqmSegment(string System, string Doc, int Seg, string Target, bool IsHuman, double Mqm, IReadOnlyList<MqmError> Errors);

/// <summary>
/// One system's translation of one talk: the segments joined by newlines (one segment a line), so document-level
/// rules (name consistency, quote styles) see the whole talk. <see cref="Offsets"/>[i] is where segment i starts.
/// </summary>
public sealed class MqmDocument
{
    public MqmDocument(string system, string doc, IReadOnlyList<MqmSegment> segments)
    {
        System = system;
        Doc = doc;
        Segments = segments;
        var offsets = new int[segments.Count];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            if (i > 0)
                sb.Append('\n');
            offsets[i] = sb.Length;
            sb.Append(segments[i].Target);
        }

        Offsets = offsets;
        Text = sb.ToString();
    }

    public string System { get; }

    public string Doc { get; }

    public string Id => System + "/" + Doc;

    public bool IsHuman => Segments.Count > 0 && Segments[0].IsHuman;

    public IReadOnlyList<MqmSegment> Segments { get; }

    public IReadOnlyList<int> Offsets { get; }

    public string Text { get; }

    /// <summary>The segment a document offset falls in.</summary>
    public int SegmentAt(int offset)
    {
        int i = Array.BinarySearch((int[])Offsets, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}

/// <summary>
/// Reads the MQM dev set (google/wmt-mqm-human-evaluation, Freitag et al. 2021, as prepared in
/// <c>ted_zhen.segments.jsonl</c>): one record per system × segment. Error offsets that do not line up with
/// their quoted text (a fraction of a percent upstream) are re-anchored on the quoted text.
/// </summary>
public static class MqmData
{
    public const string SegmentsFile = "ted_zhen.segments.jsonl";

    public static string SegmentsPath(string dir) =>
        File.Exists(dir) ? dir : Directory.EnumerateFiles(dir, "*.segments.jsonl").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException($"{dir}: no *.segments.jsonl file (expected {SegmentsFile})");

    public static List<MqmSegment> LoadSegments(string dirOrFile)
    {
        var path = SegmentsPath(dirOrFile);
        var list = new List<MqmSegment>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                list.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNo}: not an MQM segment record ({e.Message})");
            }
        }

        return list;
    }

    /// <summary>Segments grouped by system and talk, each in segment order.</summary>
    public static List<MqmDocument> Documents(IEnumerable<MqmSegment> segments) =>
        [.. segments.GroupBy(s => (s.System, s.Doc))
            .OrderBy(g => g.Key.System, StringComparer.Ordinal).ThenBy(g => g.Key.Doc, StringComparer.Ordinal)
            .Select(g => new MqmDocument(g.Key.System, g.Key.Doc, [.. g.OrderBy(s => s.Seg)]))];

    private static MqmSegment Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var target = r.GetProperty("target").GetString() ?? string.Empty;
        var errors = new List<MqmError>();
        if (r.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errs.EnumerateArray())
            {
                if (!e.TryGetProperty("target_span", out var ts) || ts.ValueKind != JsonValueKind.Object)
                    continue;
                int start = ts.GetProperty("start").GetInt32();
                int end = ts.GetProperty("end").GetInt32();
                var text = ts.TryGetProperty("text", out var tt) ? tt.GetString() ?? string.Empty : string.Empty;
                (start, end) = Anchor(target, start, end, text);
                if (end <= start)
                    continue;
                errors.Add(new MqmError(
                    e.TryGetProperty("rater", out var ra) ? ra.GetString() ?? "" : "",
                    e.TryGetProperty("category", out var c) ? c.GetString() ?? "" : "",
                    e.TryGetProperty("severity", out var sv) ? sv.GetString() ?? "" : "",
                    e.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : 0,
                    start,
                    end));
            }
        }

        return new MqmSegment(
            r.GetProperty("system").GetString() ?? "",
            r.GetProperty("doc").GetString() ?? "",
            r.GetProperty("seg").GetInt32(),
            target,
            r.TryGetProperty("is_human", out var h) && h.ValueKind == JsonValueKind.True,
            r.TryGetProperty("mqm", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : 0,
            errors);
    }

    /// <summary>Trust the quoted text over the offsets: find it nearest to the given start.</summary>
    private static (int, int) Anchor(string target, int start, int end, string text)
    {
        start = Math.Clamp(start, 0, target.Length);
        end = Math.Clamp(end, start, target.Length);
        if (text.Length == 0 || string.CompareOrdinal(target, start, text, 0, text.Length) == 0 && end - start == text.Length)
            return (start, end);
        int best = -1;
        for (int i = target.IndexOf(text, StringComparison.Ordinal); i >= 0; i = target.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - start) < Math.Abs(best - start))
                best = i;
        }

        return best >= 0 ? (best, best + text.Length) : (start, end);
    }
}
