namespace MtQuality.Cli.Audit;

/// <summary>
/// An exclusive lock file held for a whole audit, so a second audit on the same index or the same output folder
/// fails at once instead of writing under the first (the index writer's own lock covers pass 1 only).
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    public static RunLock Acquire(string folder, string what)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, ".mtq-audit.lock");
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            throw new UserException($"{folder}: {what} is in use by another mtq process ({path} is held by a running audit); wait for it to finish");
        }
    }

    public void Dispose() => stream.Dispose();
}
