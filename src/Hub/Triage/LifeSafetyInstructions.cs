namespace AiPhoneCoverage.Hub.Triage;

/// <summary>What the caller is told first in a life-safety case, before anything else (docs/triage.md).</summary>
internal static class LifeSafetyInstructions
{
    public const string Gas = "If you smell gas, leave the building now. Do not switch anything on or off, and do not use a lighter. "
        + "Once you are outside, call 911 and the gas company. We are sending maintenance.";

    public const string Fire = "Leave the building now and call 911 from outside. Do not use the elevator. We are alerting maintenance.";

    public const string CarbonMonoxide = "Leave your home now, get everyone into fresh air, and call 911 from outside. We are alerting maintenance.";

    public const string Trapped = "Call 911 now. Stay calm and stay inside the elevator; help is coming. We are dispatching the elevator contractor.";

    public const string Danger = "If anyone is in danger or hurt, hang up and call 911 now. We are alerting the property team.";
}
