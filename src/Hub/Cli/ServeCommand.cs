using System.CommandLine;
using AiPhoneCoverage.Hub.Hosting;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc serve [--urls URL]`: run the hub (the default command).</summary>
internal static class ServeCommand
{
    public static Option<string?> Urls { get; } = new("--urls") { Description = "Where to listen (default Hub:Urls, http://127.0.0.1:5055)" };

    public static Command Create()
    {
        var command = new Command("serve", "Run the hub: webhooks, APIs, background workers; on the embedded default also the simulators") { Urls };
        command.SetAction(Run);
        return command;
    }

    public static Task<int> Run(ParseResult parseResult, CancellationToken cancellationToken) =>
        HubServer.RunAsync(new DataDirectory(parseResult.GetValue(CliOptions.Data)!), parseResult.GetValue(Urls), parseResult.InvocationConfiguration.Output, cancellationToken);
}
