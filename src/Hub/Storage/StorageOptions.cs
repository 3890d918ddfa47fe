namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For PostgreSQL, required. For SQLite, optional: the default is <c>hub.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: checkpoint the write-ahead log from a background worker instead of on whichever commit crosses the
    /// threshold, so that no call turn pays for it. `serve` turns it on; short-lived commands keep SQLite's default.
    /// </summary>
    public bool BackgroundCheckpoint { get; set; }
}
