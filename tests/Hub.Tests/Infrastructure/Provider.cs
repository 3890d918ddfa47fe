namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>The databases storage tests run against: every such test runs on both.</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}
