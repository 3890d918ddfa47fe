namespace AiPhoneCoverage.Hub.Security;

/// <summary>A secret kept in a file of the data directory (mode 600), made once; concurrent first runs agree on one.</summary>
internal static class LocalSecret
{
    public static string LoadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, create());
        File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            // Another process may have created it at the same moment: the first one wins, and both use it.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temp);
        }

        return File.ReadAllText(path).Trim();
    }
}
