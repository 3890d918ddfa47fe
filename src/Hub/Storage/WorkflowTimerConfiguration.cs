using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimerRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowTimerRecord> builder)
    {
        builder.ToTable("workflow_timers");
        builder.HasKey(t => new { t.PortfolioId, t.Id });
        builder.HasIndex(t => t.DueAt);
        builder.HasIndex(t => new { t.PortfolioId, t.InstanceId });
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(t => new { t.PortfolioId, t.InstanceId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.BookmarkId).HasMaxLength(64);
    }
}
