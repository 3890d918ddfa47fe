using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class PropertyConfiguration : IEntityTypeConfiguration<PropertyRecord>
{
    public void Configure(EntityTypeBuilder<PropertyRecord> builder)
    {
        builder.ToTable("properties");
        builder.HasKey(p => new { p.PortfolioId, p.Id });
        builder.HasIndex(p => new { p.PortfolioId, p.Code }).IsUnique();
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(p => p.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PhoneNumbers).WithOne().HasForeignKey(n => new { n.PortfolioId, n.PropertyId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.PmsPlugin).HasMaxLength(64);
        builder.Property(p => p.PmsPropertyId).HasMaxLength(128);
        builder.Property(p => p.EmergencyLine).HasMaxLength(20);
    }
}
