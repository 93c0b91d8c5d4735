namespace MtQuality.Reports;

/// <summary>
/// The only input-derived link a report may make live: an article's own source URL, and only when it is an
/// absolute https URL. Anything else (javascript:, data:, http:, relative) is shown as text only.
/// </summary>
public static class SafeUrl
{
    /// <summary>The URL, normalised and percent-escaped (no spaces, quotes, brackets or parentheses), or null.</summary>
    public static string? Https(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || !Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri))
            return null;
        if (uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
            return null;
        var s = uri.AbsoluteUri;
        foreach (char c in s)
        {
            if (c <= ' ' || c is '"' or '\'' or '<' or '>' or '(' or ')' or '`' or '\\' or '[' or ']' || c > '~')
                return null;
        }

        return s;
    }
}
