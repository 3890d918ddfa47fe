namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>Who a tier pages: a role relative to the on-call schedule, or one named contact.</summary>
/// <param name="Kind">on-call, backup, supervisor, manager or contact.</param>
/// <param name="ContactCode">For <c>contact</c>, the contact's code.</param>
internal sealed record EscalationTarget(string Kind, string? ContactCode = null)
{
    public const string OnCall = "on-call";
    public const string Backup = "backup";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";
    public const string Contact = "contact";

    public static bool TryParse(string? text, out EscalationTarget target)
    {
        target = new EscalationTarget(OnCall);
        var value = text?.Trim() ?? string.Empty;
        if (value is OnCall or Backup or Supervisor or Manager)
        {
            target = new EscalationTarget(value);
            return true;
        }

        if (value.StartsWith(Contact + ":", StringComparison.Ordinal) && value.Length > Contact.Length + 1)
        {
            target = new EscalationTarget(Contact, value[(Contact.Length + 1)..]);
            return true;
        }

        return false;
    }

    public override string ToString() => ContactCode is null ? Kind : $"{Kind}:{ContactCode}";
}
