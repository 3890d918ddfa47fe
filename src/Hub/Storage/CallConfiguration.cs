using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class CallConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("calls");
        builder.HasKey(c => new { c.PortfolioId, c.Id });
        builder.HasIndex(c => new { c.PortfolioId, c.CallSid }).IsUnique();
        builder.HasIndex(c => new { c.PortfolioId, c.StartedAt });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(c => c.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.CallSid).HasMaxLength(64);
        builder.Property(c => c.FromNumber).HasMaxLength(32);
        builder.Property(c => c.ToNumber).HasMaxLength(32);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.LastResponseKey).HasMaxLength(128);
        builder.Property(c => c.ResidentExternalId).HasMaxLength(64);
        builder.Property(c => c.UnitCode).HasMaxLength(32);
        builder.Property(c => c.Category).HasMaxLength(32);
        builder.Property(c => c.Urgency).HasMaxLength(16);
        builder.Property(c => c.Rule).HasMaxLength(100);
        builder.Property(c => c.Revision).IsConcurrencyToken();
    }
}
