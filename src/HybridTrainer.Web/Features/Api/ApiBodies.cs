using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Api;

/// <summary>Saves a freshly generated block from <see cref="StartDate"/> (today or later) for 1 to 16 weeks (default 4).</summary>
public sealed record SaveBlockRequest(DateOnly? StartDate, int? Weeks);

/// <summary>
/// Moves a session. <see cref="Version"/> is the session's version from a read (or send it as If-Match); when the move
/// breaks a training rule the plan did not already break, it is saved only with <see cref="Confirm"/> true.
/// </summary>
public sealed record MoveSessionRequest(DateOnly? Date, bool Confirm, uint? Version);

/// <summary>
/// Logs a session or corrects its log. <see cref="Version"/> is the log's version when correcting one (or If-Match);
/// leave it out for the first log.
/// </summary>
public sealed record LogSessionRequest(
    bool? Completed, int? ActualDurationMinutes, decimal? DistanceKm, int? Rpe, string? Notes, IReadOnlyList<LoggedSetRequest>? Sets, uint? Version)
{
    public LogSessionInput ToInput() => new()
    {
        Completed = Completed ?? true,
        ActualDurationMinutes = ActualDurationMinutes,
        DistanceKm = DistanceKm,
        Rpe = Rpe,
        Notes = Notes,
        Sets = [.. (Sets ?? []).Select((s, i) => new LogSetInput
        {
            Exercise = s.Exercise ?? "", MainLift = s.MainLift, SetNumber = s.SetNumber ?? i + 1, Reps = s.Reps, WeightKg = s.WeightKg, Amrap = s.Amrap,
        })],
    };
}

public sealed record LoggedSetRequest(string? Exercise, string? MainLift, int? SetNumber, int Reps, decimal? WeightKg, bool Amrap);

/// <summary>
/// Today's check-in (1 = worst, 5 = best for the wellness answers; soreness 0 to 10). <see cref="Version"/> is today's
/// entry's version when correcting it (or If-Match); leave it out for the first one of the day. Sleep hours are required.
/// </summary>
public sealed record RecoveryEntryRequest(
    decimal? SleepHours,
    int SorenessLegs,
    int SorenessUpper,
    int Fatigue,
    int SleepQuality,
    int MuscleSoreness,
    int Stress,
    int Mood,
    int? RestingHeartRate,
    double? HrvLnRmssd,
    bool FoamRolled,
    uint? Version)
{
    public CheckInInput ToInput() => new()
    {
        // A missing sleep figure becomes out of range, so the validator names the field.
        SleepHours = SleepHours ?? -1, SorenessLegs = SorenessLegs, SorenessUpper = SorenessUpper, Fatigue = Fatigue, SleepQuality = SleepQuality,
        MuscleSoreness = MuscleSoreness, Stress = Stress, Mood = Mood, RestingHeartRate = RestingHeartRate, HrvLnRmssd = HrvLnRmssd, FoamRolled = FoamRolled,
    };
}

/// <summary>What a saved recovery entry answers: its version and, on a hard day, the engine's easier alternative.</summary>
public sealed record RecoverySaved(DateOnly Date, uint Version, DowngradeOffer? DowngradeOffer);
