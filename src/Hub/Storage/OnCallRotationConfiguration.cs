using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class OnCallRotationConfiguration : IEntityTypeConfiguration<OnCallRotationRecord>
{
    public void Configure(EntityTypeBuilder<OnCallRotationRecord> builder)
    {
        builder.ToTable("oncall_rotations");
        builder.HasKey(r => new { r.PortfolioId, r.Id });
        builder.HasIndex(r => new { r.PortfolioId, r.Name }).IsUnique();
        builder.HasIndex(r => new { r.PortfolioId, r.PropertyId, r.Trade });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(r => r.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PropertyRecord>().WithMany().HasForeignKey(r => new { r.PortfolioId, r.PropertyId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
        builder.Property(r => r.Trade).HasMaxLength(32);
        builder.Property(r => r.Period).HasMaxLength(16);
        builder.Property(r => r.HandoffDay).HasMaxLength(3);
        builder.Property(r => r.WindowsJson).HasMaxLength(4000);
    }
}
