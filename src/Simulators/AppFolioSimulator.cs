using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// AppFolio's Stack v1 REST API (pms-apis.md §5.3). This first cut serves <c>GET /api/v1/properties</c> and
/// <c>GET /api/v1/tenants</c> from the seed behind Basic auth; work orders, throttling and faults come with the AppFolio connector.
/// </summary>
public sealed class AppFolioSimulator : PmsSimulator
{
    public AppFolioSimulator(int port, SimulatorSeed seed, string clientId, string clientSecret)
        : base("appfolio", port, seed)
    {
        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var properties = Seed.For("appfolio").ToList();
        var propertiesBody = JsonSerializer.Serialize(new { results = properties.Select(p => new { Id = p.PmsPropertyId, p.Name }) });
        var tenantsBody = JsonSerializer.Serialize(new
        {
            results = properties.SelectMany(p => p.Residents.Select(r => new
            {
                Id = r.ResidentId,
                PropertyId = p.PmsPropertyId,
                UnitId = r.Unit,
                r.FirstName,
                r.LastName,
                r.Email,
                Status = "Current",
                PhoneNumbers = new[] { new { Type = "Mobile", Number = r.Phone } }
                    .Concat(r.AltPhone is null ? [] : [new { Type = "Home", Number = r.AltPhone }]),
            })),
        });

        Server.Given(Request.Create().WithPath("/api/v1/*").UsingAnyMethod())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { errors = new[] { new { message = "Unauthorized" } } }));
        Serve("/api/v1/properties", basic, propertiesBody);
        Serve("/api/v1/tenants", basic, tenantsBody);
    }

    private void Serve(string path, string authorization, string body) =>
        Server.Given(Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", authorization))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
}
