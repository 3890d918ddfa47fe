using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>A RealPage status text in the canonical life cycle, by its words (so a customer's variants such as "Completed" also map).</summary>
internal static class WorkOrderStates
{
    public static WorkOrderState Of(string status)
    {
        bool Has(string word) => status.Contains(word, StringComparison.OrdinalIgnoreCase);
        return true switch
        {
            _ when Has("cancel") => WorkOrderState.Canceled,
            _ when Has("complete") || Has("closed") || Has("done") || Has("resolved") => WorkOrderState.Completed,
            _ when Has("hold") || Has("waiting") => WorkOrderState.OnHold,
            _ when Has("progress") || Has("assigned") || Has("scheduled") || Has("dispatched") => WorkOrderState.InProgress,
            _ => WorkOrderState.Open,
        };
    }
}
