namespace MtQuality.Robustness.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mtq-robust-" + Guid.NewGuid().ToString("N"));

    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public string File(string name, string content) => File(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string File(string name, byte[] content)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, content);
        return p;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "MtQuality.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string Seeds => System.IO.Path.Combine(Root, "corpora", "seeds");
}

internal static class Compress
{
    public static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(data);
        return ms.ToArray();
    }

    public static byte[] Zstd(byte[] data)
    {
        using var c = new ZstdSharp.Compressor(3);
        return c.Wrap(data).ToArray();
    }

    /// <summary>A compressed stream of <paramref name="size"/> zero bytes written in chunks (never held whole).</summary>
    public static void Bomb(string path, long size, bool zstd)
    {
        using var fs = System.IO.File.Create(path);
        using Stream s = zstd ? new ZstdSharp.CompressionStream(fs, 19) : new System.IO.Compression.GZipStream(fs, System.IO.Compression.CompressionLevel.SmallestSize);
        var chunk = new byte[1 << 20];
        for (long w = 0; w < size; w += chunk.Length)
            s.Write(chunk, 0, (int)Math.Min(chunk.Length, size - w));
    }
}
