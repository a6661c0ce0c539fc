using System.Globalization;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>The words and numbers a session card shows; one place so the card, preview and sheets agree.</summary>
public static class SessionText
{
    public static string Title(SessionKind kind, RunType? runType, LiftFocus? liftFocus, bool isDeload) => (kind, runType, liftFocus) switch
    {
        (SessionKind.Run, RunType.Steady, _) => "Steady run",
        (SessionKind.Run, RunType.Recovery, _) => "Recovery run",
        (SessionKind.Run, RunType.Interval, _) => "Sprint series",
        (SessionKind.Run, RunType.Hill, _) => "Hill repeats",
        (SessionKind.Lift, _, LiftFocus.Upper) => isDeload ? "Upper body (deload)" : "Upper body",
        (SessionKind.Lift, _, LiftFocus.Lower) => isDeload ? "Lower body (deload)" : "Lower body",
        (SessionKind.Lift, _, LiftFocus.FullBody) => isDeload ? "Full body (deload)" : "Full body",
        _ => kind.ToString(),
    };

    /// <summary>A CSS-friendly name per kind of session, for the card's colour.</summary>
    public static string CssKind(SessionKind kind, RunType? runType, LiftFocus? liftFocus) =>
        (kind == SessionKind.Run ? runType?.ToString() : liftFocus?.ToString())?.ToLowerInvariant() ?? "other";

    public static string RunSummary(RunDetails run)
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
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km"));
        }

        if (run.RestSeconds is { } rest)
        {
            parts.Add($"rest {Clock(rest)}");
        }

        if (run.PaceFastSecondsPerKm is { } fast && run.PaceSlowSecondsPerKm is { } slow)
        {
            parts.Add(fast == slow ? $"{Clock(fast)}/km" : $"{Clock(fast)}–{Clock(slow)}/km");
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

    public static string SetsSummary(ExercisePrescription exercise) =>
        string.Join(", ", exercise.Sets
            .GroupBy(s => (s.Reps, s.WeightKg, s.Amrap))
            .Select(g => $"{(g.Count() > 1 ? $"{g.Count()} × " : "")}{g.Key.Reps}{(g.Key.Amrap ? "+" : "")}{(g.Key.WeightKg is { } kg ? string.Create(CultureInfo.InvariantCulture, $" @ {kg:0.##} kg") : "")}"));

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
