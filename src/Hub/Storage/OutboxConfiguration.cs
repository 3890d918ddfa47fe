using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => new { o.PortfolioId, o.Id });
        builder.HasIndex(o => new { o.PortfolioId, o.CorrelationKey }).IsUnique();
        builder.HasIndex(o => new { o.PortfolioId, o.Subject });
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });

        // A text or call Twilio sent belongs to one row: two rows that both found it after a crash cannot both settle
        // on it (the loser's lease runs out and it looks again). Only telephony ids: two PMSs may both have a "WO1".
        builder.HasIndex(o => new { o.PortfolioId, o.Kind, o.ExternalId }).IsUnique()
            .HasFilter("\"kind\" IN ('sms', 'page_call') AND \"external_id\" IS NOT NULL");
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(o => o.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Kind).HasMaxLength(16);
        builder.Property(o => o.Subject).HasMaxLength(64);
        builder.Property(o => o.CorrelationKey).HasMaxLength(128);
        builder.Property(o => o.Status).HasMaxLength(16);
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.Property(o => o.LeaseToken).IsConcurrencyToken();
    }
}
