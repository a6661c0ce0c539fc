using System.Globalization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>The words and numbers a session card shows; one place so the card, preview and sheets agree.</summary>
public static class SessionText
{
    public static string Title(SessionKind kind, RunType? runType, LiftFocus? liftFocus, bool isDeload) => (kind, runType, liftFocus) switch
    {
        (SessionKind.Run, RunType.Steady, _) => "Steady run",
        (SessionKind.Run, RunType.Recovery, _) => "Recovery run",
        (SessionKind.Run, RunType.Interval, _) => "Sprint series",
        (SessionKind.Run, RunType.Hill, _) => "Hill repeats",
        (SessionKind.Run, RunType.Long, _) => "Long run",
        (SessionKind.Run, RunType.Tempo, _) => "Tempo run",
        (SessionKind.Run, RunType.VO2Intervals, _) => "I-pace intervals",
        (SessionKind.Run, RunType.Shakeout, _) => "Shakeout",
        (SessionKind.Run, RunType.Race, _) => "Race",
        (SessionKind.Lift, _, LiftFocus.Upper) => isDeload ? "Upper body (deload)" : "Upper body",
        (SessionKind.Lift, _, LiftFocus.Lower) => isDeload ? "Lower body (deload)" : "Lower body",
        (SessionKind.Lift, _, LiftFocus.FullBody) => isDeload ? "Full body (deload)" : "Full body",
        _ => kind.ToString(),
    };

    /// <summary>A CSS-friendly name per kind of session, for the card's colour.</summary>
    public static string CssKind(SessionKind kind, RunType? runType, LiftFocus? liftFocus) =>
        (kind == SessionKind.Run ? runType?.ToString() : liftFocus?.ToString())?.ToLowerInvariant() ?? "other";

    /// <summary>Distance and pace in the athlete's units; repeat lengths stay in metres, as tracks are marked.</summary>
    public static string RunSummary(RunDetails run, UnitSystem units = UnitSystem.Metric)
    {
        var parts = new List<string>();
        if (run.Repetitions is { } reps && run.RepetitionDistanceMeters is { } metres)
        {
            parts.Add($"{reps} × {metres} m");
        }
        else if (run.Repetitions is { } hillReps && run.RepetitionSeconds is { } seconds)
        {
            parts.Add($"{hillReps} × {seconds} s uphill");
        }
        else if (run.DistanceKm is { } km)
        {
            parts.Add(Distance(km, units));
        }

        if (run.RestSeconds is { } rest)
        {
            parts.Add($"rest {Clock(rest)}");
        }

        if (run.PaceFastSecondsPerKm is { } fast && run.PaceSlowSecondsPerKm is { } slow)
        {
            var (f, sl, unit) = (Pace(fast, units), Pace(slow, units), UnitConversion.DistanceUnit(units));
            parts.Add(f == sl ? $"{Clock(f)}/{unit}" : $"{Clock(f)}–{Clock(sl)}/{unit}");
        }
        else if (run.HeartRateLowBpm is { } low && run.HeartRateHighBpm is { } high)
        {
            parts.Add($"{low}–{high} bpm");
        }
        else if (run.TargetRpe > 0)
        {
            parts.Add($"RPE {run.TargetRpe}");
        }

        return string.Join(" · ", parts);
    }

    public static string SetsSummary(ExercisePrescription exercise, UnitSystem units = UnitSystem.Metric) =>
        string.Join(", ", exercise.Sets
            .GroupBy(s => (s.Reps, s.WeightKg, s.Amrap))
            .Select(g => $"{(g.Count() > 1 ? $"{g.Count()} × " : "")}{g.Key.Reps}{(g.Key.Amrap ? "+" : "")}{(g.Key.WeightKg is { } kg ? $" @ {Load(kg, units)}" : "")}"));

    /// <summary>"107.5 kg" or "237 lb": plate loads keep their exact kg; pounds are shown to 0.1 lb.</summary>
    public static string Load(decimal kg, UnitSystem units) => units == UnitSystem.Imperial
        ? string.Create(CultureInfo.InvariantCulture, $"{UnitConversion.LoadForDisplay(kg, units):0.#} lb")
        : string.Create(CultureInfo.InvariantCulture, $"{kg:0.##} kg");

    public static string Distance(decimal km, UnitSystem units) =>
        string.Create(CultureInfo.InvariantCulture, $"{UnitConversion.FromKm(km, units):0.#} {UnitConversion.DistanceUnit(units)}");

    private static int Pace(int secondsPerKm, UnitSystem units) =>
        units == UnitSystem.Imperial ? (int)Math.Round(secondsPerKm * UnitConversion.KmPerMile, MidpointRounding.AwayFromZero) : secondsPerKm;

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
