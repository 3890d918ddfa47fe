namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A resident's phone number. Looked up by <see cref="Hash"/>, a keyed hash of the E.164 number, so that the number
/// itself can be encrypted at rest without changing the index.
/// </summary>
internal sealed class ResidentPhoneRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>HMAC-SHA256 of the E.164 number under the hub's lookup key.</summary>
    public required byte[] Hash { get; set; }

    /// <summary>E.164.</summary>
    public required string Number { get; set; }

    /// <summary>0 for the primary phone, 1 for the alternate, and so on.</summary>
    public int Position { get; set; }
}
