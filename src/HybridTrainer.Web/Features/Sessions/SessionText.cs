using System.Globalization;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// The words and numbers a session card shows; one place so the card, preview and sheets agree. Static, since other
/// features call it too: the words come from <see cref="SessionsText"/> in the current UI culture, numbers in the
/// current culture (82,5 kg in Spanish).
/// </summary>
public static class SessionText
{
    private static readonly StringLocalizer<SessionsText> Text = StaticLocalizers.For<SessionsText>();

    public static string Title(SessionKind kind, RunType? runType, LiftFocus? liftFocus, bool isDeload) => (kind, runType, liftFocus) switch
    {
        (SessionKind.Run, RunType.Steady, _) => Text["TitleSteadyRun"],
        (SessionKind.Run, RunType.Recovery, _) => Text["TitleRecoveryRun"],
        (SessionKind.Run, RunType.Interval, _) => Text["TitleSprintSeries"],
        (SessionKind.Run, RunType.Hill, _) => Text["TitleHillRepeats"],
        (SessionKind.Run, RunType.Long, _) => Text["TitleLongRun"],
        (SessionKind.Run, RunType.Tempo, _) => Text["TitleTempo"],
        (SessionKind.Run, RunType.VO2Intervals, _) => Text["TitleVO2Intervals"],
        (SessionKind.Run, RunType.Shakeout, _) => Text["TitleShakeout"],
        (SessionKind.Run, RunType.Race, _) => Text["TitleRace"],
        (SessionKind.Lift, _, LiftFocus.Upper) => isDeload ? Text["TitleUpperBodyDeload"] : Text["TitleUpperBody"],
        (SessionKind.Lift, _, LiftFocus.Lower) => isDeload ? Text["TitleLowerBodyDeload"] : Text["TitleLowerBody"],
        (SessionKind.Lift, _, LiftFocus.FullBody) => isDeload ? Text["TitleFullBodyDeload"] : Text["TitleFullBody"],
        _ => kind.ToString(),
    };

    /// <summary>A CSS-friendly name per kind of session, for the card's colour.</summary>
    public static string CssKind(SessionKind kind, RunType? runType, LiftFocus? liftFocus) =>
        (kind == SessionKind.Run ? runType?.ToString() : liftFocus?.ToString())?.ToLowerInvariant() ?? "other";

    /// <summary>
    /// Distance and pace in the athlete's units; repeat lengths stay in metres, as tracks are marked. The run type says
    /// what timed repetitions are (hills, cruise intervals, I-pace bouts or strides) and which pace zone applies (C3).
    /// </summary>
    public static string RunSummary(RunDetails run, UnitSystem units = UnitSystem.Metric, RunType? runType = null)
    {
        var parts = new List<string>();
        if (run.Repetitions is { } reps && run.RepetitionDistanceMeters is { } metres)
        {
            parts.Add($"{reps} × {metres} m");
        }
        else if (run.Repetitions is { } timedReps && run.RepetitionSeconds is { } seconds)
        {
            parts.Add(runType switch
            {
                RunType.Tempo or RunType.VO2Intervals => $"{timedReps} × {Duration(seconds)}",
                RunType.Shakeout => run.DistanceKm is { } easyKm ? Text["EasyPlusStrides", Distance(easyKm, units), timedReps, seconds] : Text["Strides", timedReps, seconds],
                _ => Text["Uphill", timedReps, seconds],
            });
        }
        else if (run.DistanceKm is { } km)
        {
            parts.Add(Distance(km, units));
        }

        if (run.RestSeconds is { } rest && runType != RunType.Shakeout)
        {
            parts.Add(runType is RunType.Tempo or RunType.VO2Intervals ? Text["Jog", Clock(rest)] : Text["Rest", Clock(rest)]);
        }

        if (run.PaceFastSecondsPerKm is { } fast && run.PaceSlowSecondsPerKm is { } slow)
        {
            var zone = PaceZone(runType);
            parts.Add($"{(zone is null ? "" : $"{zone} ")}{PaceText(fast, slow, units)}");
        }
        else if (run.HeartRateLowBpm is { } low && run.HeartRateHighBpm is { } high)
        {
            parts.Add($"{low}–{high} bpm");
        }
        else if (run.TargetRpe > 0)
        {
            parts.Add($"RPE {run.TargetRpe}");
        }

        if (runType != RunType.Race && RacePaceSegment(run, units) is { } segment)
        {
            parts.Add(segment);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The C3 zone a race-block run is paced in; null for the open-block runs, whose cards stay as they were.</summary>
    public static string? PaceZone(RunType? runType) => runType switch
    {
        RunType.Long or RunType.Shakeout => "E",
        RunType.Tempo => "T",
        RunType.VO2Intervals => "I",
        RunType.Race => Text["RacePace"],
        _ => null,
    };

    /// <summary>
    /// "last 40 min at M 4:55–5:05/km": a long run's race-pace segment (R34). A single pace is the goal pace (R39),
    /// a band is marathon (M) pace.
    /// </summary>
    public static string? RacePaceSegment(RunDetails run, UnitSystem units = UnitSystem.Metric) =>
        run is { RacePaceMinutes: { } minutes and > 0, RacePaceFastSecondsPerKm: { } fast, RacePaceSlowSecondsPerKm: { } slow }
            ? Text[fast == slow ? "LastMinutesAtRacePace" : "LastMinutesAtMarathonPace", minutes, PaceText(fast, slow, units)].Value
            : null;

    /// <summary>"4:55–5:05/km" or "7:55/mi": a pace band in the athlete's unit.</summary>
    public static string PaceText(int fastSecondsPerKm, int slowSecondsPerKm, UnitSystem units)
    {
        var (f, sl, unit) = (Pace(fastSecondsPerKm, units), Pace(slowSecondsPerKm, units), UnitConversion.DistanceUnit(units));
        return f == sl ? $"{Clock(f)}/{unit}" : $"{Clock(f)}–{Clock(sl)}/{unit}";
    }

    public static string SetsSummary(ExercisePrescription exercise, UnitSystem units = UnitSystem.Metric) =>
        string.Join(", ", exercise.Sets
            .GroupBy(s => (s.Reps, s.WeightKg, s.Amrap))
            .Select(g => $"{(g.Count() > 1 ? $"{g.Count()} × " : "")}{g.Key.Reps}{(g.Key.Amrap ? "+" : "")}{(g.Key.WeightKg is { } kg ? $" @ {Load(kg, units)}" : "")}"));

    /// <summary>"107.5 kg" (107,5 kg in Spanish) or "237 lb": plate loads keep their exact kg; pounds are shown to 0.1 lb.</summary>
    public static string Load(decimal kg, UnitSystem units) => units == UnitSystem.Imperial
        ? string.Create(CultureInfo.CurrentCulture, $"{UnitConversion.LoadForDisplay(kg, units):0.#} lb")
        : string.Create(CultureInfo.CurrentCulture, $"{kg:0.##} kg");

    public static string Distance(decimal km, UnitSystem units) =>
        string.Create(CultureInfo.CurrentCulture, $"{UnitConversion.FromKm(km, units):0.#} {UnitConversion.DistanceUnit(units)}");

    private static int Pace(int secondsPerKm, UnitSystem units) =>
        units == UnitSystem.Imperial ? (int)Math.Round(secondsPerKm * UnitConversion.KmPerMile, MidpointRounding.AwayFromZero) : secondsPerKm;

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";

    // Whole minutes read as minutes (cruise reps of 5 min), anything else as m:ss.
    private static string Duration(int seconds) => seconds % 60 == 0 ? $"{seconds / 60} min" : Clock(seconds);
}
