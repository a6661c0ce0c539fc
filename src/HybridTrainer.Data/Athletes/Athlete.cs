using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Data.Athletes;

/// <summary>
/// An athlete's profile. <see cref="UserId"/> is null for a profile a coach manages before the athlete has a login.
/// Profile numbers stay null until onboarding fills them in.
/// </summary>
public class Athlete
{
    public Guid Id { get; set; }

    public Guid? UserId { get; set; }

    public Guid? GymId { get; set; }

    public required string DisplayName { get; set; }

    public decimal? BodyWeightKg { get; set; }

    public int? BirthYear { get; set; }

    public int? RestingHeartRate { get; set; }

    public int? RunningBaseWeeks { get; set; }

    public TimeSpan? FiveKmTime { get; set; }

    public Goal Goal { get; set; } = Goal.Balanced;

    public List<DayOfWeek> AvailableDays { get; set; } = [];

    public UnitSystem Units { get; set; }

    /// <summary>The IANA time zone the athlete's days turn over in: today's session, check-ins, missed counts, week boundaries.</summary>
    public string TimeZone { get; set; } = TimeZones.Utc;

    public List<LiftMaxEntry> LiftMaxes { get; } = [];

    public List<Shoe> Shoes { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: a stale update fails instead of overwriting.</summary>
    public uint Version { get; set; }
}
