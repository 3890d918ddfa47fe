using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class OnCallContactConfiguration : IEntityTypeConfiguration<OnCallContactRecord>
{
    public void Configure(EntityTypeBuilder<OnCallContactRecord> builder)
    {
        builder.ToTable("oncall_contacts");
        builder.HasKey(c => new { c.PortfolioId, c.Id });
        builder.HasIndex(c => new { c.PortfolioId, c.Code }).IsUnique();
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(c => c.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Role).HasMaxLength(16);
    }
}
