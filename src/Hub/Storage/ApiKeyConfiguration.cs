using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => new { k.PortfolioId, k.Id });
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(k => k.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.Property(k => k.Role).HasMaxLength(16);
    }
}
