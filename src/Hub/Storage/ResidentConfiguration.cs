using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<ResidentRecord>
{
    public void Configure(EntityTypeBuilder<ResidentRecord> builder)
    {
        builder.ToTable("residents");
        builder.HasKey(r => new { r.PortfolioId, r.Id });
        builder.HasIndex(r => new { r.PortfolioId, r.PropertyId, r.ExternalId }).IsUnique();
        builder.HasOne<PropertyRecord>().WithMany().HasForeignKey(r => new { r.PortfolioId, r.PropertyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UnitRecord>().WithMany().HasForeignKey(r => new { r.PortfolioId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Phones).WithOne().HasForeignKey(p => new { p.PortfolioId, p.ResidentId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.ExternalId).HasMaxLength(128);
        builder.Property(r => r.FirstName).HasMaxLength(100);
        builder.Property(r => r.LastName).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Status).HasMaxLength(16).HasConversion(new ValueConverter<ResidentStatus, string>(
            v => WireNames.ToWire(v), v => WireEnum.Parse<ResidentStatus>(v)));
    }
}
