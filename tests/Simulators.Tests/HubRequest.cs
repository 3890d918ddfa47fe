namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>One webhook the fake hub received, and whether Twilio's own RequestValidator accepted its signature.</summary>
internal sealed record HubRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, bool SignatureValid, string? IdempotencyToken, string? UserAgent)
{
    public string this[string name] => Form[name];
}
