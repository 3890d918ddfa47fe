using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class VendorDispatchConfiguration : IEntityTypeConfiguration<VendorDispatchRecord>
{
    public void Configure(EntityTypeBuilder<VendorDispatchRecord> builder)
    {
        builder.ToTable("vendor_dispatches");
        builder.HasKey(d => new { d.PortfolioId, d.Id });
        builder.HasIndex(d => new { d.PortfolioId, d.WorkOrderId });
        builder.HasIndex(d => d.NextPollAt);
        builder.HasOne<VendorRecord>().WithMany().HasForeignKey(d => new { d.PortfolioId, d.VendorId }).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Subject).HasMaxLength(64);
        builder.Property(d => d.WorkOrderRef).HasMaxLength(32);
        builder.Property(d => d.Trade).HasMaxLength(16);
        builder.Property(d => d.NotToExceed).HasPrecision(12, 2);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.ExternalId).HasMaxLength(100);
        builder.Property(d => d.VendorStatus).HasMaxLength(100);
        builder.Property(d => d.Revision).IsConcurrencyToken();
    }
}
