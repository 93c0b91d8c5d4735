namespace MtQuality.Corpus.Evaluation;

/// <summary>One row of a gold file in the format of corpora/seeds/seeds-gold.tsv.</summary>
public sealed record GoldRow(string Seed, string Line, string Kind, string Family, string Span, string Note);

public static class SeedGold
{
    /// <summary>Reads a gold TSV: header <c>seed, line, kind, family, span, note</c>; line "*" = every line holding the span.</summary>
    public static List<GoldRow> Load(string path)
    {
        var rows = new List<GoldRow>();
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            if (n == 1 && raw.StartsWith("seed\t", StringComparison.Ordinal))
                continue;
            if (string.IsNullOrWhiteSpace(raw) || raw.StartsWith('#'))
                continue;
            var c = raw.Split('\t');
            if (c.Length < 5)
                throw new FormatException($"{path}:{n}: expected at least 5 tab-separated columns");
            rows.Add(new GoldRow(c[0].Trim(), c[1].Trim(), c[2].Trim(), c[3].Trim(), c[4], c.Length > 5 ? c[5] : string.Empty));
        }

        return rows;
    }
}
