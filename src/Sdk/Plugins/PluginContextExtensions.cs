using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Sdk;

/// <summary>Registers a plugin's providers under its id, so that the hub can choose them by name per portfolio and property.</summary>
public static class PluginContextExtensions
{
    /// <summary>Registers the plugin's PMS connector.</summary>
    /// <typeparam name="TConnector">The connector type.</typeparam>
    /// <param name="context">The plugin's context.</param>
    /// <returns>The same context.</returns>
    public static IPluginContext AddPmsConnector<TConnector>(this IPluginContext context)
        where TConnector : class, IPmsConnector => context.AddProvider<IPmsConnector, TConnector>(PluginCapabilities.Pms);

    /// <summary>Registers the plugin's telephony provider.</summary>
    /// <typeparam name="TProvider">The provider type.</typeparam>
    /// <param name="context">The plugin's context.</param>
    /// <returns>The same context.</returns>
    public static IPluginContext AddTelephonyProvider<TProvider>(this IPluginContext context)
        where TProvider : class, ITelephonyProvider => context.AddProvider<ITelephonyProvider, TProvider>(PluginCapabilities.Telephony);

    /// <summary>Registers the plugin's intent model.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="context">The plugin's context.</param>
    /// <returns>The same context.</returns>
    public static IPluginContext AddIntentModel<TModel>(this IPluginContext context)
        where TModel : class, IIntentModel => context.AddProvider<IIntentModel, TModel>(PluginCapabilities.IntentModel);

    /// <summary>Registers the plugin's vendor dispatcher.</summary>
    /// <typeparam name="TDispatcher">The dispatcher type.</typeparam>
    /// <param name="context">The plugin's context.</param>
    /// <returns>The same context.</returns>
    public static IPluginContext AddVendorDispatcher<TDispatcher>(this IPluginContext context)
        where TDispatcher : class, IVendorDispatcher => context.AddProvider<IVendorDispatcher, TDispatcher>(PluginCapabilities.VendorDispatch);

    /// <summary>Contributes a workflow activity (the manifest must declare the <c>activities</c> capability).</summary>
    /// <typeparam name="TActivity">The activity type.</typeparam>
    /// <param name="context">The plugin's context.</param>
    /// <returns>The same context.</returns>
    public static IPluginContext AddActivity<TActivity>(this IPluginContext context)
        where TActivity : class, IWorkflowActivity
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireCapability(context, PluginCapabilities.Activities, "activity");
        context.Services.AddSingleton<IWorkflowActivity, TActivity>();
        return context;
    }

    private static void RequireCapability(IPluginContext context, string capability, string what)
    {
        if (!context.Manifest.Capabilities.Contains(capability))
        {
            throw new InvalidOperationException(
                $"Plugin '{context.Manifest.Id}' registers a {what} but its plugin.json does not declare the '{capability}' capability.");
        }
    }

    private static IPluginContext AddProvider<TService, TImplementation>(this IPluginContext context, string capability)
        where TService : class
        where TImplementation : class, TService
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireCapability(context, capability, $"{capability} provider");
        context.Services.AddKeyedSingleton<TService, TImplementation>(context.Manifest.Id);
        return context;
    }
}
