using System.Globalization;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>Applies the next injected fault to a REST request (create or list) before, around or after handling it.</summary>
internal sealed class TwilioFaultGate(FaultSchedule<TwilioFault> faults, TimeProvider time)
{
    public async Task<IResponseMessage> ApplyAsync(IRequestMessage message, Func<IResponseMessage> handle)
    {
        switch (faults.Take())
        {
            case { Kind: TwilioFaultKind.ServerError }:
                return TwilioAnswer.Error(500, 20500, "Internal Server Error");
            case { Kind: TwilioFaultKind.TooManyRequests } fault:
                var busy = TwilioAnswer.Error(429, 20429, "Too Many Requests");
                busy.AddHeader("Retry-After", ((int)Math.Ceiling(fault.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
                return busy;
            case { Kind: TwilioFaultKind.Delay } fault:
                await Task.Delay(fault.DrawDelay(), time);
                break;
            case { Kind: TwilioFaultKind.CreatedThenDropped }:
                _ = handle();
                return DroppedConnection.Answer();
        }

        return handle();
    }
}
