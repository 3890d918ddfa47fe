using AiPhoneCoverage.Hub.Cli;

// The hub executable is the `aipc` command line; `serve` (the default) runs the hub. See Cli/ and Hosting/HubServer.cs.
return await AipcCommandLine.InvokeAsync(args);

/// <summary>The hub's entry point, visible to tests.</summary>
public partial class Program;
