namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A contact as routing sees it. <see cref="Phone"/> is E.164 and personal data: never logged.</summary>
internal sealed record OnCallContact(Guid Id, string Code, string Name, string Phone, string? Email, ContactRole Role)
{
    /// <summary>The phone for screens: country code and the last four digits (<c>+1******0101</c>).</summary>
    public string MaskedPhone => MaskPhone(Phone);

    public static string MaskPhone(string phone) => phone.Length <= 6
        ? new string('*', phone.Length)
        : phone[..2] + new string('*', phone.Length - 6) + phone[^4..];

    // Records print every member; this one must not print the phone.
    public override string ToString() => $"{Code} ({Name})";
}
