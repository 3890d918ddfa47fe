using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class PortfolioConfiguration : IEntityTypeConfiguration<PortfolioRecord>
{
    public void Configure(EntityTypeBuilder<PortfolioRecord> builder)
    {
        builder.ToTable("portfolios");
        builder.HasKey(p => p.Id);
        builder.Ignore(p => p.PortfolioId);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
