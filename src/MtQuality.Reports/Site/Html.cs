using System.Text;

namespace MtQuality.Reports.Site;

/// <summary>
/// The HTML page shell of the static site and its one text encoder. Pages load only the site's own stylesheet
/// and script (relative paths, so the site works from file://) under a Content-Security-Policy that allows
/// nothing else: no inline script or style, no other origin, no plugins, no forms, no base-URL changes.
/// </summary>
public static class Html
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    /// <summary>Encodes text for element content and double- or single-quoted attributes.</summary>
    public static string E(string? s) => System.Net.WebUtility.HtmlEncode(s ?? string.Empty);

    /// <param name="root">Relative path from the page to the site root ("" or "../").</param>
    /// <param name="scripts">Extra scripts under assets/, loaded before site.js.</param>
    public static string Page(string title, string root, string body, string pageKind, params string[] scripts)
    {
        var sb = new StringBuilder(body.Length + 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">")
          .Append("<meta name=\"referrer\" content=\"no-referrer\">")
          .Append("<title>").Append(E(title)).Append("</title>")
          .Append("<link rel=\"stylesheet\" href=\"").Append(root).Append("assets/site.css\">");
        foreach (var s in scripts)
            sb.Append("<script defer src=\"").Append(root).Append("assets/").Append(s).Append("\"></script>");
        sb.Append("<script defer src=\"").Append(root).Append("assets/site.js\"></script>")
          .Append("</head>\n<body class=\"").Append(pageKind).Append("\">\n")
          .Append("<nav class=\"top\"><a href=\"").Append(root).Append("index.html\">MtQuality corpus report</a> · <a href=\"")
          .Append(root).Append("rules/README.html\">rules</a></nav>\n<main>\n")
          .Append(body)
          .Append("\n</main>\n</body></html>\n");
        return sb.ToString();
    }

    /// <summary>A plain https link to an article's source (the only live input-derived link), else the URL as text.</summary>
    public static string SourceLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "—";
        var safe = SafeUrl.Https(url);
        return safe is null
            ? $"<code>{E(url)}</code>"
            : $"<code>{E(url)}</code> <a class=\"source\" rel=\"noopener noreferrer nofollow\" href=\"{E(safe)}\">open</a>";
    }
}
