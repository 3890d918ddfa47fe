using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiPhoneCoverage.Hub.Storage;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        // The feed is ordered hub-wide by id so that every node can read it from where it left off.
        builder.ToTable("change_feed");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => new { c.PortfolioId, c.Id });
        builder.Property(c => c.Topic).HasMaxLength(32);
        builder.Property(c => c.Subject).HasMaxLength(64);
    }
}
