using System.CommandLine;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>The `aipc` command line. With no command, `aipc` serves.</summary>
internal static class AipcCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("AiPhoneCoverage hub: 24/7 AI phone coverage for multifamily operators")
        {
            CliOptions.Data,
            ServeCommand.Urls,
            ServeCommand.Create(),
            PluginsCommand.Create(),
            PropertiesCommand.Create(),
            PortfolioCommand.Create(),
            ImportResidentsCommand.Create(),
            LookupCommand.Create(),
            DbCommand.Create(),
            KeysCommand.Create(),
            WorkflowsCommand.Create(),
            PolicyCommand.Create(),
            TriageCommand.Create(),
            CallCommand.Create(),
            SimulateCommand.Create(),
            CallsCommand.Create(),
            PmsCommand.Create(),
            WorkOrdersCommand.Create(),
            EscalationsCommand.Create(),
            OnCallCommand.Create(),
            SlaCommand.Create(),
            VendorsCommand.Create(),
        };
        root.SetAction(ServeCommand.Run);
        return root;
    }

    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
            configuration.Error = output;
        }

        return Create().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
