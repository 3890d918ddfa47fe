using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => new { i.PortfolioId, i.Id });
        builder.HasIndex(i => new { i.PortfolioId, i.CorrelationId });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(i => i.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.Property(i => i.CorrelationId).HasMaxLength(100);
        builder.Property(i => i.Revision).IsConcurrencyToken();
    }
}
