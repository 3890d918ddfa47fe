using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class PreferredVendorConfiguration : IEntityTypeConfiguration<PreferredVendorRecord>
{
    public void Configure(EntityTypeBuilder<PreferredVendorRecord> builder)
    {
        builder.ToTable("preferred_vendors");
        builder.HasKey(p => new { p.PortfolioId, p.Id });
        builder.HasIndex(p => new { p.PortfolioId, p.PropertyId, p.Trade, p.Rank });
        builder.HasOne<VendorRecord>().WithMany().HasForeignKey(p => new { p.PortfolioId, p.VendorId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Trade).HasMaxLength(16);
        builder.Property(p => p.NotToExceed).HasPrecision(12, 2);
    }
}
