namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>The embedded default's data directory (<c>--data</c>, default <c>./data</c>): the SQLite file, keys, the lock, simulator state.</summary>
internal sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string LockFile => Combine("hub.lock");
}
