using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Race-block runs: long runs (R33), tempo and I intervals (R34), shakeout and the race (R38).</summary>
internal sealed partial class RunSessionFactory
{
    /// <summary>The race plan of a race block; null in an open block.</summary>
    public RacePlan? Race { get; init; }

    public static int TempoReps(int workMinutes) => Math.Max(1, workMinutes * 60 / R34RaceSpecificQuality.CruiseRepSeconds);

    public static int TempoMinutes(int reps) =>
        R13WarmUpCoolDown.WarmUpMinutes + R13WarmUpCoolDown.CoolDownMinutes
        + (int)Math.Ceiling(reps * (R34RaceSpecificQuality.CruiseRepSeconds + R34RaceSpecificQuality.CruiseJogSeconds) / 60.0);

    public static int IntervalMinutes(int bouts) =>
        R13WarmUpCoolDown.WarmUpMinutes + R13WarmUpCoolDown.CoolDownMinutes
        + (int)Math.Ceiling(bouts * (R34RaceSpecificQuality.IntervalBoutSeconds + R34RaceSpecificQuality.IntervalRecoverySeconds) / 60.0);

    /// <summary>Prescription of a race-block run; <paramref name="reps"/> is the tempo reps or I bouts drafted.</summary>
    public RunPrescription PrescribeRace(RunType type, int minutes, int reps, int racePaceMinutes)
    {
        var race = Race!;
        switch (type)
        {
            case RunType.Long:
                var racePace = race.UsesGoalPace
                    ? new PaceRange(race.RacePaceSecondsPerKm, race.RacePaceSecondsPerKm)
                    : race.MarathonPace;
                return new RunPrescription(0, 0, null, null, null, null, Km(minutes, race.EasyPace), race.EasyPace)
                {
                    TargetRpe = racePaceMinutes > 0 ? R33LongRun.RacePaceRpe : R33LongRun.Rpe,
                    RacePaceMinutes = racePaceMinutes > 0 ? racePaceMinutes : null,
                    RacePace = racePaceMinutes > 0 ? racePace : null,
                    FuellingNote = minutes >= R33LongRun.FuellingFromMinutes ? R33LongRun.FuellingNote : null,
                };
            case RunType.Tempo:
                var threshold = new PaceRange(race.ThresholdSecondsPerKm, race.ThresholdSecondsPerKm);
                return new RunPrescription(R13WarmUpCoolDown.WarmUpMinutes, R13WarmUpCoolDown.CoolDownMinutes, reps, null,
                    R34RaceSpecificQuality.CruiseRepSeconds, R34RaceSpecificQuality.CruiseJogSeconds,
                    Math.Round(Km(R13WarmUpCoolDown.WarmUpMinutes + R13WarmUpCoolDown.CoolDownMinutes, race.EasyPace) + Km(reps * R34RaceSpecificQuality.CruiseRepSeconds / 60, threshold), 1),
                    threshold)
                { TargetRpe = R34RaceSpecificQuality.TempoRpe };
            case RunType.VO2Intervals:
                return new RunPrescription(R13WarmUpCoolDown.WarmUpMinutes, R13WarmUpCoolDown.CoolDownMinutes, reps, null,
                    R34RaceSpecificQuality.IntervalBoutSeconds, R34RaceSpecificQuality.IntervalRecoverySeconds,
                    Math.Round(Km(R13WarmUpCoolDown.WarmUpMinutes + R13WarmUpCoolDown.CoolDownMinutes, race.EasyPace) + (reps * R34RaceSpecificQuality.IntervalBoutSeconds / (double)race.IntervalPace.SlowSecondsPerKm), 1),
                    race.IntervalPace)
                { TargetRpe = R34RaceSpecificQuality.IntervalRpe };
            case RunType.Shakeout:
                return new RunPrescription(0, 0, R38RaceWeek.Strides, null, R38RaceWeek.StrideSeconds, R38RaceWeek.StrideRecoverySeconds, Km(minutes, race.EasyPace), race.EasyPace)
                { TargetRpe = R38RaceWeek.ShakeoutRpe };
            default:
                var pace = new PaceRange(race.RacePaceSecondsPerKm, race.RacePaceSecondsPerKm);
                return new RunPrescription(0, 0, null, null, null, null, Math.Round(R39RacePrediction.MetersOf(race.Goal.Distance) / 1000, 3), pace)
                {
                    TargetRpe = R38RaceWeek.RaceRpe,
                    RacePace = pace,
                    FuellingNote = race.PredictedTime.TotalMinutes >= R33LongRun.FuellingFromMinutes ? R33LongRun.FuellingNote : null,
                };
        }
    }
}
