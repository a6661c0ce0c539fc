namespace HybridTrainer.Data.Body;

/// <summary>
/// One day's weigh-in and optional girths. Health data: the athlete and their coach see it, gym staff never do. At most one
/// per athlete and local day: a second entry that day replaces the first.
/// </summary>
public class BodyMeasurement
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    /// <summary>The athlete's own day, in their time zone.</summary>
    public DateOnly Date { get; set; }

    public decimal WeightKg { get; set; }

    public decimal? ChestCm { get; set; }

    public decimal? UpperArmCm { get; set; }

    public decimal? WaistCm { get; set; }

    public decimal? ThighCm { get; set; }

    public Guid? LoggedByUserId { get; set; }

    public DateTimeOffset LoggedAt { get; set; }

    public uint Version { get; set; }
}
