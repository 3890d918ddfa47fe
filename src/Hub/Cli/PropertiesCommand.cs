using System.CommandLine;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc properties [--portfolio CODE] [--json]`: every property with its PMS and the numbers routed to it.</summary>
internal static class PropertiesCommand
{
    public static Command Create()
    {
        var json = CliOptions.Json();
        var portfolio = CliOptions.Portfolio();
        var command = new Command("properties", "List properties, their PMS and routed phone numbers") { portfolio, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.System);
            var code = parseResult.GetValue(portfolio);
            var rows = await (
                    from property in db.Properties.Include(p => p.PhoneNumbers)
                    join p in db.Portfolios on property.PortfolioId equals p.Id
                    where code == null || p.Code == code
                    orderby p.Code, property.Code
                    select new { Portfolio = p.Code, property.Code, property.Name, property.TimeZone, Pms = property.PmsPlugin, property.PhoneNumbers, property.EmergencyLine })
                .ToListAsync(cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(rows.Select(r => new
                {
                    r.Portfolio, Property = r.Code, r.Name, r.TimeZone, r.Pms, PhoneNumbers = r.PhoneNumbers.Select(n => n.Number).Order(), r.EmergencyLine,
                })));
            }
            else
            {
                TextTable.Write(output, ["PORTFOLIO", "PROPERTY", "PMS", "TIME ZONE", "PHONE NUMBERS"],
                    rows.Select(r => (IReadOnlyList<string>)[r.Portfolio, r.Code, r.Pms ?? "csv", r.TimeZone, string.Join(" ", r.PhoneNumbers.Select(n => n.Number).Order())]));
            }

            return 0;
        });
        return command;
    }
}
