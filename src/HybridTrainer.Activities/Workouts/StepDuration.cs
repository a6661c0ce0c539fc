namespace HybridTrainer.Activities.Workouts;

/// <summary>When a step ends.</summary>
public abstract record StepDuration
{
    /// <summary>Stored to the millisecond.</summary>
    public sealed record Time(TimeSpan Length) : StepDuration;

    /// <summary>Stored to the centimetre.</summary>
    public sealed record Distance(double Meters) : StepDuration;

    /// <summary>Open: the athlete presses the lap button.</summary>
    public sealed record LapButton : StepDuration;

    /// <summary>A strength set of this many repetitions.</summary>
    public sealed record Reps(int Count) : StepDuration;

    public sealed record HeartRateBelow(int Bpm) : StepDuration;

    public sealed record HeartRateAbove(int Bpm) : StepDuration;

    /// <summary>
    /// A FIT duration this model does not name (calories, power, heart rate in % of maximum…), kept as the file had it
    /// so that a workout read from a watch or another app writes back unchanged.
    /// </summary>
    public sealed record FitRaw(byte DurationType, uint Value) : StepDuration;
}
