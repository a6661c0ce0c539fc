using HybridTrainer.Data.Journal;

namespace HybridTrainer.Web.Features.Journal;

/// <summary>A daily check-in. Send <see cref="Version"/> back to correct today's.</summary>
public sealed record RecoveryEntryDto(
    DateOnly Date,
    decimal SleepHours,
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
    uint Version)
{
    public static RecoveryEntryDto From(RecoveryLog r) => new(
        r.Date, r.SleepHours, r.SorenessLegs, r.SorenessUpper, r.Fatigue, r.SleepQuality, r.MuscleSoreness, r.Stress, r.Mood,
        r.RestingHeartRate, r.HrvLnRmssd, r.FoamRolled, r.Version);
}

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
