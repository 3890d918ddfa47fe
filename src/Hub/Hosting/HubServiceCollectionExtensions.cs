using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Hub.Workflows;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>Registers the hub's services: the same set for `serve` and for every other aipc command.</summary>
internal static class HubServiceCollectionExtensions
{
    public static IServiceCollection AddHubCore(this IServiceCollection services, IConfiguration configuration, DataDirectory data, ILoggerFactory? loggerFactory = null)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddOptions<HubOptions>().Bind(configuration.GetSection(HubOptions.Section));
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.Section));
        services.AddSingleton(data);
        services.TryAddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubDatabase>();

        services.AddSingleton(_ => LookupKey.Load(configuration, data));
        services.AddSingleton<PhoneHasher>();
        services.AddSingleton(_ => new PhoneNumberNormalizer(configuration["Residents:DefaultRegion"] ?? "US"));
        services.AddSingleton<RosterCsvReader>();
        services.AddSingleton<RosterImport>();
        services.AddSingleton<RosterIndex>();
        services.AddSingleton<RosterIndexLoader>();
        services.AddSingleton<CallerLookup>();

        services.AddSingleton<SettingsProtector>();
        services.AddSingleton<Pms.PmsTargets>();
        services.AddSingleton<Pms.PmsRosterSync>();
        services.AddSingleton<Pms.RosterSyncWorker>();
        services.AddSingleton<PropertyDirectory>();
        services.AddSingleton<PortfolioLookup>();
        services.AddSingleton<PortfolioValidator>();
        services.AddSingleton<PortfolioImporter>();
        services.AddSingleton<PortfolioExporter>();
        services.AddSingleton<DemoPortfolio>();
        services.AddSingleton<Routing.OnCallValidator>();
        services.AddSingleton<Routing.OnCallService>();
        services.AddSingleton<Routing.OnCallCsvReader>();
        services.AddSingleton<Routing.OnCallCsvImport>();

        // Vendor dispatch: preferred vendors from the portfolio file, dispatches through the outbox, statuses read until decided.
        services.AddOptions<Vendors.VendorOptions>().Bind(configuration.GetSection(Vendors.VendorOptions.Section));
        services.AddSingleton<Vendors.VendorValidator>();
        services.AddSingleton<Vendors.VendorSettings>();
        services.AddSingleton<Vendors.VendorDecisions>();
        services.AddSingleton<Vendors.VendorStatusWorker>();
        services.AddSingleton<IOutboxDelivery, Vendors.VendorDispatchDelivery>();

        services.AddSingleton<IActivitySource, BuiltInActivities>();
        services.AddSingleton<IActivitySource, PluginActivities>();
        services.AddSingleton<ActivityCatalog>();
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<DefaultWorkflows>();
        foreach (var behavior in ActivityBehaviors.BuiltIn())
        {
            services.AddSingleton<IActivityBehavior>(behavior);
        }

        services.AddSingleton<PortfolioCodes>();
        services.AddSingleton<IActivityBehavior, IdentifyCallerBehavior>();
        services.AddSingleton<IActivityBehavior, DispatchBehavior>();
        services.AddSingleton<IActivityBehavior, NotifyBehavior>();
        services.AddSingleton<Escalations.PageTargets>();
        services.AddSingleton<Escalations.AckLinks>();
        services.AddSingleton<Escalations.PageAcknowledgements>();
        services.AddSingleton<Escalations.TechnicianTexts>();
        services.AddSingleton<Escalations.VoicePageReplies>();
        services.AddSingleton<Vendors.VendorRouting>();
        services.AddSingleton<IActivityBehavior, AnalyzeRequestBehavior>();
        services.AddSingleton<IActivityBehavior, ApplyTriagePolicyBehavior>();
        services.AddSingleton<ActivityBehaviors>();
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<WorkflowTimerWorker>();
        services.AddSingleton<Sla.SlaWorker>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<TriagePolicyStore>();
        services.AddSingleton<TriagePolicyOverride>();
        services.AddSingleton<ScenarioRunner>();

        services.AddSingleton<HubAddress>();
        services.AddSingleton<TelephonyAccounts>();
        services.AddSingleton<PortfolioDestinations>();
        services.AddSingleton<PortfolioIds>();
        services.AddSingleton<CallConversation>();
        services.AddSingleton<EmergencyLineCache>();
        services.AddSingleton<DegradedCallResponses>();
        services.AddSingleton<CallWebhooks>();
        services.AddSingleton<OutboxTelephony>();
        services.AddSingleton<SentSearch>();
        services.AddSingleton<PageCallTurns>();
        services.AddSingleton<IOutboxDelivery, SmsDelivery>();
        services.AddSingleton<IOutboxDelivery, PageCallDelivery>();
        services.AddSingleton<IOutboxDelivery, WorkOrderDelivery>();
        services.AddSingleton<OutboxWorker>();

        // Outbound requests of telephony plugins: the hub's resilience pipeline (timeouts, circuit breaker). POSTs are
        // not retried here: the outbox retries them with their idempotency key.
        services.AddHttpClient("telephony.twilio").AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());

        // PMS connectors' requests: timeouts and a circuit breaker, and no retries here at all. Work orders are retried
        // by the outbox on its backoff schedule (searching by correlation key first), roster syncs by their schedule:
        // a retry here would multiply every backoff step against a failing PMS (the benchmark in docs/performance.md).
        foreach (var pms in new[] { "yardi", "realpage", "appfolio" })
        {
            services.AddHttpClient(pms).AddStandardResilienceHandler(o =>
            {
                o.Retry.ShouldHandle = static _ => Polly.PredicateResult.False();
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(45);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(40);
            });
        }

        // Vendor dispatchers: timeouts and a circuit breaker; a POST is never retried here (the dispatch searches or
        // resends its idempotency key instead).
        foreach (var vendor in new[] { "vendor.generic", "vendor.servicechannel" })
        {
            services.AddHttpClient(vendor).AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        }

        var loader = new IsolatedPluginLoader((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<IsolatedPluginLoader>());
        var plugins = loader.LoadAll(PluginsFolder(configuration), services, configuration);
        services.AddSingleton(new PluginCatalog(plugins));
        return services;
    }

    public static string PluginsFolder(IConfiguration configuration)
    {
        var configured = configuration["Plugins:Path"];
        return string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "plugins") : Path.GetFullPath(configured);
    }
}
