using HybridTrainer.Data.Activities;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class ImportedActivityConfiguration : IEntityTypeConfiguration<ImportedActivity>
{
    public void Configure(EntityTypeBuilder<ImportedActivity> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Fingerprint).HasMaxLength(80);
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.Property(a => a.Version).IsRowVersion();
        // Re-importing the same run (same file, or the same run in another format) finds the row instead of doubling it.
        builder.HasIndex(a => new { a.AthleteId, a.Fingerprint }).IsUnique();
        builder.HasIndex(a => new { a.AthleteId, a.LocalDate });
        // One activity per planned session; a second recording of the same day is kept as extra training.
        builder.HasIndex(a => a.MatchedSessionId).IsUnique().HasFilter("matched_session_id IS NOT NULL");
        builder.HasOne<Athlete>().WithMany().HasForeignKey(a => a.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlannedSession>().WithMany().HasForeignKey(a => a.MatchedSessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ImportedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.ComplexCollection(a => a.Laps, l => l.ToJson());
        builder.ComplexCollection(a => a.Samples, s => s.ToJson());
    }
}
