namespace HybridTrainer.Activities.Workouts;

/// <summary>One step of a workout: either something to do (<see cref="SingleStep"/>) or a <see cref="RepeatBlock"/>.</summary>
public abstract record WorkoutStep;

/// <summary>Something to do until its duration is over, with an optional target and, for strength, an exercise.</summary>
public sealed record SingleStep(StepIntensity Intensity, StepDuration Duration, StepTarget Target) : WorkoutStep
{
    /// <summary>Shown on the watch; null for none (an empty name reads back as null).</summary>
    public string? Name { get; init; }

    public string? Notes { get; init; }

    public StrengthExercise? Exercise { get; init; }

    /// <summary>The load for a strength step, in kg (stored to 0.01 kg).</summary>
    public double? WeightKg { get; init; }
}

/// <summary>The steps inside, done <see cref="Count"/> times in all (6 × (200 m, 2 min rest) has Count 6).</summary>
public sealed record RepeatBlock(int Count, IReadOnlyList<WorkoutStep> Steps) : WorkoutStep
{
    public bool Equals(RepeatBlock? other) => other is not null && Count == other.Count && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Count, Steps.Count);
}

/// <summary>The FIT profile's step intensities (a watch colours and counts steps by them).</summary>
public enum StepIntensity
{
    Active,
    Rest,
    Warmup,
    Cooldown,
    Recovery,
    Interval,
    Other,
}
