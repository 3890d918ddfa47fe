using System.CommandLine;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<string> Data { get; } = new("--data")
    {
        Description = "The embedded default's data directory (SQLite file, keys, lock, simulator state)",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    public static Option<string?> Portfolio(bool required = false) => new("--portfolio") { Description = "Portfolio code", Required = required };

    public static Option<string> Property() => new("--property") { Description = "Property code", Required = true };
}
