using System.Text.Json;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Routing;

/// <summary>Schedules imported with portfolio files, stored, and answered by the OnCallService on a fake clock, on both databases.</summary>
public sealed class OnCallStorageTests
{
    private const string Alpha = """
        { "code": "alpha", "name": "Alpha", "properties": [
            { "code": "oak", "name": "Oak", "timeZone": "America/New_York" } ],
          "contacts": [
            { "id": "ana", "name": "Ana Ruiz", "phone": "(617) 555-0101" },
            { "id": "ben", "name": "Ben Okafor", "phone": "617-555-0102", "email": "ben@example.com" },
            { "id": "gus", "name": "Gus Kim", "phone": "+16175550110", "role": "supervisor" },
            { "id": "eve", "name": "Eve Abara", "phone": "+15125550120" } ],
          "onCall": {
            "rotations": [
              { "name": "oak-plumbing", "property": "oak", "trade": "plumbing", "period": "weekly", "handoffDay": "mon", "handoffTime": "08:00",
                "start": "2026-03-02", "members": ["ana", "ben"], "escalation": ["gus"],
                "windows": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "from": "17:00", "to": "08:00" }, { "days": ["sat", "sun"] } ] },
              { "name": "alpha-electrical", "timeZone": "America/Chicago", "trade": "electrical", "period": "daily", "handoffTime": "07:00",
                "start": "2026-03-01", "members": ["eve"] } ],
            "overrides": [ { "rotation": "oak-plumbing", "contact": "gus", "from": "2026-03-20T00:00", "to": "2026-03-21T00:00", "note": "cover" } ] } }
        """;

