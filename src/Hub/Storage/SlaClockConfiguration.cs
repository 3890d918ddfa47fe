using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class SlaClockConfiguration : IEntityTypeConfiguration<SlaClockRecord>
{
    public void Configure(EntityTypeBuilder<SlaClockRecord> builder)
    {
        builder.ToTable("sla_clocks");
        builder.HasKey(c => new { c.PortfolioId, c.Id });
        builder.HasIndex(c => new { c.PortfolioId, c.WorkOrderId, c.Target }).IsUnique();
        builder.HasIndex(c => new { c.PortfolioId, c.StartedAt });
        builder.HasIndex(c => c.NextCheckAt);
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(c => c.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Subject).HasMaxLength(64);
        builder.Property(c => c.WorkOrderRef).HasMaxLength(32);
        builder.Property(c => c.PropertyCode).HasMaxLength(64);
        builder.Property(c => c.Urgency).HasMaxLength(16);
        builder.Property(c => c.Target).HasMaxLength(32);
        builder.Property(c => c.Revision).IsConcurrencyToken();
    }
}
