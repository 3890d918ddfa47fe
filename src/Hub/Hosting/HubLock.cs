using System.Runtime.InteropServices;
using System.Text.Json;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>
/// The exclusive lock of the embedded default: `serve` holds <c>&lt;data&gt;/hub.lock</c> with flock(2) for as long as it runs
/// and records its URL and a local admin token in it (mode 600). Other aipc commands read it to talk to the running hub.
/// The kernel releases the lock when the process dies, so a crash never leaves a stale lock behind.
/// </summary>
internal sealed partial class HubLock : IDisposable
{
    private const int LockShared = 1;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private readonly FileStream _file;

    private HubLock(FileStream file) => _file = file;

    public static HubLock? TryAcquire(string path)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
        if (Flock(file, LockExclusive | LockNonBlocking) != 0)
        {
            file.Dispose();
            return null;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new HubLock(file);
    }

    public void Record(HubLockInfo info)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(info);
        _file.SetLength(0);
        _file.Position = 0;
        _file.Write(bytes);
        _file.Flush(flushToDisk: true);
    }

    /// <summary>The running hub's record, or null when no process holds the lock.</summary>
    public static HubLockInfo? ReadHolder(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (Flock(file, LockShared | LockNonBlocking) == 0)
        {
            return null; // nobody holds it exclusively: no hub is serving
        }

        using var reader = new StreamReader(file);
        var text = reader.ReadToEnd();
        try
        {
            return text.Length == 0 ? null : JsonSerializer.Deserialize<HubLockInfo>(text);
        }
        catch (JsonException)
        {
            return null; // the hub is between taking the lock and recording its URL
        }
    }

    public void Dispose() => _file.Dispose();

    private static int Flock(FileStream file, int operation) => flock((int)file.SafeFileHandle.DangerousGetHandle(), operation);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(int fd, int operation);
}
