using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class BlockVerdictConfiguration : IEntityTypeConfiguration<BlockVerdict>
{
    public void Configure(EntityTypeBuilder<BlockVerdict> builder)
    {
        builder.HasKey(v => v.BlockId);
        builder.HasIndex(v => v.AthleteId);
        // A read model: it goes with its block and its athlete.
        builder.HasOne<TrainingBlock>().WithOne().HasForeignKey<BlockVerdict>(v => v.BlockId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Athlete>().WithMany().HasForeignKey(v => v.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
