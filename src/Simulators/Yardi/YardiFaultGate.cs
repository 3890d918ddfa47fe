using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Settings;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// An ASP.NET Core middleware in front of WireMock that takes the injected fault for each SOAP request. It does what
/// WireMock cannot: <see cref="PmsFaultKind.ConnectionReset"/> aborts the connection before acting, and
/// <see cref="PmsFaultKind.CreatedThenDropped"/> lets the request act (its answer goes to a buffer) and then aborts the
/// connection instead of answering. It waits out <see cref="PmsFaultKind.Latency"/>; the other faults reach the SOAP
/// endpoint through <see cref="Current"/>, which flows with the request.
/// </summary>
internal sealed class YardiFaultGate
{
    private static readonly AsyncLocal<PmsFault?> CurrentFault = new();

    private FaultSchedule<PmsFault>? _faults;
    private TimeProvider _time = TimeProvider.System;

    /// <summary>The fault the SOAP endpoint must apply to the request it is answering, if any.</summary>
    public static PmsFault? Current => CurrentFault.Value;

    public static Action<WireMockServerSettings> Create(out YardiFaultGate gate)
    {
        var created = new YardiFaultGate();
        gate = created;
        return settings => settings.PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(created.InvokeAsync);
    }

    /// <summary>Connects the gate to the simulator's schedule; until then no request meets a fault.</summary>
    public void Bind(FaultSchedule<PmsFault> faults, TimeProvider time)
    {
        _time = time;
        _faults = faults;
    }

    private async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var soap = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value?.EndsWith(".asmx", StringComparison.OrdinalIgnoreCase) == true;
        var fault = soap ? _faults?.Take() : null;
        switch (fault?.Kind)
        {
            case PmsFaultKind.ConnectionReset:
                context.Abort();
                return;
            case PmsFaultKind.Latency:
                try
                {
                    await Task.Delay(fault.DrawLatency(), _time, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up waiting
                }

                fault = null;
                break;
            case PmsFaultKind.CreatedThenDropped:
                CurrentFault.Value = fault;
                var answer = context.Response.Body;
                await using (var buffer = new MemoryStream())
                {
                    context.Response.Body = buffer;
                    await next();
                    context.Response.Body = answer;
                }

                context.Abort();
                return;
        }

        CurrentFault.Value = fault;
        await next();
    }
}
