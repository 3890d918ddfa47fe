using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class WebhookReceiptConfiguration : IEntityTypeConfiguration<WebhookReceiptRecord>
{
    public void Configure(EntityTypeBuilder<WebhookReceiptRecord> builder)
    {
        builder.ToTable("webhook_receipts");
        builder.HasKey(r => new { r.PortfolioId, r.EventKey });
        builder.HasOne<PortfolioRecord>().WithMany().HasForeignKey(r => r.PortfolioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.EventKey).HasMaxLength(128);
        builder.Property(r => r.CallSid).HasMaxLength(64);
        builder.Property(r => r.ResponseContentType).HasMaxLength(64);
    }
}
