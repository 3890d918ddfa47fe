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
            return ActivityOutcome.Take("Identified");
        }

        var callerId = context.State.Variables.TryGetValue("CallerId", out var id) ? id?.GetValue<string>() : null;
        var matches = callerId is null ? [] : await lookup.FindAsync(callerId, await codes.CodeOfAsync(context.PortfolioId, context.CancellationToken), context.CancellationToken);
        context.SetVariable("CallerMatches", JsonSerializer.SerializeToNode(matches, JsonSerializerOptions.Web));
        if (matches.Count == 1)
        {
            context.SetVariable("Resident", JsonSerializer.SerializeToNode(matches[0], JsonSerializerOptions.Web));
            context.SetOutput("Resident", context.State.Variables["Resident"]);
        }

        return ActivityOutcome.Take(matches.Count switch { 1 => "Identified", 0 => "Unknown", _ => "Ambiguous" });
    }
}
