using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class OnCallOverrideConfiguration : IEntityTypeConfiguration<OnCallOverrideRecord>
{
    public void Configure(EntityTypeBuilder<OnCallOverrideRecord> builder)
    {
        builder.ToTable("oncall_overrides");
        builder.HasKey(o => new { o.PortfolioId, o.Id });
        builder.HasIndex(o => new { o.PortfolioId, o.RotationId, o.FromLocal });
        builder.HasOne<OnCallRotationRecord>().WithMany().HasForeignKey(o => new { o.PortfolioId, o.RotationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OnCallContactRecord>().WithMany().HasForeignKey(o => new { o.PortfolioId, o.ContactId }).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.FromLocal).HasMaxLength(16);
        builder.Property(o => o.ToLocal).HasMaxLength(16);
        builder.Property(o => o.Note).HasMaxLength(200);
    }
}
