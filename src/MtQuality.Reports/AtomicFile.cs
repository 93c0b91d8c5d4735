namespace MtQuality.Reports;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half: the content goes to a
/// temporary file in the same folder, is flushed to disk, and is renamed over the target. A process killed
/// mid-write leaves only its temporary file behind, which <see cref="RemoveStaleTemporaries"/> clears next run.
/// </summary>
public static class AtomicFile
{
    private const string TempSuffix = ".tmp";

    /// <summary>
    /// Deletes temporary files (<c>.NAME.PID.GUID.tmp</c>) under <paramref name="folder"/> left by writers that
    /// are no longer running (killed mid-write). Files of live processes, and anything else, are left alone.
    /// </summary>
    public static int RemoveStaleTemporaries(string folder)
    {
        if (!Directory.Exists(folder))
            return 0;
        int removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + TempSuffix, SearchOption.AllDirectories))
        {
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length < 5 || !int.TryParse(parts[^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid)
                || parts[^2].Length != 32 || IsProcessRunning(pid))
                continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }

    /// <summary>Whether the process <paramref name="pid"/> (this one included) is alive: temporary files and folders named after a live writer are left alone.</summary>
    public static bool IsProcessRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Writes <paramref name="content"/> as UTF-8 (no BOM). The text is encoded into one pooled buffer and written
    /// unbuffered: an audit writes a page per article, and a 64 KB stream buffer plus a StreamWriter's buffers per
    /// page were large-object-heap allocations that cost more than the writing.
    /// </summary>
    public static void WriteAllText(string path, string content)
    {
        int max = Utf8.GetMaxByteCount(content.Length);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = Utf8.GetBytes(content, buffer);
            Write(path, stream => stream.Write(buffer, 0, n), bufferSize: 0);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// <see cref="WriteAllText(string, string)"/> for text still in a StringBuilder: encoded chunk by chunk through
    /// one pooled 64 KB buffer, so a large page (a ranking page of 1,000 rows, ~0.5 MB as a string) never becomes a
    /// large-object-heap string. A million-article audit writes 1,000 of them, and that garbage, collected only
    /// with generation 2, was most of the corpus pages' peak memory (~260 MB at a million).
    /// </summary>
    public static void WriteAllText(string path, System.Text.StringBuilder content)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            Write(
                path,
                stream =>
                {
                    var encoder = Utf8.GetEncoder();
                    foreach (var chunk in content.GetChunks())
                    {
                        var chars = chunk.Span;
                        while (!chars.IsEmpty)
                        {
                            encoder.Convert(chars, buffer, flush: false, out int used, out int bytes, out _);
                            stream.Write(buffer, 0, bytes);
                            chars = chars[used..];
                        }
                    }

                    encoder.Convert(ReadOnlySpan<char>.Empty, buffer, flush: true, out _, out int last, out _);
                    stream.Write(buffer, 0, last);
                },
                bufferSize: 0);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static void Write(string path, Action<Stream> write) => Write(path, write, 1 << 16);

    /// <summary>
    /// The first half of <see cref="WriteAllText(string, string)"/>: the text is written to a temporary file next
    /// to <paramref name="path"/>, still open; <see cref="Pending.Complete"/> flushes it to disk and renames it over
    /// the target (see <see cref="DeferredCommits"/>, which runs the second half on a thread of its own).
    /// </summary>
    internal static Pending Begin(string path, string content) => Begin(path, (fs, buffer) =>
    {
        // The whole text at once: the pooled buffer is grown to its largest encoding.
        int max = Utf8.GetMaxByteCount(content.Length);
        if (max > buffer.Length)
        {
            var big = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
            try
            {
                fs.Write(big, 0, Utf8.GetBytes(content, big));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(big);
            }

            return;
        }

        fs.Write(buffer, 0, Utf8.GetBytes(content, buffer));
    });

    /// <summary>
    /// <see cref="Begin(string, string)"/> for text in a StringBuilder: encoded chunk by chunk through one pooled
    /// buffer (the same bytes as encoding the whole text at once).
    /// </summary>
    internal static Pending Begin(string path, System.Text.StringBuilder content) => Begin(path, (fs, buffer) =>
    {
        var encoder = Utf8.GetEncoder();
        int n = 0;
        foreach (var chunk in content.GetChunks())
        {
            var chars = chunk.Span;
            while (!chars.IsEmpty)
            {
                if (buffer.Length - n < 4096)
                {
                    fs.Write(buffer, 0, n);
                    n = 0;
                }

                encoder.Convert(chars, buffer.AsSpan(n), flush: false, out int used, out int bytes, out _);
                n += bytes;
                chars = chars[used..];
            }
        }

        if (buffer.Length - n < 4096)
        {
            fs.Write(buffer, 0, n);
            n = 0;
        }

        encoder.Convert(ReadOnlySpan<char>.Empty, buffer.AsSpan(n), flush: true, out _, out int last, out _);
        fs.Write(buffer, 0, n + last);
    });

    /// <summary>
    /// Creates the temporary file next to <paramref name="path"/>, lets <paramref name="write"/> fill it through a
    /// pooled 64 KB buffer and returns it open; on any failure the temporary file is closed and deleted.
    /// </summary>
    private static Pending Begin(string path, Action<FileStream, byte[]> write)
    {
        var tmp = TemporaryName(path);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        FileStream? fs = null;
        try
        {
            fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            write(fs, buffer);
            return new Pending(fs, tmp, path);
        }
        catch
        {
            fs?.Dispose();
            TryDelete(tmp);
            throw;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A written, still open temporary file and the target it is to replace.</summary>
    internal sealed class Pending(FileStream stream, string tmp, string path)
    {
        /// <summary>Flushes the temporary file to disk, closes it and renames it over the target; on failure removes it and throws.</summary>
        public void Complete()
        {
            try
            {
                using (stream)
                    stream.Flush(flushToDisk: true);
                File.Move(tmp, path, overwrite: true);
            }
            catch
            {
                TryDelete(tmp);
                throw;
            }
        }

        /// <summary>Closes and removes the temporary file without touching the target.</summary>
        public void Abandon()
        {
            stream.Dispose();
            TryDelete(tmp);
        }
    }

    private static string TemporaryName(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
    }

    private static void TryDelete(string tmp)
    {
        try
        {
            File.Delete(tmp);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(string path, Action<Stream> write, int bufferSize)
    {
        var tmp = TemporaryName(path);
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize))
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
