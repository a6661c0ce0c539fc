using System.Globalization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>Turns the rows of one athlete's week into the printed sheet: units, plate rounding, warm-ups, one "why".</summary>
internal static class SheetBuilder
{
    /// <summary>
    /// [PRODUCT] Wendler's standard 5/3/1 warm-up before each main lift: 40 % × 5, 50 % × 5, 60 % × 3 of the training
    /// max. Skipped when the working sets are that light already (deload and intro weeks).
    /// </summary>
    private static readonly (int Percent, int Reps)[] WarmUpSets = [(40, 5), (50, 5), (60, 3)];

    // A session the readiness check-in (R27) replaced carries the athlete's recovery answers in its "why":
    // sheets are read by staff, so they print this instead.
    internal const string AdjustedWhy = "Adjusted to an easier session for this day; the app shows why.";

    public static AthleteSheet Build(SheetAthleteRow athlete, DateOnly monday, IEnumerable<SheetSessionRow> sessions, IReadOnlyDictionary<Guid, SheetBlockMaxes> blocks)
    {
        var step = PlateRounding.Step(athlete.Units, athlete.PlatePairKg);
        var byDay = sessions.ToLookup(s => s.Date);
        var days = Enumerable.Range(0, 7).Select(monday.AddDays).Select(date => new SheetDay(
                date,
                [.. byDay[date].OrderBy(s => s.Kind).Select(s => Session(s, athlete, s.BlockId is { } id ? blocks.GetValueOrDefault(id) : null))]))
            .ToList();
        return new AthleteSheet(
            athlete.Id,
            athlete.DisplayName,
            athlete.GymName,
            monday,
            athlete.Units,
            step,
            athlete.BodyWeightKg is { } kg ? R25Protein.For(kg) : null,
            days);
    }

    private static SheetSession Session(SheetSessionRow row, SheetAthleteRow athlete, SheetBlockMaxes? maxes)
    {
        var prescription = row.Prescription;
        var run = prescription.Run is { } details ? Run(details, athlete.Units) : null;
        var exercises = prescription.Exercises
            .Select(e => new SheetExercise(e.Name, [.. e.Sets.Select(s => new SheetSet(s.Reps, s.Amrap, s.WeightKg is { } kg ? PlateRounding.Load(kg, athlete.Units, athlete.PlatePairKg) : null))]))
            .ToList();
        var warmUp = prescription.Run is { } r
            ? r.WarmUpMinutes > 0 ? $"{r.WarmUpMinutes} min easy running" : "none apart from starting slowly"
            : LiftWarmUp(prescription.Exercises, maxes, athlete);
        var why = row.Downgraded ? AdjustedWhy : prescription.Why.FirstOrDefault() ?? "";
        return new SheetSession(
            row.Id,
            SessionText.Title(row.Kind, row.RunType, row.LiftFocus, row.IsDeload),
            $"{row.DurationMinutes} min · RPE {row.PlannedRpe}",
            warmUp,
            run,
            exercises,
            why);
    }

    private static SheetRun Run(RunDetails run, UnitSystem units)
    {
        var parts = new List<string>();
        if (run.Repetitions is { } reps && run.RepetitionDistanceMeters is { } metres)
        {
            // Track repeats stay in metres in either unit system, as tracks are marked.
            parts.Add($"{reps} × {metres} m");
        }
        else if (run.Repetitions is { } hillReps && run.RepetitionSeconds is { } seconds)
        {
            parts.Add($"{hillReps} × {seconds} s uphill");
        }
        else if (run.DistanceKm is { } km)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{UnitConversion.DistanceForDisplay(km, units):0.#} {UnitConversion.DistanceUnit(units)}"));
        }

        if (run.RestSeconds is { } rest)
        {
            parts.Add($"rest {Clock(rest)}");
        }

        if (run.PaceFastSecondsPerKm is { } fast && run.PaceSlowSecondsPerKm is { } slow)
        {
            var (f, s) = (PerUnit(fast, units), PerUnit(slow, units));
            parts.Add($"{(f == s ? Clock(f) : $"{Clock(f)}–{Clock(s)}")}/{UnitConversion.DistanceUnit(units)}");
        }
        else if (run.HeartRateLowBpm is { } low && run.HeartRateHighBpm is { } high)
        {
            parts.Add($"{low}–{high} bpm");
        }
        else if (run.TargetRpe > 0)
        {
            parts.Add($"RPE {run.TargetRpe}");
        }

        return new SheetRun(string.Join(" · ", parts), run.Repetitions ?? 0, run.CoolDownMinutes > 0 ? $"{run.CoolDownMinutes} min easy" : null);
    }

    private static string LiftWarmUp(IEnumerable<ExercisePrescription> exercises, SheetBlockMaxes? maxes, SheetAthleteRow athlete)
    {
        var ramps = new List<string>();
        foreach (var exercise in exercises.Where(e => e.Role == nameof(ExerciseRole.Main)))
        {
            var firstPercent = exercise.Sets.FirstOrDefault()?.PercentOfTrainingMax ?? 0;
            if (!Enum.TryParse<MainLift>(exercise.MainLift, out var lift) || maxes?.For(lift) is not { } tm || firstPercent <= WarmUpSets[^1].Percent)
            {
                continue;
            }

            var sets = WarmUpSets.Select(w => new SheetSet(w.Reps, false, PlateRounding.Load(tm * w.Percent / 100m, athlete.Units, athlete.PlatePairKg)).Target);
            ramps.Add($"{exercise.Name} {string.Join(", ", sets)}");
        }

        return ramps.Count == 0 ? "5 min easy cardio, empty bar × 10" : $"5 min easy cardio, then {string.Join("; ", ramps)}";
    }

    private static int PerUnit(int secondsPerKm, UnitSystem units) =>
        units == UnitSystem.Imperial ? (int)Math.Round(secondsPerKm * UnitConversion.KmPerMile, MidpointRounding.AwayFromZero) : secondsPerKm;

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
