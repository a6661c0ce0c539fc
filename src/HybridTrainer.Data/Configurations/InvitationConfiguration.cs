using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.InviteeLabel).HasMaxLength(200);
        builder.Property(i => i.TokenHash).HasMaxLength(32);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.InvitedByUserId);
        builder.HasIndex(i => i.GymId);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<Gym>().WithMany().HasForeignKey(i => i.GymId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedByUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Athlete>().WithMany().HasForeignKey(i => i.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