    private const string Beta = """
        { "code": "beta", "name": "Beta", "properties": [ { "code": "elm", "name": "Elm", "timeZone": "America/New_York" } ],
          "contacts": [ { "id": "zed", "name": "Zed Beta", "phone": "+16175550177" } ],
          "onCall": { "rotations": [ { "name": "beta-general", "timeZone": "America/New_York", "trade": "general", "period": "daily",
            "handoffTime": "08:00", "start": "2026-01-01", "members": ["zed"] } ] } }
        """;

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Imported_schedules_answer_on_the_clock_and_never_across_portfolios(Provider provider)
    {
        using var folder = new TempFolder();
        var (hub, clock) = await StartAsync(provider, new DateTimeOffset(2026, 3, 9, 11, 59, 0, TimeSpan.Zero)); // Monday 07:59 EDT
        await using var _ = hub;
        await ImportAsync(hub, folder, "alpha.json", Alpha);
        await ImportAsync(hub, folder, "beta.json", Beta);
        var oak = await PropertyAsync(hub, "oak");
        var oncall = hub.Get<OnCallService>();

        var before = await oncall.WhoIsOnCallAsync(oak, "plumbing", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var handedOff = await oncall.WhoIsOnCallAsync(oak, "plumbing", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(9)); // 17:00 EDT
        var evening = await oncall.WhoIsOnCallAsync(oak, "plumbing", null, CancellationToken.None);
        var covered = await oncall.WhoIsOnCallAsync(oak, "plumbing", new DateTimeOffset(2026, 3, 20, 16, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var electrical = await oncall.WhoIsOnCallAsync(oak, "electrical", null, CancellationToken.None);
        var general = await oncall.WhoIsOnCallAsync(oak, "general", null, CancellationToken.None);

        Assert.Equal(("ana", 0), (before.Contact?.Code, before.Rule?.MemberIndex));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero), before.Until);
        Assert.Null(handedOff.Contact); // Monday 08:00 is business hours
        Assert.Equal(("ben", 1), (evening.Contact?.Code, evening.Rule?.MemberIndex));
        Assert.Equal(["gus"], evening.Escalation.Select(e => e.Code));
        Assert.Equal(("gus", OnCallRuleKind.Override, "cover"), (covered.Contact?.Code, covered.Rule?.Kind, covered.Rule?.Override?.Note));
        Assert.Equal(("eve", true), (electrical.Contact?.Code, electrical.Rule?.PortfolioWide));
        Assert.Equal("+15125550120", electrical.Contact?.Phone);
        Assert.Null(general.Contact); // beta's portfolio-wide general rotation is beta's alone
        Assert.Equal("nobody is on call for general at oak: oak has no general rotation; no portfolio-wide general rotation", general.Reason);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_refused_file_names_every_problem_and_changes_nothing(Provider provider)
    {
        using var folder = new TempFolder();
        var (hub, _) = await StartAsync(provider, new DateTimeOffset(2026, 3, 6, 23, 0, 0, TimeSpan.Zero)); // Friday 18:00 EST
        await using var __ = hub;
        await ImportAsync(hub, folder, "alpha.json", Alpha);
        var exported = await ExportAsync(hub);
        var bad = Alpha
            .Replace("\"(617) 555-0101\"", "\"555\"", StringComparison.Ordinal)
            .Replace("\"members\": [\"ana\", \"ben\"]", "\"members\": [\"ana\", \"nobody\"]", StringComparison.Ordinal)
            .Replace("\"America/Chicago\"", "\"Mars/Olympus\"", StringComparison.Ordinal)
            .Replace("\"handoffTime\": \"08:00\"", "\"handoffTime\": \"25:00\"", StringComparison.Ordinal)
            .Replace("\"note\": \"cover\" }", "\"note\": \"cover\" }, { \"rotation\": \"oak-plumbing\", \"contact\": \"ben\", \"from\": \"2026-03-20T18:00\", \"to\": \"2026-03-22T08:00\" }", StringComparison.Ordinal);

        var result = await hub.Get<PortfolioImporter>().ImportAsync(Write(folder, "bad.json", bad), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "contact 'ana': phone '*55' is not a valid phone number",
            "rotation 'oak-plumbing': handoff time '25:00' is not a time of day (HH:mm)",
            "rotation 'oak-plumbing': member 'nobody' is not a contact of this file",
            "rotation 'alpha-electrical': time zone 'Mars/Olympus' is not an IANA time zone",
            "override of 'oak-plumbing' from 2026-03-20T18:00 to 2026-03-22T08:00: overlaps the override of 'oak-plumbing' from 2026-03-20T00:00 to 2026-03-21T00:00",
        ], result.Errors);
        Assert.Equal(exported, await ExportAsync(hub));
        Assert.Equal("ana", (await hub.Get<OnCallService>().WhoIsOnCallAsync(await PropertyAsync(hub, "oak"), "plumbing", null, CancellationToken.None)).Contact?.Code);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_file_with_on_call_sections_replaces_the_schedule_and_one_without_leaves_it(Provider provider)
    {
        using var folder = new TempFolder();
        var (hub, _) = await StartAsync(provider, new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero)); // Monday 22:00 EDT
        await using var __ = hub;
        await ImportAsync(hub, folder, "alpha.json", Alpha);
        var smaller = Alpha
            .Replace("{ \"id\": \"ana\", \"name\": \"Ana Ruiz\", \"phone\": \"(617) 555-0101\" },", string.Empty, StringComparison.Ordinal)
            .Replace("\"members\": [\"ana\", \"ben\"]", "\"members\": [\"ben\"]", StringComparison.Ordinal)
            .Replace("\"Ben Okafor\"", "\"Benjamin Okafor\"", StringComparison.Ordinal);
        smaller = smaller[..smaller.IndexOf("{ \"name\": \"alpha-electrical\"", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + " ] } }";

        await ImportAsync(hub, folder, "smaller.json", smaller);
        var replaced = await ExportAsync(hub);
        await ImportAsync(hub, folder, "plain.json", """{ "code": "alpha", "name": "Alpha", "properties": [ { "code": "oak", "name": "Oak", "timeZone": "America/New_York" } ] }""");
        var oak = await PropertyAsync(hub, "oak");
        var plumbing = await hub.Get<OnCallService>().WhoIsOnCallAsync(oak, "plumbing", null, CancellationToken.None);
        var electrical = await hub.Get<OnCallService>().WhoIsOnCallAsync(oak, "electrical", null, CancellationToken.None);

        Assert.Equal(("ben", "Benjamin Okafor"), (plumbing.Contact?.Code, plumbing.Contact?.Name));
        Assert.Null(electrical.Contact);
        Assert.DoesNotContain("Ana Ruiz", replaced, StringComparison.Ordinal);
        Assert.DoesNotContain("alpha-electrical", replaced, StringComparison.Ordinal);
        Assert.Equal(replaced, await ExportAsync(hub));
    }

    private static async Task<(TestHub Hub, FakeTimeProvider Clock)> StartAsync(Provider provider, DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var hub = await TestHub.StartAsync(provider, configure: services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        return (hub, clock);
    }

    private static string Write(TempFolder folder, string name, string json)
    {
        var path = folder.Combine(name);
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task ImportAsync(TestHub hub, TempFolder folder, string name, string json)
    {
        var result = await hub.Get<PortfolioImporter>().ImportAsync(Write(folder, name, json), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    private static async Task<string> ExportAsync(TestHub hub) =>
        JsonSerializer.Serialize(await hub.Get<PortfolioExporter>().ExportAsync("alpha", null, CancellationToken.None), PortfolioJson.Options);

    private static async Task<PropertyRef> PropertyAsync(TestHub hub, string code) =>
        (await hub.Get<PropertyDirectory>().FindAsync(code, null, CancellationToken.None)).Property!;
}
