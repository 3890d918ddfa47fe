using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Plugins.Ai.OpenAI;

/// <summary>Registers the OpenAI-compatible intent model with its options.</summary>
public sealed class OpenAIIntentModelRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Configuration;
        var options = new OpenAIIntentModelOptions
        {
            Endpoint = settings["Endpoint"],
            ApiKey = settings["ApiKey"],
            Model = settings["Model"] is { Length: > 0 } model ? model : "gpt-4o-mini",
            DeadlineMs = int.TryParse(settings["DeadlineMs"], System.Globalization.CultureInfo.InvariantCulture, out var deadline) ? deadline : 1500,
        };
        context.Services.AddSingleton(options);
        context.AddIntentModel<OpenAIIntentModel>();
    }
}
