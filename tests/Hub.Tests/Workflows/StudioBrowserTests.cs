using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>The real Elsa Studio bundle, served by the hub, in headless Chromium (Debian's chromium, installed by test.sh).</summary>
public sealed class StudioBrowserTests : IAsyncLifetime
{
    // The designer's toolbar buttons carry no titles; they are told apart by their Material icons.
    private const string ZoomToFit = "button:has(path[d^='M6,16h12V8H6V16z'])";
    private const string Publish = "button:has(path[d^='M19.35 10.04']):visible";
    private readonly TempFolder _folder = new();
    private readonly List<string> _consoleErrors = [];
    private RunningHub _hub = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Aipc.WithData(_folder.Combine("data"), Provider.Sqlite, seedDemo: true);
        _hub = (await HubServer.StartAsync(new DataDirectory(_folder.Combine("data")), "http://127.0.0.1:0", TextWriter.Null, null, CancellationToken.None))!;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [Fact]
    public async Task The_studio_lists_the_workflows_opens_intake_edits_an_input_and_publishes_a_new_version()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(_hub.Url + "/studio/");
        await page.GetByText("Answers a resident's call", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByText("intake", new() { Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/studio/workflows/intake**", new() { Timeout = 30_000 });

        var askForHelp = page.GetByText("How can I help?", new() { Exact = true }).First;
        await askForHelp.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByText("Intake", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("Create Work Order", new() { Exact = true }).First.WaitForAsync();

        await page.Locator(ZoomToFit).First.ClickAsync();
        await askForHelp.ClickAsync();
        var message = page.Locator("textarea[data-test=message]");
        await page.WaitForFunctionAsync(
            "() => { const t = [...document.querySelectorAll('textarea')].find(x => x.value === 'How can I help you today?'); if (t) t.setAttribute('data-test', 'message'); return !!t; }",
            null,
            new() { Timeout = 30_000 });
        await message.FillAsync("How can we help you tonight?");
        await message.PressAsync("Tab");
        await page.Locator(Publish).First.ClickAsync();

        var demo = (await _hub.App.Services.GetRequiredService<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        var store = _hub.App.Services.GetRequiredService<WorkflowDefinitionStore>();
        var published = await store.FindAsync(demo, "intake", VersionOptions.Published, CancellationToken.None);
        for (var i = 0; i < 60 && published!.Version < 2; i++)
        {
            await page.WaitForTimeoutAsync(500);
            published = await store.FindAsync(demo, "intake", VersionOptions.Published, CancellationToken.None);
        }

        Assert.Equal(2, published!.Version);
        using var api = new HttpClient { BaseAddress = new Uri(_hub.Url) };
        api.DefaultRequestHeaders.Authorization = new("ApiKey", await _hub.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync(demo, HubRoles.Designer, null, CancellationToken.None));
        var fromApi = await api.GetStringAsync(new Uri("/elsa/api/workflow-definitions/by-definition-id/intake?versionOptions=Published", UriKind.Relative));
        Assert.Contains("\"version\":2", fromApi, StringComparison.Ordinal);
        Assert.Contains("How can we help you tonight?", fromApi, StringComparison.Ordinal);
        await using (var db = _hub.App.Services.GetRequiredService<HubDatabase>().Open(PortfolioScope.For(demo)))
        {
            var next = await _hub.App.Services.GetRequiredService<WorkflowRunner>().StartAsync(db, "intake", null, CancellationToken.None);
            Assert.Equal(2, next.Version); // the runtime runs what was just published
        }

        Assert.Empty(_consoleErrors);
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        return page;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _hub.DisposeAsync();
        _folder.Dispose();
    }
}
