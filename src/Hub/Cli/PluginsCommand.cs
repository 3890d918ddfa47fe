using System.CommandLine;
using AiPhoneCoverage.Hub.Plugins;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc plugins [--json]`: the plugins in the plugins folder, with their status and, when Faulted, the reason.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var json = CliOptions.Json();
        var command = new Command("plugins", "List the plugins, their capabilities and status") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var plugins = services.Get<PluginCatalog>().Plugins;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(plugins.Select(p => new { p.Id, p.Version, p.Capabilities, p.Status, p.Reason })));
            }
            else
            {
                TextTable.Write(output, ["ID", "VERSION", "CAPABILITIES", "STATUS", "REASON"],
                    plugins.Select(p => (IReadOnlyList<string>)[p.Id, p.Version ?? "?", string.Join(",", p.Capabilities), p.Status.ToString(), p.Reason ?? string.Empty]));
            }

            return 0;
        });
        return command;
    }
}
