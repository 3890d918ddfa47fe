using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.IdentifyCaller: who is calling, from the roster index (never a PMS call). A Resident variable set when
/// the instance started (an already identified caller) is taken as it is; otherwise the CallerId variable is looked up
/// within the instance's portfolio. Identified (one match), Ambiguous (several), Unknown (none).
/// </summary>
internal sealed class IdentifyCallerBehavior(CallerLookup lookup, Portfolios.PortfolioCodes codes) : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.IdentifyCaller";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        if (context.State.Variables.TryGetValue("Resident", out var known) && known is not null)
        {
            context.SetOutput("Resident", known);
            context.Audit("caller_match", new { matches = 1, source = "given" });
            return ActivityOutcome.Take("Identified");
        }

        var callerId = context.State.Variables.TryGetValue("CallerId", out var id) ? id?.GetValue<string>() : null;
        var matches = callerId is null ? [] : await lookup.FindAsync(callerId, await codes.CodeOfAsync(context.PortfolioId, context.CancellationToken), context.CancellationToken);
        context.SetVariable("CallerMatches", JsonSerializer.SerializeToNode(matches, JsonSerializerOptions.Web));
        var place = CallScript.Text(context.State, CallScript.PropertyName) is { } name ? $"{name} maintenance" : "maintenance";
        if (matches.Count == 1)
        {
            context.SetVariable("Resident", JsonSerializer.SerializeToNode(matches[0], JsonSerializerOptions.Web));
            context.SetOutput("Resident", context.State.Variables["Resident"]);
            CallScript.Say(context, $"Hi {matches[0].FirstName}, thanks for calling {place}. I have you in unit {matches[0].UnitCode}.");
        }
        else
        {
            CallScript.Say(context, $"Thanks for calling {place}.");
        }

        // Who matched, by roster code and unit only: the audit trail never repeats a caller's number or name.
        context.Audit("caller_match", new
        {
            matches = matches.Count,
            residents = matches.Select(m => new { property = m.PropertyCode, unit = m.UnitCode, resident = m.ExternalId }),
        });

        return ActivityOutcome.Take(matches.Count switch { 1 => "Identified", 0 => "Unknown", _ => "Ambiguous" });
    }
}
