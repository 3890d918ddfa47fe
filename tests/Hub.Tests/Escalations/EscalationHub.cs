using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>
/// The demo hub (<see cref="CallHub"/>) on a fake clock: its workers (outbox, timers) run as served and wake as the test
/// moves the clock, so a tier's 45 s timeout passes in well under a second; the Twilio simulator's ledger shows every
/// text and call the hub sent.
/// </summary>
internal sealed class EscalationHub : IAsyncDisposable
{
    /// <summary>The demo's contacts (samples/demo/portfolio.json).</summary>
    public const string Ben = "+16175550102";
    public const string Carla = "+16175550103";
    public const string Dev = "+16175550104";
    public const string Grace = "+16175550110";
    public const string Dana = "+16175550150";

    private EscalationHub(CallHub calls, FakeTimeProvider clock)
    {
        Calls = calls;
        Clock = clock;
    }

    public CallHub Calls { get; }

    public FakeTimeProvider Clock { get; }

    public TwilioSimulator Twilio => Simulators.OfType<TwilioSimulator>().Single();

    public IReadOnlyList<PmsSimulator> Simulators =>
        Calls.Hub.App.Services.GetServices<IHostedService>().OfType<SimulatorService>().Single().Host!.Simulators;

    /// <summary>Starts at 2026-11-25 15:00 UTC (10:00 in Boston); calls placed with <c>?at=02:13</c> page the after-hours rotation.</summary>
    public static async Task<EscalationHub> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        var calls = await CallHub.StartAsync(settings, configureServices: services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        return new EscalationHub(calls, clock);
    }

    /// <summary>Moves the clock in small steps, letting the workers run, until the condition holds; returns the fake time it took.</summary>
    public async Task<TimeSpan> RunUntilAsync(Func<bool> condition, TimeSpan limit, int stepMilliseconds = 250)
    {
        var start = Clock.GetUtcNow();
        while (!condition() && Clock.GetUtcNow() - start < limit)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(stepMilliseconds));
            await Task.Delay(20);
        }

        for (var settle = 0; settle < 40 && !condition(); settle++)
        {
            await Task.Delay(25); // the last step's work may still be committing
        }

        return Clock.GetUtcNow() - start;
    }

    /// <summary>Moves the clock by this much in small steps.</summary>
    public async Task RunForAsync(TimeSpan span) => await RunUntilAsync(() => false, span, stepMilliseconds: 1000);

    public IReadOnlyList<string> TextsTo(string phone) => Twilio.Messages.Where(m => m.To == phone).Select(m => m.Body).ToList();

    public int CallsTo(string phone) => Twilio.Calls.Count(c => c.To == phone);

    public async Task<EscalationView> EscalationAsync(string callSid)
    {
        await using var db = Calls.Database.Open(PortfolioScope.System);
        return (await EscalationView.LoadAsync(db, callSid, 10, CancellationToken.None)).Single();
    }

    public async Task<List<AuditEntryRecord>> TrailAsync(string callSid)
    {
        await using var db = Calls.Database.Open(PortfolioScope.System);
        return (await db.AuditEntries.AsNoTracking().Where(a => a.Subject == callSid).ToListAsync()).OrderBy(a => a.Id).ToList();
    }

    /// <summary>An inbound text, signed as Twilio signs it, to the portfolio's SMS webhook.</summary>
    public async Task<HttpResponseMessage> TextHubAsync(string from, string body)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"), ["AccountSid"] = Calls.Account.AccountId, ["From"] = from, ["To"] = CallHub.MapleCourt,
            ["Body"] = body, ["NumMedia"] = "0",
        };
        var url = Calls.Url("/telephony/twilio/demo/sms");
        return await Calls.PostAsync("/telephony/twilio/demo/sms", new FormUrlEncodedContent(form), TwilioRequestSigner.Sign(Calls.Account.AuthToken, url, form));
    }

    public async ValueTask DisposeAsync() => await Calls.DisposeAsync();
}
