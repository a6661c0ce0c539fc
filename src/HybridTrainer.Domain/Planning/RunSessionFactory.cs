using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Writes out run prescriptions: easy runs (R15), sprint series (R9–R11), hill repeats (R12), warm-ups (R13).</summary>
internal sealed partial class RunSessionFactory(ZonePaces? paces, HeartRateZones? heartRate)
{
    private static readonly int _unknownFitnessRepetitionPace = Vdot.RepetitionSecondsPerKm(R09SeriesDistance.UnknownFitnessVdot);

    private int RepetitionPace => paces?.RepetitionSecondsPerKm ?? _unknownFitnessRepetitionPace;

    /// <summary>Minutes of a quality session: warm-up, reps with their rests, cool-down.</summary>
    public int QualityMinutes(RunType type, int number)
    {
        var (reps, seconds, rest) = Repetitions(type, number);
        return R13WarmUpCoolDown.WarmUpMinutes + (int)Math.Ceiling(reps * (seconds + rest) / 60.0) + R13WarmUpCoolDown.CoolDownMinutes;
    }

    public RunPrescription Prescribe(RunType type, int minutes, int number) => type switch
    {
        RunType.Steady => Easy(minutes, paces?.Steady, heartRate?.Steady, R15EasyRunPrescription.SteadyRpe),
        RunType.Recovery => Easy(minutes, paces?.Recovery, heartRate?.Recovery, R15EasyRunPrescription.RecoveryRpe),
        RunType.Interval => Interval(number),
        RunType.Hill => Hill(number),
        _ => PrescribeRace(type, minutes, number, 0),
    };

    public double? WeeklyKm(PlannedSession[] sessions)
    {
        if (paces is null)
        {
            return null;
        }

        double km = 0;
        foreach (var session in sessions)
        {
            km += session.Run?.DistanceKm ?? 0;
        }

        return km;
    }

    private (int Reps, int Seconds, int RestSeconds) Repetitions(RunType type, int number)
    {
        if (type == RunType.Interval)
        {
            var seconds = R09SeriesDistance.RepetitionSeconds(RepetitionPace, R09SeriesDistance.RepetitionDistanceMeters);
            return (R10SeriesCount.RepetitionsFor(number), seconds, R11NearCompleteRest.RestFor(seconds));
        }

        var climb = R12HillRepeats.RepetitionSecondsFor(number);
        return (R12HillRepeats.RepetitionsFor(number), climb, climb * R12HillRepeats.RecoveryMultiple);
    }

    private static RunPrescription Easy(int minutes, PaceRange? pace, HeartRateRange? hr, int rpe) =>
        new(0, 0, null, null, null, null, pace is null ? null : Km(minutes, pace), pace) { TargetRpe = rpe, HeartRate = hr };

    private RunPrescription Interval(int number)
    {
        var (reps, seconds, rest) = Repetitions(RunType.Interval, number);
        var distance = R09SeriesDistance.RepetitionDistanceMeters;
        double? km = null;
        PaceRange? pace = null;
        if (paces is not null)
        {
            var easyMinutes = R13WarmUpCoolDown.WarmUpMinutes + R13WarmUpCoolDown.CoolDownMinutes;
            km = Math.Round(Km(easyMinutes, paces.Steady) + (reps * distance / 1000.0), 1);
            pace = new PaceRange((int)Math.Round(RepetitionPace * R09SeriesDistance.FastEndOfRepetitionPace), RepetitionPace);
        }

        return new RunPrescription(R13WarmUpCoolDown.WarmUpMinutes, R13WarmUpCoolDown.CoolDownMinutes, reps, distance, seconds, rest, km, pace)
        {
            TargetRpe = R09SeriesDistance.MinimumRepetitionRpe,
        };
    }

    private RunPrescription Hill(int number)
    {
        var (reps, seconds, rest) = Repetitions(RunType.Hill, number);
        return new RunPrescription(R13WarmUpCoolDown.WarmUpMinutes, R13WarmUpCoolDown.CoolDownMinutes, reps, null, seconds, rest, null, null)
        {
            TargetRpe = R12HillRepeats.TargetRpe,
        };
    }

    private static double Km(int minutes, PaceRange pace) =>
        Math.Round(minutes * 60.0 * 2 / (pace.FastSecondsPerKm + pace.SlowSecondsPerKm), 1);
}
