using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulators' seed data, loaded from the same portfolio file and roster CSVs the hub imports, so that the residents a
/// simulated PMS serves are the residents the hub knows.
/// </summary>
public sealed class SimulatorSeed
{
    private SimulatorSeed(IReadOnlyList<SeedProperty> properties) => Properties = properties;

    public IReadOnlyList<SeedProperty> Properties { get; }

    public static SimulatorSeed Empty { get; } = new([]);

    public IEnumerable<SeedProperty> For(string pmsPlugin) => Properties.Where(p => p.PmsPlugin == pmsPlugin);

    public static SimulatorSeed Load(string portfolioFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(portfolioFile));
        var folder = Path.GetDirectoryName(Path.GetFullPath(portfolioFile))!;
        var properties = new List<SeedProperty>();
        foreach (var property in json.RootElement.GetProperty("properties").EnumerateArray())
        {
            if (!property.TryGetProperty("pms", out var pms))
            {
                continue;
            }

            var residents = property.TryGetProperty("roster", out var roster) ? ReadRoster(Path.Combine(folder, roster.GetString()!)) : [];
            properties.Add(new SeedProperty(
                property.GetProperty("code").GetString()!,
                property.GetProperty("name").GetString()!,
                pms.GetProperty("plugin").GetString()!,
                pms.GetProperty("propertyId").GetString()!,
                residents));
        }

        return new SimulatorSeed(properties);
    }

    private static List<SeedResident> ReadRoster(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        csv.Read();
        csv.ReadHeader();
        var residents = new List<SeedResident>();
        while (csv.Read())
        {
            residents.Add(new SeedResident(
                csv.GetField("resident_id") ?? string.Empty,
                csv.GetField("first_name") ?? string.Empty,
                csv.GetField("last_name") ?? string.Empty,
                csv.GetField("unit") ?? string.Empty,
                csv.GetField("phone") ?? string.Empty,
                NullIfEmpty(csv.GetField("alt_phone")),
                NullIfEmpty(csv.GetField("email"))));
        }

        return residents;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
