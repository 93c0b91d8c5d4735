using System.Text;
using CsCheck;
using MtQuality.Core.Rules;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Generators of hostile text: any UTF-16 code unit (lone surrogates included), NUL and other controls, every
/// line ending, bidi and zero-width characters, markup that must stay text, quotes of every kind, and the
/// words and spans the rules' own examples are made of (so the rules' trigger paths are actually exercised).
/// </summary>
internal static class Hostile
{
    public static readonly string[] Pieces =
    [
        "\0", "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", "\u0085", "\t", " ", "  ", "\f", "\v",
        "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u00A0", "e\u0301\u0301\u0301",
        "👍", "🇺🇦", "ｅｔｃ", "ǅ", "ß", "İ", "ﬁ",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))",
        "<!-- hidden -->", "| a | b |", "|---|---|", "`", "```", "*", "_", "~~", "#", "> ", "- ", "1. ", "\\", "&amp;", "&#0;",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "(", ")", "[", "]", "{", "}",
        ".", "...", "…", "!", "?", ",", ";", ":", "-", "—", "–", "/", "%", "@", "$", "0", "1999", "12:30", "3.5",
        "Mr.", "U.S.", "e.g.", "NATO", "the", "The", "THE", "a", "A", "and", "of", "be", "to", "I", "we", "Our",
        "Read more", "Share", "Follow us on", "Comments", "Advertisement", "Top Stories",
    ];

    private static readonly Lazy<string[]> ExampleWords = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in RuleRegistry.Instance.Descriptors)
        {
            foreach (var ex in d.Examples)
            {
                var (text, spans) = ex.Parse();
                foreach (var s in spans)
                    words.Add(text.Substring(s.Start, s.Length));
                foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    words.Add(w);
                foreach (var line in text.Split('\n'))
                    words.Add(line);
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    });

    public static string[] RuleExampleWords => ExampleWords.Value;

    public static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.Char.Select(c => c.ToString())),
        (5, Gen.OneOf(Pieces)),
        (5, Gen.Int[0, int.MaxValue].Select(i => RuleExampleWords[i % RuleExampleWords.Length])),
        (2, Gen.Char['a', 'z'].Select(c => c.ToString())));

    /// <summary>A hostile text of up to a few hundred pieces, joined with or without spaces.</summary>
    public static readonly Gen<string> Text = Gen.Select(Piece.Array[0, 300], Gen.Bool, (ps, spaced) => string.Join(spaced ? " " : string.Empty, ps));

    /// <summary>Hostile bytes: the UTF-8 of a hostile text (lone surrogates become U+FFFD), salted with invalid bytes.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (3, Text.Select(t => Encoding.UTF8.GetBytes(t))),
        (2, Gen.Select(Text, Gen.Byte.Array[1, 8], Gen.Int[0, 1000], (t, junk, at) =>
        {
            var b = Encoding.UTF8.GetBytes(t).ToList();
            b.InsertRange(Math.Min(at, b.Count), junk);
            return b.ToArray();
        })),
        (1, Gen.Byte.Array[0, 2000]),
        (1, Text.Select(t => (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)])),
        (1, Text.Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)])));

    private static readonly string[] Tags = ["div", "p", "span", "b", "i", "a", "table", "tr", "td", "ul", "li", "nav", "footer", "script", "style", "svg", "template", "h1", "pre", "br", "select", "iframe", "math", "noscript", "form"];

    /// <summary>Tag soup: unbalanced and misnested tags, attributes that hide things, text pieces in between.</summary>
    public static readonly Gen<string> Html = Gen.Frequency(
        (3, Gen.OneOf(Tags).Select(t => $"<{t}>")),
        (3, Gen.OneOf(Tags).Select(t => $"</{t}>")),
        (1, Gen.OneOf(Tags).Select(t => $"<{t} class=\"related share\" style=\"display:none\" hidden aria-hidden=true>")),
        (1, Gen.Const("<link rel='canonical' href='javascript:alert(1)'><meta property='og:title' content='<script>'>")),
        (1, Gen.Const("<![CDATA[ x ]]><!DOCTYPE html><?xml?>")),
        (6, Piece)).Array[0, 300].Select(p => string.Concat(p));

    public static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars)
            sb.Append(unit);
        return sb.ToString();
    }
}
