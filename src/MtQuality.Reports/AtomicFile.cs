namespace MtQuality.Reports;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half: the content goes to a
/// temporary file in the same folder, is flushed to disk, and is renamed over the target.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string content)
    {
        Write(path, stream =>
        {
            using var w = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            w.Write(content);
        });
    }

    public static void Write(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, path, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(tmp);
            }
            catch (IOException)
            {
            }

            throw;
        }
    }
}
