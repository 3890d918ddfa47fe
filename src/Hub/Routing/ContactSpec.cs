using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A contact as checked: id, name, E.164 phone, e-mail and role.</summary>
internal sealed record ContactSpec(string Code, string Name, string Phone, string? Email, ContactRole Role)
{
    /// <summary>The contact, or null with every problem (phones echoed masked).</summary>
    public static ContactSpec? Parse(string? code, string? name, string? phone, string? email, string? role, PhoneNumberNormalizer phones, List<string> problems)
    {
        var before = problems.Count;
        if (!OnCallCodes.IsValid(code))
        {
            problems.Add("id must be lowercase letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || name.Any(char.IsControl))
        {
            problems.Add("name is empty, too long or has control characters");
        }

        if (!phones.TryNormalize(phone, out var e164, out var why))
        {
            problems.Add($"phone '{Mask(phone)}' {why}");
        }

        var mail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (mail is not null && (!mail.Contains('@', StringComparison.Ordinal) || mail.Contains(' ', StringComparison.Ordinal) || mail.Length > 254))
        {
            problems.Add($"email '{mail}' is not an e-mail address");
        }

        var parsedRole = ContactRole.Technician;
        if (!string.IsNullOrWhiteSpace(role) && !WireNames.TryParse(role, out parsedRole))
        {
            problems.Add($"role '{role}' is not technician, supervisor or manager");
        }

        return problems.Count > before ? null : new ContactSpec(code!, name!.Trim(), e164, mail, parsedRole);
    }

    // A rejected phone is echoed with its last two characters only, like a rejected roster phone.
    private static string Mask(string? raw) => raw is null || raw.Length <= 2 ? new string('*', raw?.Length ?? 0) : new string('*', raw.Length - 2) + raw[^2..];

    public override string ToString() => $"{Code} ({Name})";
}
