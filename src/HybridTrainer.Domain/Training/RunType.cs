namespace HybridTrainer.Domain.Training;

/// <summary>
/// Kinds of run. The first four are the open-block runs (R2, R3); the rest belong to race blocks (R33–R38).
/// New values go at the end: stored plans keep their numbers.
/// </summary>
public enum RunType
{
    Steady,
    Recovery,
    Interval,
    Hill,

    /// <summary>Easy long run at E pace (R33); may carry a race-pace segment (R34, marathon).</summary>
#pragma warning disable CA1720 // "Long" is the runner's word for this run, not the integer type.
    Long,
#pragma warning restore CA1720

    /// <summary>Threshold run at Daniels T pace, continuous or as cruise intervals (R34, half and marathon).</summary>
    Tempo,

    /// <summary>Daniels I-pace intervals of 3–5 min (R34, 5 and 10 km); not the sprint series of <see cref="Interval"/>.</summary>
    VO2Intervals,

    /// <summary>15–20 min easy with 4 × 20 s strides, the day before the race (R38).</summary>
    Shakeout,

    /// <summary>The race itself (R38).</summary>
    Race,
}
