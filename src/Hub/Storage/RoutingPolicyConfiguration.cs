using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class RoutingPolicyConfiguration : IEntityTypeConfiguration<RoutingPolicyRecord>
{
    public void Configure(EntityTypeBuilder<RoutingPolicyRecord> builder)
    {
        builder.ToTable("routing_policies");
        builder.HasKey(p => p.PortfolioId);
        builder.HasOne<PortfolioRecord>().WithOne().HasForeignKey<RoutingPolicyRecord>(p => p.PortfolioId).OnDelete(DeleteBehavior.Cascade);
    }
}
