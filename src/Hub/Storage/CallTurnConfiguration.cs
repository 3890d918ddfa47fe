using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class CallTurnConfiguration : IEntityTypeConfiguration<CallTurnRecord>
{
    public void Configure(EntityTypeBuilder<CallTurnRecord> builder)
    {
        builder.ToTable("call_turns");
        builder.HasKey(t => new { t.PortfolioId, t.CallId, t.Seq });
        builder.HasOne<CallRecord>().WithMany().HasForeignKey(t => new { t.PortfolioId, t.CallId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Speaker).HasMaxLength(8);
        builder.Property(t => t.Text).HasMaxLength(4000);
    }
}
