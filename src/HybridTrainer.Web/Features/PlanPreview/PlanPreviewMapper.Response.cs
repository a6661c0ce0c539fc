using HybridTrainer.Web.Common;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

// Plain loops into arrays sized up front: the answer of a 4-week block holds about 200 objects, and LINQ's iterators
// and growing buffers used to allocate as much again.
internal static partial class PlanPreviewMapper
{
    /// <summary>The answer for a block, its why lines and warnings worded in the current culture's language.</summary>
    public static PlanPreviewResponse ToResponse(TrainingBlock block, IStringLocalizer<WhyText> why)
    {
        var maxes = block.TrainingMaxes;
        var weeks = new PlanPreviewWeek[block.Weeks.Count];
        for (var w = 0; w < weeks.Length; w++)
        {
            weeks[w] = Week(block.Weeks[w], why);
        }

        var warnings = new PlanPreviewWarning[block.Warnings.Count];
        for (var i = 0; i < warnings.Length; i++)
        {
            warnings[i] = new PlanPreviewWarning(block.Warnings[i].Rule, why.Word(block.Warnings[i].Reason));
        }

        return new PlanPreviewResponse(
            block.Vdot is { } vdot ? Math.Round(vdot, 1, MidpointRounding.AwayFromZero) : null,
            new PlanPreviewTrainingMaxes(Kg(maxes.Squat), Kg(maxes.BenchPress), Kg(maxes.Deadlift), Kg(maxes.OverheadPress)),
            block.ProteinGramsPerDay,
            block.Paces is { } paces ? new PlanPreviewPaces(Pace(paces.Recovery), Pace(paces.Steady), paces.RepetitionSecondsPerKm) : null,
            weeks,
            warnings,
            block.Race is { } race ? Race(race) : null);
    }

    private static PlanPreviewRaceResult Race(RacePlan race) => new(
        race.Goal.Distance.ToString(),
        race.Goal.RaceDate,
        ClockTime.WithHours(race.PredictedTime),
        race.Goal.GoalTime is { } goal ? ClockTime.WithHours(goal) : null,
        race.UsesGoalPace);

    private static PlanPreviewWeek Week(TrainingWeek week, IStringLocalizer<WhyText> why)
    {
        var sessions = new PlanPreviewSession[week.Sessions.Count];
        for (var i = 0; i < sessions.Length; i++)
        {
            sessions[i] = Session(week.Sessions[i], why);
        }

        // The engine lists a week's sessions by date; a stable sort keeps that promise for any week handed in.
        if (!InDateOrder(sessions))
        {
            sessions = [.. sessions.OrderBy(s => s.Date)];
        }

        return new(week.ProgramWeek, week.WaveWeek, week.StartDate, week.PlannedLoadAu, week.PlannedRunMinutes, sessions, week.Phase);
    }

    private static bool InDateOrder(PlanPreviewSession[] sessions)
    {
        for (var i = 1; i < sessions.Length; i++)
        {
            if (sessions[i].Date < sessions[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    private static PlanPreviewSession Session(PlannedSession s, IStringLocalizer<WhyText> why)
    {
        var exercises = s.Exercises.Count == 0 ? [] : new PlanPreviewExercise[s.Exercises.Count];
        for (var i = 0; i < exercises.Length; i++)
        {
            var exercise = s.Exercises[i];
            exercises[i] = new PlanPreviewExercise(exercise.Name, exercise.MainLift, exercise.Role, Sets(exercise.Sets));
        }

        return new(
            s.Date,
            s.Kind,
            s.RunType,
            s.LiftFocus,
            s.HardOnLegs,
            s.DurationMinutes,
            s.PlannedRpe,
            s.LoadAu,
            s.Run is { } run ? Run(run) : null,
            exercises,
            why.Word(s.Why));
    }

    private static PlanPreviewSet[] Sets(IReadOnlyList<ExerciseSet> sets)
    {
        var mapped = new PlanPreviewSet[sets.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            // Supplemental and assistance work repeats one set object: one answer object serves every repeat.
            mapped[i] = i > 0 && ReferenceEquals(sets[i], sets[i - 1]) ? mapped[i - 1] : Set(sets[i]);
        }

        return mapped;
    }

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
