using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class PropertyPhoneConfiguration : IEntityTypeConfiguration<PropertyPhoneRecord>
{
    public void Configure(EntityTypeBuilder<PropertyPhoneRecord> builder)
    {
        builder.ToTable("property_phone_numbers");
        builder.HasKey(n => new { n.PortfolioId, n.Number });
        builder.HasIndex(n => n.Number).IsUnique();
        builder.Property(n => n.Number).HasMaxLength(20);
    }
}
