using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<VendorRecord>
{
    public void Configure(EntityTypeBuilder<VendorRecord> builder)
    {
        builder.ToTable("vendors");
        builder.HasKey(v => new { v.PortfolioId, v.Id });
        builder.HasIndex(v => new { v.PortfolioId, v.Code }).IsUnique();
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(v => v.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Code).HasMaxLength(64);
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Dispatcher).HasMaxLength(64);
        builder.Property(v => v.SmsPhone).HasMaxLength(20);
    }
}
