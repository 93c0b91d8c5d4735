namespace MtQuality.Bench;

/// <summary>The checkout the benchmark reads its seed articles from.</summary>
public static class RepoRoot
{
    /// <summary>
    /// The nearest folder holding MtQuality.sln above the benchmark's binary, else above the working directory;
    /// throws with a message saying so when neither is inside a checkout.
    /// </summary>
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "MtQuality.sln")))
                    return d.FullName;
            }
        }

        throw new InvalidOperationException("no MtQuality checkout above the benchmark or the working directory (the seed articles are read from corpora/seeds): run it from the repository, or pass --seeds DIR to gen");
    }

    public static string Seeds => Path.Combine(Find(), "corpora", "seeds");
}
