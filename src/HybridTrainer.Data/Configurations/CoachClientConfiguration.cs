using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class CoachClientConfiguration : IEntityTypeConfiguration<CoachClient>
{
    public void Configure(EntityTypeBuilder<CoachClient> builder)
    {
        // One active link per coach and client; ended links stay as history.
        builder.HasIndex(c => new { c.CoachUserId, c.AthleteId }).IsUnique().HasFilter("ended_at IS NULL");
        builder.HasIndex(c => c.AthleteId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CoachUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Athlete>().WithMany().HasForeignKey(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
