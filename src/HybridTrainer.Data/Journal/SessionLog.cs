namespace HybridTrainer.Data.Journal;

/// <summary>What the athlete really did for one planned session.</summary>
public class SessionLog
{
    public Guid Id { get; set; }

    public Guid PlannedSessionId { get; set; }

    public Guid AthleteId { get; set; }

    public bool Completed { get; set; }

    public int? ActualDurationMinutes { get; set; }

    public decimal? DistanceKm { get; set; }

    public int? Rpe { get; set; }

    public string? Notes { get; set; }

    public List<LoggedSet> Sets { get; set; } = [];

    public Guid? LoggedByUserId { get; set; }

    public DateTimeOffset LoggedAt { get; set; }

    public uint Version { get; set; }
}

public class LoggedSet
{
    public required string Exercise { get; set; }

    public string? MainLift { get; set; }

    public int SetNumber { get; set; }

    public int Reps { get; set; }

    public decimal? WeightKg { get; set; }

    public bool Amrap { get; set; }
}
