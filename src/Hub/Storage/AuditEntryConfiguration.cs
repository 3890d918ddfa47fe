using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => new { a.PortfolioId, a.Id });
        builder.HasIndex(a => new { a.PortfolioId, a.Subject });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(a => a.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Subject).HasMaxLength(64);
        builder.Property(a => a.Kind).HasMaxLength(32);
    }
}
