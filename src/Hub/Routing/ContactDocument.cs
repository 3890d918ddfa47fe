namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A contact of the portfolio file's <c>contacts</c> section.</summary>
internal sealed record ContactDocument
{
    /// <summary>The id rotations and overrides name the contact by: lowercase letters, digits and dashes.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Any format; stored as E.164.</summary>
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>technician (the default), supervisor or manager.</summary>
    public string? Role { get; init; }
}
