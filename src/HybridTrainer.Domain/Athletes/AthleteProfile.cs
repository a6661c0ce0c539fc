namespace HybridTrainer.Domain.Athletes;

/// <summary>
/// Everything the generator needs to know about the athlete. The domain does not validate ranges (the web layer does);
/// <see cref="Planning.BlockGenerator"/> throws <see cref="ArgumentException"/> only on impossible input.
/// </summary>
/// <param name="BodyWeightKg">Body weight in kg (protein target, R25).</param>
/// <param name="BirthYear">Optional, for heart-rate zones (C4).</param>
/// <param name="RestingHeartRate">Optional, for Karvonen zones (C4).</param>
/// <param name="RunningBaseWeeks">Weeks of consistent running before the start date (R1).</param>
/// <param name="FiveKmTime">Optional recent 5 km time, for VDOT paces (C3).</param>
/// <param name="Lifts">Strength test per main lift (R19).</param>
/// <param name="AvailableDays">3–7 distinct weekdays the athlete can train (R2).</param>
/// <param name="Goal">What the athlete wants most from the block.</param>
/// <param name="Shoes">Running shoes to rotate (R28, R29); may be empty.</param>
public sealed record AthleteProfile(
    decimal BodyWeightKg,
    int? BirthYear,
    int? RestingHeartRate,
    int RunningBaseWeeks,
    TimeSpan? FiveKmTime,
    LiftMaxes Lifts,
    IReadOnlyCollection<DayOfWeek> AvailableDays,
    Goal Goal,
    IReadOnlyList<Shoe> Shoes);
