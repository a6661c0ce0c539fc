namespace HybridTrainer.Activities.Workouts;

/// <summary>What the watch holds the athlete to during a step.</summary>
public abstract record StepTarget
{
    public sealed record None : StepTarget;

    /// <summary>A speed range in m/s (stored to 0.001 m/s); <see cref="FromPace"/> builds it from pace per km.</summary>
    public sealed record Speed(double LowMetersPerSecond, double HighMetersPerSecond) : StepTarget
    {
        /// <summary>From the slower and the faster pace per kilometre (e.g. 5:00 and 4:40 /km).</summary>
        public static Speed FromPace(TimeSpan slowerPerKm, TimeSpan fasterPerKm) =>
            new(Math.Round(1000 / slowerPerKm.TotalSeconds, 3), Math.Round(1000 / fasterPerKm.TotalSeconds, 3));
    }

    public sealed record HeartRate(int LowBpm, int HighBpm) : StepTarget;

    /// <summary>One of the heart-rate zones set on the watch (1–5).</summary>
    public sealed record HeartRateZone(int Zone) : StepTarget;

    /// <summary>One of the power zones set on the watch.</summary>
    public sealed record PowerZone(int Zone) : StepTarget;

    /// <summary>A FIT target this model does not name (cadence, power range, % heart rate…), kept as the file had it.</summary>
    public sealed record FitRaw(byte TargetType, uint Value, uint? Low, uint? High) : StepTarget;
}
