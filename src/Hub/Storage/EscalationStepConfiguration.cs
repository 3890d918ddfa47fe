using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class EscalationStepConfiguration : IEntityTypeConfiguration<EscalationStepRecord>
{
    public void Configure(EntityTypeBuilder<EscalationStepRecord> builder)
    {
        builder.ToTable("escalation_steps");
        builder.HasKey(s => new { s.PortfolioId, s.Id });
        builder.HasIndex(s => new { s.PortfolioId, s.EscalationId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.PortfolioId, s.Phone });
        builder.Property(s => s.Tier).HasMaxLength(32);
        builder.Property(s => s.ContactCode).HasMaxLength(64);
        builder.Property(s => s.ContactName).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.Channel).HasMaxLength(16);
    }
}
