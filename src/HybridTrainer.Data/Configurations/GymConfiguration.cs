using HybridTrainer.Domain.Time;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class GymConfiguration : IEntityTypeConfiguration<Gym>
{
    public void Configure(EntityTypeBuilder<Gym> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(120);
        builder.Property(g => g.TimeZone).HasMaxLength(TimeZones.MaxLength).HasDefaultValue(TimeZones.Utc);
        builder.Property(g => g.SmallestPlatePairKg).HasPrecision(5, 2);
        builder.HasMany(g => g.Members).WithOne(m => m.Gym).HasForeignKey(m => m.GymId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GymMembershipConfiguration : IEntityTypeConfiguration<GymMembership>
{
    public void Configure(EntityTypeBuilder<GymMembership> builder)
    {
        builder.HasIndex(m => new { m.GymId, m.UserId, m.Role }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
