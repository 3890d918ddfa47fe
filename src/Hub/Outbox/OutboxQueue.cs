using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Adds outbox rows to a unit of work, due now.</summary>
internal static class OutboxQueue
{
    /// <summary>Adds a row; <paramref name="id"/> when something else points at it (a vendor dispatch shares its row's id).</summary>
    public static OutboxRecord Add(
        HubDbContext db, Guid portfolioId, string kind, string subject, string correlationKey, string payloadJson, DateTimeOffset now, Guid? id = null, Guid? propertyId = null)
    {
        var row = new OutboxRecord
        {
            PortfolioId = portfolioId,
            Id = id ?? Guid.CreateVersion7(now),
            Kind = kind,
            Subject = subject,
            CorrelationKey = correlationKey,
            PropertyId = propertyId,
            PayloadJson = payloadJson,
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Outbox.Add(row);
        return row;
    }

    public static OutboxRecord Sms(HubDbContext db, Guid portfolioId, string subject, string correlationKey, SmsPayload sms, DateTimeOffset now) =>
        Add(db, portfolioId, OutboxKinds.Sms, subject, correlationKey, sms.ToJson(), now);
}
