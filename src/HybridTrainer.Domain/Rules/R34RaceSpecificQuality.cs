using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R34 Race-specific quality. Base weeks keep R1–R3's quality run; build weeks alternate it with the race session:
/// 5/10 km Daniels I intervals (bouts 3–5 min at 97.5–100 % VDOT, recovery ≤ the bout, I ≤ min(10 km, 8 % of weekly
/// km), R14); half and marathon run_tempo at T pace (88 % VDOT), 20–40 min continuous or cruise intervals of 5–15 min
/// with 1 min jog per 5 min, T ≤ 10 % of weekly km (R14); marathon, every second build week, a long run with 20–60 min
/// at M pace (75–84 % VDOT) that counts as the week's quality run. Each has R13's warm-up and cool-down and is H.
/// Sources: vdoto2.com (I pace, primary), cbaca.blog (T ≤ 10 %, secondary).
/// </summary>
public static class R34RaceSpecificQuality
{
    public const string Id = "R34";

    public const double MarathonFastFraction = 0.84;
    public const double MarathonSlowFraction = 0.75;
    public const double ThresholdFraction = 0.88;
    public const double IntervalFastFraction = 1.0;
    public const double IntervalSlowFraction = 0.975;

    public const int IntervalBoutMinSeconds = 180;
    public const int IntervalBoutMaxSeconds = 300;

    /// <summary>[PRODUCT] 3-minute I bouts with 2.5 min recovery jogs (Daniels: equal to or slightly less than the bout).</summary>
    public const int IntervalBoutSeconds = 180;
    public const int IntervalRecoverySeconds = 150;
    public const double IntervalVolumeCapKm = 10;
    public const double IntervalVolumeShareOfWeeklyKm = 0.08;

    public const int TempoMinMinutes = 20;
    public const int TempoMaxMinutes = 40;
    public const int CruiseRepMinSeconds = 300;
    public const int CruiseRepMaxSeconds = 900;

    /// <summary>[PRODUCT] Cruise intervals of 10 min with a 2 min jog (1 min per 5 min).</summary>
    public const int CruiseRepSeconds = 600;
    public const int CruiseJogSeconds = 120;
    public const double ThresholdVolumeShareOfWeeklyKm = 0.10;

    public const int RacePaceMinMinutes = 20;
    public const int RacePaceMaxMinutes = 60;
    public const int RacePaceStepMinutes = 10;

    /// <summary>[PRODUCT] RPE of a tempo run and of I intervals (C5's table has none).</summary>
    public const int TempoRpe = 7;
    public const int IntervalRpe = 8;

    /// <summary>The race-specific run of a distance.</summary>
    public static RunType SessionFor(RaceDistance distance) =>
        distance is RaceDistance.FiveK or RaceDistance.TenK ? RunType.VO2Intervals : RunType.Tempo;

    /// <summary>
    /// Whether build week <paramref name="buildIndex"/> (0-based) holds the race-specific session rather than the R3 run.
    /// Marathon: even build weeks carry the M-pace long run, odd ones the tempo run [PRODUCT].
    /// </summary>
    public static bool IsRaceSpecificWeek(int buildIndex) => buildIndex % 2 == 0;

    public static bool IsRacePaceLongRunWeek(RaceDistance distance, int buildIndex) =>
        distance == RaceDistance.Marathon && buildIndex % 2 == 0;

    /// <summary>Tempo work minutes for the n-th tempo run of the block: 20, 30, then 40.</summary>
    public static int TempoWorkMinutes(int number) => Math.Min(TempoMaxMinutes, TempoMinMinutes + (10 * (Math.Max(number, 1) - 1)));

    /// <summary>I bouts for the n-th I session: 4, 5, then 6, within the 10 km cap.</summary>
    public static int IntervalBouts(int number, int intervalSecondsPerKm)
    {
        var boutKm = IntervalBoutSeconds / (double)intervalSecondsPerKm;
        return Math.Min(Math.Min(3 + Math.Max(number, 1), 6), (int)Math.Floor(IntervalVolumeCapKm / boutKm));
    }

    /// <summary>M-pace minutes of the n-th race-pace long run: 20, 30, … up to 60.</summary>
    public static int RacePaceMinutes(int number) => Math.Min(RacePaceMaxMinutes, RacePaceMinMinutes + (RacePaceStepMinutes * (Math.Max(number, 1) - 1)));

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        var distance = race.Goal.Distance;
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var isRacePaceLong = session.RunType == RunType.Long && session.Run?.RacePaceMinutes > 0;
            if (session.RunType is not (RunType.Tempo or RunType.VO2Intervals) && !isRacePaceLong)
            {
                continue;
            }

