using System.Text.Json;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Reports;

/// <summary>
/// The stable JSON contract of one article (findings.jsonl lines, <c>mtq score --format json</c>). Field names
/// never change: other tools read them. line/column are 1-based; start/end are half-open UTF-16 offsets.
/// </summary>
public static class JsonRecord
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Pretty = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ArticleVerdict v, bool indented = false)
    {
        // Each thread keeps one buffer and one writer per layout, reset for every record (the audit serialises
        // every article on its scoring thread): only the record's string is new.
        var buffer = serializeBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        var w = indented
            ? prettyWriter ??= new Utf8JsonWriter(buffer, Pretty)
            : compactWriter ??= new Utf8JsonWriter(buffer, Compact);
        w.Reset(buffer);
        try
        {
            Write(w, v);
            w.Flush();
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            w.Reset(); // the writer holds no buffer between records
            if (buffer.Capacity > MaxKeptBuffer)
                serializeBuffer = null; // an outsized record's buffer is not kept for the rest of the run
        }
    }

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? serializeBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? compactWriter;

    [ThreadStatic]
    private static Utf8JsonWriter? prettyWriter;

    /// <summary>Bytes of serialisation buffer kept between records.</summary>
    private const int MaxKeptBuffer = 1 << 18;

    public static void Write(Utf8JsonWriter w, ArticleVerdict v)
    {
        var a = v.Article;
        var registry = RuleRegistry.Instance;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("path", a.Path);
        w.WriteString("site", a.Site);
        w.WriteString("title", v.DisplayTitle);
        if (a.Url is not null)
            w.WriteString("url", a.Url);
        w.WriteNumber("mtScore", v.MtScore);
        w.WriteNumber("boilerplateScore", v.BoilerplateScore);
        w.WriteNumber("contentWords", v.ContentWords);
        w.WriteString("verdict", v.Label);
        w.WriteStartArray("lines");
        for (int i = 0; i < v.LineKinds.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("line", i + 1);
            w.WriteString("kind", v.LineKinds[i] switch { LineKind.Content => "content", LineKind.Boilerplate => "boilerplate", _ => "blank" });
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in v.Findings)
        {
            var d = registry.ById.GetValueOrDefault(f.RuleId);
            var (line, col) = a.Lines.Position(f.Span.Start);
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteString("name", d?.Name ?? f.RuleId);
            w.WriteString("category", d?.Category.ToText() ?? "translation");
            w.WriteString("family", d?.Family ?? string.Empty);
            w.WriteString("severity", f.Severity.ToText());
            w.WriteNumber("line", line);
            w.WriteNumber("column", col);
            w.WriteNumber("start", f.Span.Start);
            w.WriteNumber("end", f.Span.End);
            w.WriteString("text", a.SliceSpan(f.Span));
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("drivers");
        foreach (var d in v.Drivers)
        {
            w.WriteStartObject();
            w.WriteString("family", d.Family);
            w.WriteNumber("findings", d.Findings);
            w.WriteNumber("perThousandWords", Math.Round(d.PerThousandWords, 2));
            w.WriteNumber("contribution", Math.Round(d.Contribution, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
