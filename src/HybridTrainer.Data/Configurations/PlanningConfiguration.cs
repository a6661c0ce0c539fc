using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class TrainingBlockConfiguration : IEntityTypeConfiguration<TrainingBlock>
{
    public void Configure(EntityTypeBuilder<TrainingBlock> builder)
    {
        builder.HasIndex(b => new { b.AthleteId, b.StartDate });
        builder.HasOne<Athlete>().WithMany().HasForeignKey(b => b.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(b => b.Snapshot, s =>
        {
            s.ToJson();
            s.ComplexCollection(x => x.Warnings);
            s.ComplexCollection(x => x.Weeks);
            s.ComplexProperty(x => x.Paces);
            s.ComplexProperty(x => x.HeartRate);
            s.ComplexProperty(x => x.Input, i =>
            {
                i.ComplexCollection(x => x.Lifts);
                i.ComplexCollection(x => x.Amraps);
                i.ComplexProperty(x => x.PreviousTrainingMaxes);
            });
        });
        // Regenerating future weeks deletes their sessions, never the block's logged past.
        builder.HasMany(b => b.Sessions).WithOne().HasForeignKey(s => s.BlockId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlannedSessionConfiguration : IEntityTypeConfiguration<PlannedSession>
{
    public void Configure(EntityTypeBuilder<PlannedSession> builder)
    {
        builder.HasIndex(s => new { s.AthleteId, s.Date });
        builder.Property(s => s.Version).IsRowVersion();
        builder.Property(s => s.CoachNote).HasMaxLength(2000);
        builder.Property(s => s.DowngradeReason).HasMaxLength(500);
        builder.Property(s => s.Adjustment).HasMaxLength(16);
        builder.HasOne<Athlete>().WithMany().HasForeignKey(s => s.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Shoe>().WithMany().HasForeignKey(s => s.ShoeId).OnDelete(DeleteBehavior.SetNull);
        builder.ComplexProperty(s => s.Prescription, p =>
        {
            p.ToJson();
            p.ComplexProperty(x => x.Run);
            p.ComplexCollection(x => x.Exercises, e => e.ComplexCollection(x => x.Sets));
        });
    }
}
