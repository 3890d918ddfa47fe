namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>A started hub: its web application, the URL it listens on, and the lock it holds on the embedded default.</summary>
internal sealed class RunningHub(WebApplication app, string url, HubLock? hubLock) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public string Url { get; } = url;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        hubLock?.Dispose();
    }
}
