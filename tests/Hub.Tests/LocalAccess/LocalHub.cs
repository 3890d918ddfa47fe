using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>One real hub on loopback with the demo portfolio, whose requests can pretend to come from elsewhere (<see cref="RemoteAddressOverride"/>).</summary>
public class LocalHub : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    internal RunningHub Hub { get; private set; } = null!;

    public Uri Url => new(Hub.Url);

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Aipc.WithData(_folder.Combine("data"), Provider.Sqlite, seedDemo: true);
        Hub = (await HubServer.StartAsync(
            new DataDirectory(_folder.Combine("data")), "http://127.0.0.1:0", TextWriter.Null, RemoteAddressOverride.AddTo, Settings, CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        _folder.Dispose();
    }
}
