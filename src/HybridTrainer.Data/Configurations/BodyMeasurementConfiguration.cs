using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Body;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridTrainer.Data.Configurations;

internal sealed class BodyMeasurementConfiguration : IEntityTypeConfiguration<BodyMeasurement>
{
    public void Configure(EntityTypeBuilder<BodyMeasurement> builder)
    {
        // One entry per athlete and day; the index also serves the trend's range query.
        builder.HasIndex(m => new { m.AthleteId, m.Date }).IsUnique();
        builder.Property(m => m.WeightKg).HasPrecision(5, 2);
        builder.Property(m => m.ChestCm).HasPrecision(5, 1);
        builder.Property(m => m.UpperArmCm).HasPrecision(5, 1);
        builder.Property(m => m.WaistCm).HasPrecision(5, 1);
        builder.Property(m => m.ThighCm).HasPrecision(5, 1);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Athlete>().WithMany().HasForeignKey(m => m.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
