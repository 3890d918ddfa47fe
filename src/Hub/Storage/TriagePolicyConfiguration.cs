using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class TriagePolicyConfiguration : IEntityTypeConfiguration<TriagePolicyRecord>
{
    public void Configure(EntityTypeBuilder<TriagePolicyRecord> builder)
    {
        builder.ToTable("triage_policies");
        builder.HasKey(p => new { p.PortfolioId, p.Version });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(p => p.PortfolioId).OnDelete(DeleteBehavior.Cascade);
    }
}
