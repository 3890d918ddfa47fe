using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Adds outbox rows to a unit of work, due now.</summary>
internal static class OutboxQueue
{
    public static OutboxRecord Add(HubDbContext db, Guid portfolioId, string kind, string subject, string correlationKey, string payloadJson, DateTimeOffset now)
    {
        var row = new OutboxRecord
        {
            PortfolioId = portfolioId,
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            Subject = subject,
            CorrelationKey = correlationKey,
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
