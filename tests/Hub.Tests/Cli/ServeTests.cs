using System.Net.Http.Json;
using System.Text.Json;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

/// <summary>`aipc serve` as its own process, and the other commands talking to it through its lock file.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task A_resident_imported_while_the_hub_serves_is_found_by_lookup_through_the_running_hub_within_two_seconds()
    {
        using var folder = new TempFolder();
        await using var hub = await HubProcess.StartAsync(folder.Combine("data"));
        var aipc = new Aipc(hub.DataPath);
        await File.WriteAllTextAsync(folder.Combine("new.csv"), RosterCsv.Header + "\nN1,Nora,Quinn,7G,(617) 555-9911,,\n");

        var import = await aipc.RunAsync("import", "residents", folder.Combine("new.csv"), "--property", "maple-court");
        Assert.Equal(0, import.ExitCode);

        var answer = default(JsonElement);
        await Eventually.UntilAsync(
            async () => (answer = JsonDocument.Parse((await aipc.RunAsync("lookup", "617-555-9911", "--json")).Output).RootElement).GetProperty("matches").GetArrayLength() > 0,
            "the serving hub finds the imported resident");

        Assert.Equal("hub", answer.GetProperty("answeredBy").GetString());
        var match = Assert.Single(answer.GetProperty("matches").EnumerateArray());
        Assert.Equal(("N1", "7G", "maple-court"), (match.GetProperty("externalId").GetString(), match.GetProperty("unitCode").GetString(), match.GetProperty("propertyCode").GetString()));
    }

    [Fact]
    public async Task Serve_seeds_the_demo_portfolio_loads_the_plugins_and_records_its_url_in_the_lock()
    {
        using var folder = new TempFolder();
        await using var hub = await HubProcess.StartAsync(folder.Combine("data"));
        using var http = new HttpClient { BaseAddress = new Uri(hub.Lock!.Url) };

        var health = await http.GetFromJsonAsync<JsonElement>("/health");
        var properties = await new Aipc(hub.DataPath).RunAsync("properties", "--json");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Contains("plugins: 8 loaded, 0 faulted", hub.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["maple-court yardi", "river-bend realpage", "sunset-vista appfolio"],
            JsonDocument.Parse(properties.Output).RootElement.EnumerateArray().Select(p => $"{p.GetProperty("property").GetString()} {p.GetProperty("pms").GetString()}"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(hub.DataPath, "hub.lock")));
    }

    [Fact]
    public async Task The_api_refuses_requests_without_the_admin_token()
    {
        using var folder = new TempFolder();
        await using var hub = await HubProcess.StartAsync(folder.Combine("data"));
        using var http = new HttpClient { BaseAddress = new Uri(hub.Lock!.Url) };

        var anonymous = await http.GetAsync(new Uri("/api/v1/lookup?phone=6175551000", UriKind.Relative));
        http.DefaultRequestHeaders.Authorization = new("Bearer", "wrong");
        var forged = await http.GetAsync(new Uri("/api/v1/lookup?phone=6175551000", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_second_hub_on_the_same_data_directory_refuses_to_start()
    {
        using var folder = new TempFolder();
        await using var first = await HubProcess.StartAsync(folder.Combine("data"));

        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => HubProcess.StartAsync(folder.Combine("data")));

        Assert.Contains($"another hub is already serving from {first.DataPath} at {first.Lock!.Url}", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_plugin_in_the_plugins_folder_is_listed_faulted_and_the_hub_still_serves()
    {
        using var folder = new TempFolder();
        var plugins = folder.Combine("plugins");
        foreach (var source in Directory.GetDirectories(RepoPaths.Plugins).Append(Path.Combine(RepoPaths.TestPlugins, "test.throwing")))
        {
            Folders.Copy(source, Path.Combine(plugins, Path.GetFileName(source)));
        }

        await using var hub = await HubProcess.StartAsync(folder.Combine("data"), new Dictionary<string, string> { ["AIPC_Plugins__Path"] = plugins });
        using var http = new HttpClient { BaseAddress = new Uri(hub.Lock!.Url) };
        var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var listed = await Aipc.WithData(folder.Combine("data"), Provider.Sqlite, plugins).RunAsync("plugins", "--json");

        Assert.True(health.IsSuccessStatusCode);
        Assert.Contains("plugins: 8 loaded, 1 faulted", hub.Output, StringComparison.Ordinal);
        var faulted = Assert.Single(JsonDocument.Parse(listed.Output).RootElement.EnumerateArray(), p => p.GetProperty("status").GetString() == "faulted");
        Assert.Equal("test.throwing", faulted.GetProperty("id").GetString());
        Assert.Equal("InvalidOperationException: the registrar failed on purpose", faulted.GetProperty("reason").GetString());
    }

    [Fact]
    public void The_lock_is_released_when_its_holder_goes_away()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("hub.lock");

        using (var held = HubLock.TryAcquire(path))
        {
            held!.Record(new HubLockInfo(1, "http://127.0.0.1:1", "t", DateTimeOffset.UnixEpoch));
            Assert.Null(HubLock.TryAcquire(path));
            Assert.Equal("http://127.0.0.1:1", HubLock.ReadHolder(path)!.Url);
        }

        Assert.Null(HubLock.ReadHolder(path));
        using var again = HubLock.TryAcquire(path);
        Assert.NotNull(again);
    }
}
