using HybridTrainer.Domain.Time;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class AthleteConfiguration : IEntityTypeConfiguration<Athlete>
{
    public void Configure(EntityTypeBuilder<Athlete> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.TimeZone).HasMaxLength(TimeZones.MaxLength).HasDefaultValue(TimeZones.Utc);
        builder.Property(a => a.BodyWeightKg).HasPrecision(5, 1);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => a.UserId).IsUnique();
        builder.HasIndex(a => a.GymId);
        // Deleting an account keeps the training history as a managed profile.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Gym>().WithMany().HasForeignKey(a => a.GymId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.LiftMaxes).WithOne().HasForeignKey(l => l.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Shoes).WithOne().HasForeignKey(s => s.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiftMaxConfiguration : IEntityTypeConfiguration<LiftMaxEntry>
{
    public void Configure(EntityTypeBuilder<LiftMaxEntry> builder)
    {
        builder.ToTable("lift_maxes");
        builder.HasIndex(l => new { l.AthleteId, l.Lift }).IsUnique();
        builder.Property(l => l.OneRepMaxKg).HasPrecision(6, 2);
        builder.Property(l => l.TestWeightKg).HasPrecision(6, 2);
    }
}

internal sealed class ShoeConfiguration : IEntityTypeConfiguration<Shoe>
{
    public void Configure(EntityTypeBuilder<Shoe> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.Property(s => s.Kilometres).HasPrecision(7, 1);
        builder.Property(s => s.LoggedKilometres).HasPrecision(8, 2);
        builder.Ignore(s => s.TotalKilometres);
    }
}
