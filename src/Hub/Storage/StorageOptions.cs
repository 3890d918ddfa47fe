namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For PostgreSQL, required. For SQLite, optional: the default is <c>hub.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
