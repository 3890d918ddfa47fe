using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Twilio's REST API side (twilio.md). This first cut accepts and records <c>Messages.json</c> and <c>Calls.json</c>
/// posts; signatures, status callbacks and the scripted caller come with the Twilio plugin.
/// </summary>
public sealed class TwilioSimulator : PmsSimulator
{
    public TwilioSimulator(int port)
        : base("twilio", port, SimulatorSeed.Empty)
    {
        foreach (var (resource, prefix) in new[] { ("Messages", "SM"), ("Calls", "CA") })
        {
            Server.Given(Request.Create().WithPath(new RegexMatcher($"^/2010-04-01/Accounts/AC[0-9a-f]{{32}}/{resource}\\.json$")).UsingPost())
                .RespondWith(Response.Create()
                    .WithStatusCode(201)
                    .WithHeader("Content-Type", "application/json")
                    .WithBody($$$"""{"sid":"{{{prefix}}}{{Random.Guid}}","status":"queued"}""")
                    .WithTransformer());
        }
    }

    /// <summary>The message bodies posted so far, oldest first.</summary>
    public IReadOnlyList<string> SentMessages => Server.LogEntries
        .Where(e => e.RequestMessage.Path.EndsWith("/Messages.json", StringComparison.Ordinal))
        .Select(e => e.RequestMessage.Body ?? string.Empty)
        .ToList();
}
