using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>One planned session on one date. The athlete or a coach may change it; a log never changes it.</summary>
public class PlannedSession
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public Guid? BlockId { get; set; }

    public DateOnly Date { get; set; }

    public int ProgramWeek { get; set; }

    public int WaveWeek { get; set; }

    public SessionKind Kind { get; set; }

    public RunType? RunType { get; set; }

    public LiftFocus? LiftFocus { get; set; }

    public bool HardOnLegs { get; set; }

    public int DurationMinutes { get; set; }

    public int PlannedRpe { get; set; }

    public int LoadAu { get; set; }

    /// <summary>A deload-week lift (R24): never hard on the legs, whatever its focus.</summary>
    public bool IsDeload { get; set; }

    /// <summary>The rule id when the engine softened or replaced this session (e.g. R5, R27).</summary>
    public string? Adjustment { get; set; }

    public SessionPrescription Prescription { get; set; } = new();

    public Guid? ShoeId { get; set; }

    /// <summary>A private note from the coach: the athlete sees it, gym staff never do.</summary>
    public string? CoachNote { get; set; }

    /// <summary>Set when an accepted readiness proposal (R27) replaced the original session.</summary>
    public string? DowngradeReason { get; set; }

    public Guid? UpdatedByUserId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
