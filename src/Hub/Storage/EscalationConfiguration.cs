using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<EscalationRecord>
{
    public void Configure(EntityTypeBuilder<EscalationRecord> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => new { e.PortfolioId, e.Id });
        builder.HasIndex(e => new { e.PortfolioId, e.Status, e.AckCode });
        builder.HasIndex(e => new { e.PortfolioId, e.Subject });
        builder.HasIndex(e => new { e.PortfolioId, e.WorkOrderId });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(e => e.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Steps).WithOne().HasForeignKey(s => new { s.PortfolioId, s.EscalationId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Subject).HasMaxLength(64);
        builder.Property(e => e.WorkOrderRef).HasMaxLength(32);
        builder.Property(e => e.PropertyCode).HasMaxLength(64);
        builder.Property(e => e.UnitCode).HasMaxLength(32);
        builder.Property(e => e.Trade).HasMaxLength(16);
        builder.Property(e => e.Summary).HasMaxLength(200);
        builder.Property(e => e.AckCode).HasMaxLength(8);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.ResidentPhone).HasMaxLength(20);
        builder.Property(e => e.HubNumber).HasMaxLength(20);
        builder.Property(e => e.AcknowledgedBy).HasMaxLength(64);
        builder.Property(e => e.AcknowledgedVia).HasMaxLength(8);
    }
}
