namespace HybridTrainer.Activities.Workouts;

/// <summary>
/// A planned session as a watch runs it: named steps in order, some grouped into repeats. Two workouts are equal when
/// their names, sports and steps are equal, step by step.
/// </summary>
public sealed record FitWorkout(string Name, WorkoutSport Sport, IReadOnlyList<WorkoutStep> Steps)
{
    public bool Equals(FitWorkout? other) =>
        other is not null && Name == other.Name && Sport == other.Sport && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Name, Sport, Steps.Count);
}

public enum WorkoutSport
{
    /// <summary>Neither running nor strength (also a file that names no sport).</summary>
    Other,
    Running,
    Strength,
}
