namespace HybridTrainer.Data.Journal;

/// <summary>A daily check-in: health data, never shown to gym staff.</summary>
public class RecoveryLog
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public DateOnly Date { get; set; }

    public decimal SleepHours { get; set; }

    public int SorenessLegs { get; set; }

    public int SorenessUpper { get; set; }

    // McLean wellness items, 1 (worst) to 5 (best), 3 = normal.
    public int Fatigue { get; set; }

    public int SleepQuality { get; set; }

    public int MuscleSoreness { get; set; }

    public int Stress { get; set; }

    public int Mood { get; set; }

    public int? RestingHeartRate { get; set; }

    public double? HrvLnRmssd { get; set; }

    public bool FoamRolled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}
