using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<UnitRecord>
{
    public void Configure(EntityTypeBuilder<UnitRecord> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => new { u.PortfolioId, u.Id });
        builder.HasIndex(u => new { u.PortfolioId, u.PropertyId, u.Code }).IsUnique();
        builder.HasOne<PropertyRecord>().WithMany().HasForeignKey(u => new { u.PortfolioId, u.PropertyId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.ExternalId).HasMaxLength(128);
    }
}
