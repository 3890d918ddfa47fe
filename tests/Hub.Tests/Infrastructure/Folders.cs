namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>File-system helpers for building plugins folders in tests.</summary>
internal static class Folders
{
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
