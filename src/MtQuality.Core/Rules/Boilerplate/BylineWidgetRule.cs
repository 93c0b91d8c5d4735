using System.Text.RegularExpressions;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Author boxes, byline widgets and autoblog source credits ("Posted by admin", "Source link"), and
/// lines that are only a site's domain name ("ExampleNews.com"), which pages print as a source credit or logo text.
/// Why it matters: Widget bylines and source credits are template text; real bylines belong to metadata, not to the article body.
/// </summary>
public sealed partial class BylineWidgetRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BylineWidget,
        "byline-widget",
        RuleCategory.Boilerplate,
        "byline-widget",
        Severity.Info,
        "Byline widget or source credit",
        "Author boxes, byline widgets and autoblog source credits (\"Posted by admin\", \"Source link\").",
        "Widget bylines and source credits are template text; real bylines belong to metadata, not to the article body.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Posted by admin|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|About the author|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|ExampleNews.com|]")),
            RuleExample.Clean(ExamplePages.Page("", "Node.js\n" + ExamplePages.Prose2)),
            RuleExample.Clean(ExamplePages.Page("", "The report was written by a team of twelve researchers over two years and published on Tuesday.")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Photo: Handout via Reuters|]")),
            RuleExample.Clean(ExamplePages.Page("", "Photo: Firefighters clear debris from the collapsed roof of the market hall")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Picture: Lena Hartley|]")),
            RuleExample.Clean(ExamplePages.Page("", "Picture: volunteers plant trees along the new cycle path on Saturday")),
            RuleExample.Flagged(ExamplePages.Page("[|By Lena Hartley|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Von Anna Weber | 17.03.2026, 06:00 Uhr | Lesezeit: 3 Min.|]")),
            RuleExample.Flagged(ExamplePages.Page("[|By JANE ROE and Tom van der Berg, Reuters|]")),
            RuleExample.Clean(ExamplePages.Page("By the numbers")),
            RuleExample.Flagged(ExamplePages.Page("[|di Chiara Benedetti | 16/10/2025|]")),
            RuleExample.Clean(ExamplePages.Page("", "By March, prices had doubled")),
            RuleExample.Clean(ExamplePages.Page("", "By Train Across the Alps")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Valley Civic Desk is local journalism funded through the Harbour Trust.|]")),
            RuleExample.Clean(ExamplePages.Prose + "\n\nThe essay appeared first on a small blog in 2009, before two papers reprinted it and the author was asked to expand it into a book.\n\n" + ExamplePages.Prose2),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: byline, author-box, source-credit)",
    };

    public BylineWidgetRule()
        : base("byline", "author-box", "source-credit")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// A single token that is a host name under a common site domain. Software names with a dot ("Node.js",
    /// "ASP.NET") end in other suffixes, which is why the list is short and .net is not on it.
    /// </summary>
    [GeneratedRegex(@"^(www\.)?[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(com|org|gov|edu|info|news|co\.uk|org\.uk|com\.au)$",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    /// <summary>
    /// "Photo:", "Image:", "File photo:", "Foto:" (any label of <see cref="PhotoLabels"/>) label both a credit ("Photo: Handout via Reuters", "Image: John Smith/AFP") and a
    /// caption, which is part of the story ("Photo: Firefighters clear debris from the roof of the market"): after
    /// the label, a caption has four words or more, two or more of them lower-case English words that are not function
    /// words (a verb, a noun), or one and a final full stop, where a credit holds names, agencies and "by", "via", "for".
    /// </summary>
    internal static bool IsCaption(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        int colon = t.IndexOf(':');
        if (colon < 0)
            return false;
        var label = t[..colon].Trim();
        int space = label.LastIndexOf(' ');
        if (label.Count(' ') > 2 || !PhotoLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(space >= 0 ? label[(space + 1)..] : label))
            return false;
        int words = 0;
        int content = 0;
        foreach (var range in t[(colon + 1)..].Split(' '))
        {
            var w = t[(colon + 1)..][range].Trim(".,;!?\"'“”‘’()");
            if (w.Length == 0)
                continue;
            words++;
            bool lower = true;
            foreach (char c in w)
            {
                if (!char.IsLower(c))
                {
                    lower = false;
                    break;
                }
            }

            if (lower && w.Length >= 3 && !WordLists.IsFunctionWord(w) && EnglishLexicon.IsWord(w))
                content++;
        }

        // A caption's sentence may have a single lower-case content word when it ends with its full stop ("File photo:
        // Boats moored at the club on Wednesday."); a credit's words are names, agencies and "by", "via", "for", and a
        // credit in another language ("Фото: пресслужба міської ради", "Foto: archiv města") has no English words.
        return words >= 4 && (content >= 2 || (content >= 1 && t.EndsWith('.')));
    }

    /// <summary>Most words of a line read as a byline (names, then a tail of date, time, role or reading time).</summary>
    public const int MaxBylineWords = 20;

    /// <summary>The word that opens a byline in the languages of the phrase list: by, von, par, por, door, di, av.</summary>
    /// <remarks>In lower case, title case or capitals ("di Chiara Benedetti | 16/10/2025": Italian sites set it in lower case).</remarks>
    private static bool IsBylineWord(ReadOnlySpan<char> w) =>
        BylineWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && (TextFacts.IsLowerWord(w) || TextFacts.IsTitleWord(w) || TextFacts.IsAllCaps(w));

    private static readonly HashSet<string> BylineWords = new(StringComparer.OrdinalIgnoreCase) { "by", "von", "par", "por", "door", "di", "av" };

    /// <summary>Words that join two names in a byline ("By Jane Roe and John Doe").</summary>
    private static bool IsJoiner(ReadOnlySpan<char> w) => w is "and" or "&" or "und" or "et" or "y" or "e" or "en" or "och" or "og";

    /// <summary>Most words of the names of a byline, particles and joiners included.</summary>
    public const int MaxBylineNameWords = 8;

    /// <summary>
    /// A byline on a line of its own: "By" (or von, par, por, door, di, av) and one to four names, capitalised words
    /// with particles ("van", "de") and joiners ("and") between them, then nothing or a tail after a separator (| · •
    /// , – —): "By Kirra Lawson", "By JANE ROE and John Doe, Reuters", "Von Katrin Oehme | 17.03.2026, 06:00 Uhr".
    /// A heading or sentence that opens with "By" has a lower-case word, a function word, a number or a month among
    /// the words before any separator ("By the numbers", "By March, prices had doubled", "By 2030 …").
    /// </summary>
    internal static bool IsNameByline(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        int space = t.IndexOf(' ');
        if (space <= 0 || !IsBylineWord(t[..space]))
            return false;
        var rest = t[(space + 1)..];
        int tail = rest.IndexOfAny("|·•,–—;");
        if (tail < 0)
        {
            int dash = rest.IndexOf(" - ", StringComparison.Ordinal);
            tail = dash >= 0 ? dash : rest.Length;
        }

        int names = 0;
        int words = 0;
        bool lastWasName = false;
        bool lastWasJoiner = false;
        foreach (var range in rest[..tail].Split(' '))
        {
            var w = rest[..tail][range];
            if (w.Length == 0)
                continue;
            if (++words > MaxBylineNameWords)
                return false;
            if (TextFacts.IsNameParticle(w) && names > 0 && !lastWasJoiner)
            {
                lastWasName = false; // "van der Berg": particles run on to the surname
                continue;
            }

            if (IsJoiner(w))
            {
                if (!lastWasName)
                    return false;
                lastWasName = false;
                lastWasJoiner = true;
                continue;
            }

            lastWasJoiner = false;

            if (!IsNameWord(w))
                return false;
            names++;
            lastWasName = true;
        }

        return names >= 1 && lastWasName;
    }

    /// <summary>
    /// A byline without "By": two to four capitalised name words, a separator (| · • – —) and a tail that holds a date
    /// or time in figures ("Minh Khôi | 14/10/2025 07:15 (GMT+7)", "Anna Berg · 12.11.2026, 09:14"). A headline has
    /// lower-case words before any separator; a menu has no figures.
    /// </summary>
    internal static bool IsNameStampLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        int sep = t.IndexOfAny("|·•–—");
        if (sep <= 0 || sep + 1 >= t.Length)
            return false;
        var tail = t[(sep + 1)..];
        // A date or time in figures: "14/10/2025", "12.11.2026", "07:15".
        int digits = 0;
        bool mark = false;
        foreach (char c in tail)
        {
            if (char.IsAsciiDigit(c))
                digits++;
            else if (c is '/' or '.' or ':' && digits > 0)
                mark = true;
        }

        if (digits < 4 || !mark)
            return false;
        int names = 0;
        foreach (var range in t[..sep].Split(' '))
        {
            var w = t[..sep][range];
            if (w.Length == 0)
                continue;
            if (!IsNameWord(w) || ++names > 4)
                return false;
        }

        return names >= 2;
    }

    /// <summary>A word of a person's or agency's name: capitalised letters (with hyphen, apostrophe or an initial's stop), no function word or calendar word.</summary>
    private static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (!char.IsUpper(w[0]) || WordLists.IsFunctionWord(w) || TextFacts.IsCalendarName(w))
            return false;
        foreach (char c in w)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                return false;
        }

        return true;
    }

    /// <summary>Most words of a "Picture:" credit line.</summary>
    public const int MaxCreditWords = 8;

    /// <summary>
    /// The word for "photo" or "picture" that labels a picture credit, in the languages of news sites: English, the
    /// Romance, Germanic, Slavic, Baltic, Finnic and Greek words (Foto, Fotó, Fotografie, Kuva, Zdjęcie, Slika,
    /// Φωτογραφία, Фото, Снимка), and the words of Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Thai, Vietnamese,
    /// Tagalog, Swahili, Japanese, Chinese and Korean (صورة, عکس, تصویر, תמונה/צילום, फोटो/छवि, ছবি, ภาพ, Ảnh, Larawan,
    /// Picha, 写真, 图片/照片, 사진): the standard words of each language (Wiktionary's translation table of "photograph").
    /// </summary>
    private static readonly HashSet<string> PhotoLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "pic", "pics",
        "foto", "fotos", "fotó", "fotók", "fotografie", "fotografia", "fotografía", "fotografija", "fotografije", "fotka", "fotoğraf",
        "bild", "bilder", "billede", "bilde", "beeld", "afbeelding", "kuva", "kuvat", "pilt", "zdjęcie", "zdjęcia", "slika", "slike",
        "snímek", "obrázek", "imagen", "imagem", "immagine", "kép", "nuotrauka", "attēls", "resim", "görsel",
        "φωτογραφία", "φωτογραφίες", "φωτο", "фото", "фотография", "снимка", "снимок", "світлина", "слика",
        "صورة", "الصورة", "عکس", "تصویر", "תמונה", "צילום", "फोटो", "छवि", "तस्वीर", "ছবি", "ภาพ", "รูป", "ảnh", "hình", "larawan",
        "litrato", "picha", "gambar", "写真", "画像", "图片", "照片", "图", "圖片", "圖", "사진",
    };

    /// <summary>
    /// A picture credit on a line of its own, in any of the languages of <see cref="PhotoLabels"/>: the label (its last
    /// word a photo word, at most three words) and a colon, ASCII or full-width ("Foto: archiv města", "写真：共同",
    /// "Φωτογραφία: Κρητική Ματιά"); or an English credit sentence fragment ("Courier photo by Caleb Whitcomb", "Photo
    /// by Jane Roe/AP", "Photo courtesy of the council"). At most <see cref="MaxCreditWords"/> + 4 words; a caption
    /// behind the label (<see cref="IsCaption"/>: "Photo: Firefighters clear debris from the roof") is not a credit.
    /// </summary>
    public static bool IsPictureCredit(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 120 || t.Count(' ') > MaxCreditWords + 3)
            return false;
        int colon = t.IndexOfAny(':', '\uFF1A');
        if (colon > 0)
        {
            var label = t[..colon].TrimEnd();
            int space = label.LastIndexOf(' ');
            var last = space >= 0 ? label[(space + 1)..] : label;
            if (label.Count(' ') <= 2 && PhotoLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && t[(colon + 1)..].Trim().Length > 0)
                return !IsCaption(t);
        }

        // English credit phrases: "[Paper] photo by Name", "Photo courtesy of …", "Photograph: …" handled above.
        int by = t.IndexOf(" by ", StringComparison.Ordinal);
        if (by > 0)
        {
            var before = t[..by];
            int space = before.LastIndexOf(' ');
            var word = space >= 0 ? before[(space + 1)..] : before;
            if (word.Equals("photo", StringComparison.OrdinalIgnoreCase) || word.Equals("photograph", StringComparison.OrdinalIgnoreCase)
                || word.Equals("photos", StringComparison.OrdinalIgnoreCase) || word.Equals("picture", StringComparison.OrdinalIgnoreCase))
                return before.Count(' ') <= 3 && !t.EndsWith('.');
        }

        return (t.StartsWith("Photo courtesy", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Image courtesy", StringComparison.OrdinalIgnoreCase))
               && !t.EndsWith('.');
    }

    /// <summary>Longest domain-name line considered.</summary>
    public const int MaxDomainChars = 60;

    public override LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (base.Evaluate(page, lineIndex) is { } own)
        {
            if (IsCaption(page.LineText(lineIndex)))
                return null;
            // A credit on a short line of its own (the phrase rules look at lines of MaxWords at most) at the end of the
            // story ("… is public interest journalism funded through …", "The post … appeared first on …"): on the
            // main block's last line or after it, it is the credit, not prose that continues the story (the context
            // rules keep a sentence next to the main block, which a credit reads as).
            return own.Strength == EvidenceStrength.Likely && page.MainStart >= 0 && lineIndex >= page.MainEnd
                ? own with { Strength = EvidenceStrength.Definite, Message = own.Message + " (closing the story)" }
                : own;
        }

        var f = page.Features[lineIndex];
        if (f.Words is >= 2 and <= MaxBylineWords && IsNameByline(page.LineText(lineIndex)))
            return new LineEvidence(EvidenceStrength.Definite, "Byline (\"By\" and a name)");
        if (f.Words is >= 3 and <= MaxBylineWords && IsNameStampLine(page.LineText(lineIndex)))
            return new LineEvidence(EvidenceStrength.Definite, "Byline (a name and a time stamp)");
        var text = page.LineText(lineIndex).Trim();
        // "Picture: Jane Roe", "Foto: archiv", "写真：共同", "Courier photo by Jane Roe": the label needs its colon here (the
        // phrase list's prefixes match a label without one, and "Picture Perfect" is a heading).
        if (f.Words <= MaxCreditWords + 4 && IsPictureCredit(text))
            return new LineEvidence(EvidenceStrength.Definite, "Source credit (a picture credit)");
        if (f.Chars == 0 || f.Chars > MaxDomainChars)
            return null;
        if (text.Contains(' ') || !DomainName().IsMatch(text))
            return null;
        return new LineEvidence(EvidenceStrength.Definite, "Source credit (a line that is only a domain name)");
    }
}
