using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class ResidentPhoneConfiguration : IEntityTypeConfiguration<ResidentPhoneRecord>
{
    public void Configure(EntityTypeBuilder<ResidentPhoneRecord> builder)
    {
        builder.ToTable("resident_phones");
        builder.HasKey(p => new { p.PortfolioId, p.ResidentId, p.Position });
        builder.HasIndex(p => p.Hash);
        builder.Property(p => p.Hash).HasMaxLength(32);
        builder.Property(p => p.Number).HasMaxLength(20);
    }
}
