using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class SessionLogConfiguration : IEntityTypeConfiguration<SessionLog>
{
    public void Configure(EntityTypeBuilder<SessionLog> builder)
    {
        builder.HasIndex(l => l.PlannedSessionId).IsUnique();
        builder.HasIndex(l => l.AthleteId);
        builder.Property(l => l.Version).IsRowVersion();
        builder.Property(l => l.DistanceKm).HasPrecision(6, 2);
        builder.Property(l => l.Notes).HasMaxLength(2000);
        // A logged session pins its planned session: restrict, so no plan change can erase history.
        builder.HasOne<PlannedSession>().WithMany().HasForeignKey(l => l.PlannedSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Athlete>().WithMany().HasForeignKey(l => l.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexCollection(l => l.Sets, s => s.ToJson());
    }
}

internal sealed class RecoveryLogConfiguration : IEntityTypeConfiguration<RecoveryLog>
{
    public void Configure(EntityTypeBuilder<RecoveryLog> builder)
    {
        builder.HasIndex(r => new { r.AthleteId, r.Date }).IsUnique();
        builder.Property(r => r.SleepHours).HasPrecision(4, 1);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Athlete>().WithMany().HasForeignKey(r => r.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
