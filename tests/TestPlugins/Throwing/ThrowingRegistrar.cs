using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.TestPlugins.Throwing;

/// <summary>Registers one service, then throws: the hub must keep none of it.</summary>
public sealed class ThrowingRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        context.Services.AddSingleton<ThrowingRegistrar>();
        throw new InvalidOperationException("the registrar failed on purpose");
    }
}
