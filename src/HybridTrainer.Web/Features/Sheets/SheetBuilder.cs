using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// Turns the rows of one athlete's week into the printed sheet: units, plate rounding, warm-ups, one "why". Worded with
/// <see cref="SheetWords"/> in the current culture: the caller sets the athlete's language around it.
/// </summary>
internal static class SheetBuilder
{
    /// <summary>
    /// [PRODUCT] Wendler's standard 5/3/1 warm-up before each main lift: 40 % × 5, 50 % × 5, 60 % × 3 of the training
    /// max. Skipped when the working sets are that light already (deload and intro weeks).
    /// </summary>
    private static readonly (int Percent, int Reps)[] WarmUpSets = [(40, 5), (50, 5), (60, 3)];

    public static AthleteSheet Build(
        SheetAthleteRow athlete, DateOnly monday, IEnumerable<SheetSessionRow> sessions, IReadOnlyDictionary<Guid, SheetBlockMaxes> blocks, SheetWords words)
    {
        var step = PlateRounding.Step(athlete.Units, athlete.PlatePairKg);
        var byDay = sessions.ToLookup(s => s.Date);
        var days = Enumerable.Range(0, 7).Select(monday.AddDays).Select(date => new SheetDay(
                date,
                [.. byDay[date].OrderBy(s => s.Kind).Select(s => Session(s, athlete, s.BlockId is { } id ? blocks.GetValueOrDefault(id) : null, words))]))
            .ToList();
        return new AthleteSheet(
            athlete.Id,
            athlete.DisplayName,
            athlete.GymName,
            monday,
            athlete.Units,
            step,
            athlete.BodyWeightKg is { } kg ? R25Protein.For(kg) : null,
            days)
        {
            Language = athlete.Language,
        };
    }

    private static SheetSession Session(SheetSessionRow row, SheetAthleteRow athlete, SheetBlockMaxes? maxes, SheetWords words)
    {
        var prescription = row.Prescription;
        var run = prescription.Run is { } details ? Run(details, row.RunType, athlete.Units, maxes?.Race, words) : null;
        var exercises = prescription.Exercises
            .Select(e => new SheetExercise(e.Name, [.. e.Sets.Select(s => new SheetSet(s.Reps, s.Amrap, s.WeightKg is { } kg ? PlateRounding.Load(kg, athlete.Units, athlete.PlatePairKg) : null))]))
            .ToList();
        var warmUp = prescription.Run is { } r
            ? r.WarmUpMinutes > 0 ? SheetWords.Format(words.WarmUpRunning, r.WarmUpMinutes) : words.NoWarmUp
            : LiftWarmUp(prescription.Exercises, maxes, athlete, words);
        // A session the readiness check-in (R27) replaced carries the athlete's recovery answers in its "why":
        // sheets are read by staff, so they print a neutral line instead.
        var why = row.Downgraded ? words.AdjustedWhy : prescription.Why.FirstOrDefault() ?? "";
        return new SheetSession(
            row.Id,
            SessionText.Title(row.Kind, row.RunType, row.LiftFocus, row.IsDeload),
            SheetWords.Format(words.Summary, row.DurationMinutes, row.PlannedRpe),
            warmUp,
            run,
            exercises,
            why);
    }

    private static SheetRun Run(RunDetails run, RunType? runType, UnitSystem units, RaceFinish? finish, SheetWords words)
    {
        var coolDown = run.CoolDownMinutes > 0 ? SheetWords.Format(words.CoolDownEasy, run.CoolDownMinutes) : null;
        if (RaceDayPlan.For(runType, run, units, finish) is { } race)
        {
            // The race prints its finish time, even splits and what to eat, short enough for one line each.
            var splits = string.Join(" · ", race.Splits.Select(s => $"{s.Label} {s.Clock}"));
            return new SheetRun(
                SheetWords.Format(words.RaceMainSet, race.Name, race.PredictedClock, race.Pace), 0, null, SheetWords.Format(words.RaceNote, splits, race.Fuelling));
        }

        var note = run.FuellingNote is { } fuelling ? SheetWords.Format(words.FuelNote, fuelling) : null;
        return new SheetRun(SessionText.RunSummary(run, units, runType), run.Repetitions ?? 0, coolDown, note);
    }

    private static string LiftWarmUp(IEnumerable<ExercisePrescription> exercises, SheetBlockMaxes? maxes, SheetAthleteRow athlete, SheetWords words)
    {
        var ramps = new List<string>();
        foreach (var exercise in exercises.Where(e => e.Role == nameof(ExerciseRole.Main)))
        {
            var firstPercent = exercise.Sets.FirstOrDefault()?.PercentOfTrainingMax ?? 0;
            if (!Enum.TryParse<MainLift>(exercise.MainLift, out var lift) || maxes?.For(lift) is not { } tm || firstPercent <= WarmUpSets[^1].Percent)
            {
                continue;
            }

            var sets = WarmUpSets.Select(w => new SheetSet(w.Reps, false, PlateRounding.Load(tm * w.Percent / 100m, athlete.Units, athlete.PlatePairKg)).TargetIn(words.BodyWeight));
            ramps.Add($"{exercise.Name} {string.Join(", ", sets)}");
        }

        return ramps.Count == 0 ? words.LiftWarmUpEmptyBar : SheetWords.Format(words.LiftWarmUpThen, string.Join("; ", ramps));
    }
}
