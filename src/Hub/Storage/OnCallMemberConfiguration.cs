using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class OnCallMemberConfiguration : IEntityTypeConfiguration<OnCallMemberRecord>
{
    public void Configure(EntityTypeBuilder<OnCallMemberRecord> builder)
    {
        builder.ToTable("oncall_members");
        builder.HasKey(m => new { m.PortfolioId, m.RotationId, m.Escalation, m.Position });
        builder.HasOne<OnCallRotationRecord>().WithMany().HasForeignKey(m => new { m.PortfolioId, m.RotationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OnCallContactRecord>().WithMany().HasForeignKey(m => new { m.PortfolioId, m.ContactId }).OnDelete(DeleteBehavior.Restrict);
    }
}
