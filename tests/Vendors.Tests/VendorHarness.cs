using System.Text.Json;
using AiPhoneCoverage.Plugins.Vendors.Generic;
using AiPhoneCoverage.Plugins.Vendors.ServiceChannel;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>Both dispatchers over a real IHttpClientFactory with the hub's named clients, and a sample work order.</summary>
internal sealed class VendorHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public VendorHarness(TimeProvider? time = null, TimeSpan? timeout = null, Action<IHttpClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        foreach (var name in new[] { "vendor.generic", "vendor.servicechannel" })
        {
            var client = services.AddHttpClient(name, c => c.Timeout = timeout ?? TimeSpan.FromSeconds(10));
            configure?.Invoke(client);
        }

        _services = services.BuildServiceProvider();
        var factory = _services.GetRequiredService<IHttpClientFactory>();
        Generic = new GenericVendorDispatcher(factory, time);
        ServiceChannel = new ServiceChannelDispatcher(factory, time);
    }

    public GenericVendorDispatcher Generic { get; }

    public ServiceChannelDispatcher ServiceChannel { get; }

    public static readonly DateTimeOffset ReportedAt = new(2026, 11, 25, 10, 15, 0, TimeSpan.FromHours(-8));

    public static WorkOrderRequest Order(string key = "CA0001:wo1", Category category = Category.Plumbing, Urgency urgency = Urgency.Routine, string property = "sunset-vista") =>
        new(key, property, "4B", "5039", category, urgency, "Kitchen sink drains slowly",
            "Caller says the kitchen sink has drained slowly for a week; no leak.", PermissionToEnter.Granted, "Dog in the bedroom", "+12135551245", ReportedAt);

    public static Dictionary<string, string> Settings(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    public static JsonElement Json(string? body) => JsonDocument.Parse(body!).RootElement.Clone();

    public void Dispose() => _services.Dispose();
}
