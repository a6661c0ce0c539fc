namespace HybridTrainer.Data.Planning;

/// <summary>What the session asks for, stored as jsonb: it is read and written whole, never queried by part.</summary>
public class SessionPrescription
{
    public RunDetails? Run { get; set; }

    public List<ExercisePrescription> Exercises { get; set; } = [];

    /// <summary>Why the session is planned, one <see cref="StoredReason"/> a line ("Key|arg|arg", or an older plain sentence).</summary>
    public List<string> Why { get; set; } = [];

    /// <summary>The recovery prompt after a hard lift (R30): a reason key, or the sentence of a row stored before keys.</summary>
    public string? FoamRolling { get; set; }
}

public class RunDetails
{
    public int WarmUpMinutes { get; set; }

    public int CoolDownMinutes { get; set; }

    public int? Repetitions { get; set; }

    public int? RepetitionDistanceMeters { get; set; }

    public int? RepetitionSeconds { get; set; }

    public int? RestSeconds { get; set; }

    public decimal? DistanceKm { get; set; }

    public int? PaceFastSecondsPerKm { get; set; }

    public int? PaceSlowSecondsPerKm { get; set; }

    public int TargetRpe { get; set; }

    public int? HeartRateLowBpm { get; set; }

    public int? HeartRateHighBpm { get; set; }

    /// <summary>Minutes at race or M pace inside a long run (R34); null otherwise.</summary>
    public int? RacePaceMinutes { get; set; }

    public int? RacePaceFastSecondsPerKm { get; set; }

    public int? RacePaceSlowSecondsPerKm { get; set; }

    /// <summary>What to eat and drink on long runs of 90 min or more and on race day (section G).</summary>
    public string? FuellingNote { get; set; }
}

public class ExercisePrescription
{
    public required string Name { get; set; }

    public string? MainLift { get; set; }

    public required string Role { get; set; }

    public List<SetPrescription> Sets { get; set; } = [];
}

public class SetPrescription
{
    public int Reps { get; set; }

    public decimal? WeightKg { get; set; }

    public int? PercentOfTrainingMax { get; set; }

    public bool Amrap { get; set; }
}
