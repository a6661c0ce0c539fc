using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.PlanPreview;

internal static partial class PlanPreviewMapper
{
    public static PlanPreviewResponse ToResponse(TrainingBlock block)
    {
        var maxes = block.TrainingMaxes;
        return new PlanPreviewResponse(
            block.Vdot is { } vdot ? Math.Round(vdot, 1, MidpointRounding.AwayFromZero) : null,
            new PlanPreviewTrainingMaxes(Kg(maxes.Squat), Kg(maxes.BenchPress), Kg(maxes.Deadlift), Kg(maxes.OverheadPress)),
            block.ProteinGramsPerDay,
            block.Paces is { } paces ? new PlanPreviewPaces(Pace(paces.Recovery), Pace(paces.Steady), paces.RepetitionSecondsPerKm) : null,
            [.. block.Weeks.Select(Week)],
            [.. block.Warnings.Select(w => new PlanPreviewWarning(w.Rule, w.Message))],
            block.Race is { } race ? Race(race) : null);
    }

    private static PlanPreviewRaceResult Race(RacePlan race) => new(
        race.Goal.Distance.ToString(),
        race.Goal.RaceDate,
        RaceGoalBounds.Format(race.PredictedTime),
        race.Goal.GoalTime is { } goal ? RaceGoalBounds.Format(goal) : null,
        race.UsesGoalPace);

    private static PlanPreviewWeek Week(TrainingWeek week) => new(
        week.ProgramWeek,
        week.WaveWeek,
        week.StartDate,
        week.PlannedLoadAu,
        week.PlannedRunMinutes,
        [.. week.Sessions.OrderBy(s => s.Date).Select(Session)],
        week.Phase);

    private static PlanPreviewSession Session(PlannedSession s) => new(
        s.Date,
        s.Kind,
        s.RunType,
        s.LiftFocus,
        s.HardOnLegs,
        s.DurationMinutes,
        s.PlannedRpe,
        s.LoadAu,
        s.Run is { } run ? Run(run) : null,
        [.. s.Exercises.Select(e => new PlanPreviewExercise(e.Name, e.MainLift, e.Role, [.. e.Sets.Select(Set)]))],
        s.Why);

    private static PlanPreviewRun Run(RunPrescription run) => new(
        run.WarmUpMinutes,
        run.CoolDownMinutes,
        run.Repetitions,
        run.RepetitionDistanceMeters,
        run.RepetitionSeconds,
        run.RestSeconds,
        run.DistanceKm is { } km ? Math.Round(km, 1, MidpointRounding.AwayFromZero) : null,
        run.Pace is { } pace ? Pace(pace) : null,
        run.RacePaceMinutes,
        run.RacePace is { } racePace ? Pace(racePace) : null,
        run.FuellingNote);

    private static PlanPreviewSet Set(ExerciseSet set) =>
        new(set.Reps, set.WeightKg is { } kg ? Kg(kg) : null, set.PercentOfTrainingMax, set.Amrap);

    private static PlanPreviewPaceRange Pace(PaceRange pace) => new(pace.FastSecondsPerKm, pace.SlowSecondsPerKm);

    /// <summary>
    /// Kilograms to two decimals at most, written with at least one (126.0, 91.2, 128.25): training maxes are never
    /// rounded in the engine, but an Epley estimate would otherwise print 28 digits.
    /// </summary>
    private static decimal Kg(decimal kg)
    {
        var rounded = decimal.Round(kg, 2, MidpointRounding.AwayFromZero);
        if (rounded == decimal.Round(rounded, 1))
        {
            rounded = decimal.Round(rounded, 1);
        }

        return rounded.Scale == 0 ? rounded + 0.0m : rounded;
    }
}
