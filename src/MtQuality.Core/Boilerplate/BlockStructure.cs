namespace MtQuality.Core.Boilerplate;

/// <summary>
/// What the DOM says about one line of text extracted from HTML: the block element it came from, the furniture
/// words of its containers (nearest first: <c>nav</c>, <c>footer</c>, <c>aside</c>, <c>comment</c>,
/// <c>related</c>, <c>share</c>, … from tag names and class/id tokens), whether a container is the article
/// itself (<c>article</c>, <c>main</c>, <c>itemprop=articleBody</c>), and the share of its characters inside links.
/// </summary>
public sealed record BlockStructure(string Tag, IReadOnlyList<string> Containers, bool InArticle, double LinkDensity)
{
    public static readonly BlockStructure None = new("", [], false, 0);

    /// <summary>The nearest furniture container word, or null.</summary>
    public string? Nearest => Containers.Count > 0 ? Containers[0] : null;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
