namespace AiPhoneCoverage.Hub.Storage;

/// <summary>The database the hub runs on.</summary>
internal enum StorageProvider
{
    /// <summary>The embedded default: one SQLite file in the data directory, one hub process.</summary>
    Sqlite,

    /// <summary>PostgreSQL: any number of hub nodes share it.</summary>
    PostgreSql,
}
