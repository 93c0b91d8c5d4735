using System.IO.MemoryMappedFiles;

namespace MtQuality.Core.Lexicons;

/// <summary>
/// Where tables that are derived from the embedded lexicons, and costly to derive, are kept between runs as
/// binary images that a later process maps instead of rebuilding them (see <see cref="Rules.Translation.NgramImage"/>).
/// The folder is <c>$MTQ_CACHE_DIR</c> when set (<c>off</c> disables the cache), else <c>$XDG_CACHE_HOME/mtquality</c>
/// or <c>~/.cache/mtquality</c> (on Windows <c>%LOCALAPPDATA%\mtquality\cache</c>). An image is named after the
/// module version id of this assembly, which the compiler derives from the code and the embedded lexicons, so a
/// different build never reads another build's image. Everything here is best effort: an unwritable or missing
/// folder, a file being replaced, a truncated or foreign image all mean "build the table", never an error.
/// </summary>
internal static class ModelCache
{
    /// <summary>The identity of the lexicons and code an image was derived from.</summary>
    public static Guid Key { get; } = typeof(ModelCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The cache folder, or null when caching is off or no folder can be named.</summary>
    public static string? Folder { get; } = ResolveFolder(Environment.GetEnvironmentVariable("MTQ_CACHE_DIR"));

    internal static string? ResolveFolder(string? setting)
    {
        if (!BitConverter.IsLittleEndian)
            return null; // images are mapped as they were written, little-endian
        if (!string.IsNullOrWhiteSpace(setting))
            return setting.Trim() is "off" or "none" or "0" ? null : Path.GetFullPath(setting.Trim());
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return local.Length == 0 ? null : Path.Combine(local, "mtquality", "cache");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "mtquality");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "mtquality");
    }

    /// <summary>
    /// A table from this build's image <paramref name="name"/> when there is a sound one with
    /// <paramref name="columns"/> count columns (<paramref name="mapped"/> wraps it); else <paramref name="build"/>
    /// makes it and <paramref name="write"/> writes its image for the next process.
    /// </summary>
    public static T Load<T>(string name, int columns, Func<Rules.Translation.NgramImage, T> mapped, Func<T> build, Action<T, Stream> write)
    {
        var folder = Folder;
        if (folder is not null)
        {
            var image = Rules.Translation.NgramImage.TryOpen(ImagePath(folder, name), Key);
            if (image is not null && image.Columns == columns)
                return mapped(image);
            image?.Dispose();
        }

        var built = build();
        if (folder is not null)
        {
            try
            {
                TryWrite(folder, name, s => write(built, s));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidDataException)
            {
                // The image is an optimisation: a table it cannot encode is still served, built, to this process.
            }
        }

        return built;
    }

    /// <summary>The path of image <paramref name="name"/> of this build in <paramref name="folder"/>.</summary>
    public static string ImagePath(string folder, string name) => Path.Combine(folder, $"{name}-{Key:N}.bin");

    /// <summary>Maps an image read-only, or returns null when there is none (or it cannot be opened).</summary>
    public static MemoryMappedFile? TryMap(string path, out long length)
    {
        length = 0;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.None);
            length = file.Length;
            if (length == 0)
                return null;
            return MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes an image atomically (a temporary file in the folder, flushed, renamed over the target), then removes
    /// all but the newest images of other builds with the same <paramref name="name"/> (<see cref="KeptBuilds"/>). Returns false, quietly, when it cannot.
    /// </summary>
    public static bool TryWrite(string folder, string name, Action<Stream> write)
    {
        string? temp = null;
        try
        {
            Directory.CreateDirectory(folder);
            var target = ImagePath(folder, name);
            temp = Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var s = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(s);
                s.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            temp = null;
            // Other builds' images: the newest few stay (a Debug and a Release build, an installed copy and a
            // checkout, take turns without rebuilding each time), older ones go.
            var others = Directory.EnumerateFiles(folder, name + "-*.bin")
                .Where(f => !string.Equals(f, target, StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .Skip(KeptBuilds - 1);
            foreach (var old in others)
                TryDelete(old);

            // Temporary files of writers killed mid-write (older than a minute: a live writer takes ~0.1 s).
            foreach (var stale in Directory.EnumerateFiles(folder, $".{name}.*.tmp"))
            {
                if (File.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddMinutes(-1))
                    TryDelete(stale);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
        finally
        {
            if (temp is not null)
                TryDelete(temp);
        }
    }

    /// <summary>Images of this many builds (this one included) are kept per name.</summary>
    public const int KeptBuilds = 3;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use (Windows keeps mapped files) or gone already: the next write tries again.
        }
    }
}
