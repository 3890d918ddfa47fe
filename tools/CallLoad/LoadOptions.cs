using System.Globalization;

namespace AiPhoneCoverage.CallLoad;

/// <summary>What to run: the hub binary, the database, how many calls at once, for how long, and the callers' think time.</summary>
internal sealed record LoadOptions(
    string HubDll, string? Postgres, int Calls, TimeSpan Duration, TimeSpan MinThink, TimeSpan MaxThink, TimeSpan Warmup, string? HubLog)
{
    public const string Usage =
        "usage: CallLoad --hub <Hub.dll> [--postgres <server connection string>] [--calls 50] [--duration 120s] [--think 1s-3s] [--warmup 20s] [--hub-log <file>]\n" +
        "       CallLoad bare --port <port> (--sqlite <file> | --postgres <connection string>)";

    public string Database => Postgres is null ? "SQLite" : "PostgreSQL";

    public static LoadOptions? Parse(IReadOnlyList<string> args)
    {
        string? hub = null, postgres = null, hubLog = null;
        int calls = 50;
        TimeSpan duration = TimeSpan.FromSeconds(120), warmup = TimeSpan.FromSeconds(20), minThink = TimeSpan.FromSeconds(1), maxThink = TimeSpan.FromSeconds(3);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--hub":
                    hub = value;
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                case "--hub-log":
                    hubLog = value;
                    break;
                case "--calls" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    calls = n;
                    break;
                case "--duration" when Durations.TryParse(value, out var d) && d > TimeSpan.Zero:
                    duration = d;
                    break;
                case "--warmup" when Durations.TryParse(value, out var w):
                    warmup = w;
                    break;
                case "--think" when Durations.TryParseRange(value, out var low, out var high):
                    (minThink, maxThink) = (low, high);
                    break;
                default:
                    return null;
            }
        }

        return args.Count % 2 != 0 || hub is null || !File.Exists(hub)
            ? null
            : new LoadOptions(Path.GetFullPath(hub), postgres, calls, duration, minThink, maxThink, warmup, hubLog);
    }
}