            var phase = plan.Week[i] >= 0 ? plan.Block.Weeks[plan.Week[i]].Phase : null;
            var taper = phase == TrainingPhase.Taper;
            if (phase == TrainingPhase.Base)
            {
                plan.Add(Id, new Reason(InBaseKey(session.RunType), Of(session.Date)), session);
            }

            if ((session.RunType != RunType.Long && session.RunType != SessionFor(distance)) || (isRacePaceLong && distance != RaceDistance.Marathon))
            {
                plan.Add(Id, new Reason(NotSpecificKey(session.RunType, distance), Of(session.Date)), session);
            }

            if (session.Run is not { } run)
            {
                continue;
            }

            if (session.RunType != RunType.Long && (run.WarmUpMinutes < R13WarmUpCoolDown.MinimumMinutes || run.CoolDownMinutes < R13WarmUpCoolDown.MinimumMinutes))
            {
                plan.Add(Id, new Reason(session.RunType == RunType.Tempo ? ReasonKeys.FindingRaceWarmUpTempo : ReasonKeys.FindingRaceWarmUpVO2Intervals, Of(session.Date), Of(R13WarmUpCoolDown.MinimumMinutes)), session);
            }

            if (session.RunType == RunType.VO2Intervals && (run.RepetitionSeconds is not (>= IntervalBoutMinSeconds and <= IntervalBoutMaxSeconds)
                || run.RestSeconds > run.RepetitionSeconds || (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / (double)race.IntervalPace.SlowSecondsPerKm > IntervalVolumeCapKm))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingIntervalsShape, Of(session.Date), Of(IntervalVolumeCapKm, "0")), session);
            }

            var tempoMinutes = (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / 60;
            if (session.RunType == RunType.Tempo && (tempoMinutes > TempoMaxMinutes || (!taper && tempoMinutes < TempoMinMinutes)
                || run.RepetitionSeconds is not (>= CruiseRepMinSeconds and <= CruiseRepMaxSeconds)))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingTempoMinutes, Of(session.Date), Of(tempoMinutes)), session);
            }

            if (isRacePaceLong && run.RacePaceMinutes is not (>= RacePaceMinMinutes and <= RacePaceMaxMinutes))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingRacePaceSegment, Of(session.Date), Of(run.RacePaceMinutes)), session);
            }
        }
    }

    // The rule looks only at tempo runs, I intervals and race-pace long runs: each has its own sentence.
    private static string InBaseKey(RunType? type) => type switch
    {
        RunType.Tempo => ReasonKeys.FindingRaceSpecificInBaseTempo,
        RunType.VO2Intervals => ReasonKeys.FindingRaceSpecificInBaseVO2Intervals,
        _ => ReasonKeys.FindingRaceSpecificInBaseLong,
    };

    private static string NotSpecificKey(RunType? type, RaceDistance distance) => (type, distance) switch
    {
        (RunType.Tempo, RaceDistance.FiveK) => ReasonKeys.FindingNotRaceSpecificTempoFiveK,
        (RunType.Tempo, RaceDistance.TenK) => ReasonKeys.FindingNotRaceSpecificTempoTenK,
        (RunType.Tempo, RaceDistance.HalfMarathon) => ReasonKeys.FindingNotRaceSpecificTempoHalfMarathon,
        (RunType.Tempo, _) => ReasonKeys.FindingNotRaceSpecificTempoMarathon,
        (RunType.VO2Intervals, RaceDistance.FiveK) => ReasonKeys.FindingNotRaceSpecificVO2IntervalsFiveK,
        (RunType.VO2Intervals, RaceDistance.TenK) => ReasonKeys.FindingNotRaceSpecificVO2IntervalsTenK,
        (RunType.VO2Intervals, RaceDistance.HalfMarathon) => ReasonKeys.FindingNotRaceSpecificVO2IntervalsHalfMarathon,
        (RunType.VO2Intervals, _) => ReasonKeys.FindingNotRaceSpecificVO2IntervalsMarathon,
        (_, RaceDistance.FiveK) => ReasonKeys.FindingNotRaceSpecificLongFiveK,
        (_, RaceDistance.TenK) => ReasonKeys.FindingNotRaceSpecificLongTenK,
        (_, RaceDistance.HalfMarathon) => ReasonKeys.FindingNotRaceSpecificLongHalfMarathon,
        _ => ReasonKeys.FindingNotRaceSpecificLongMarathon,
    };
}
