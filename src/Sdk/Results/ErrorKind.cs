namespace AiPhoneCoverage.Sdk;

/// <summary>How the hub should treat an <see cref="ProviderError"/>.</summary>
public enum ErrorKind
{
    /// <summary>Retrying cannot help; stop and show the error to operators.</summary>
    Permanent,

    /// <summary>Retrying later may help.</summary>
    Transient,

    /// <summary>The request may have taken effect; search by correlation key before any retry.</summary>
    Unknown,
}
