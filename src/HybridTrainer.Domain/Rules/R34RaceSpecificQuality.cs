using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

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
                plan.Add(Id, $"The {session.RunType} run on {session.Date:ddd d MMM} is race-specific work in a base week; base weeks keep sprint series and hills.", session);
            }

            if ((session.RunType != RunType.Long && session.RunType != SessionFor(distance)) || (isRacePaceLong && distance != RaceDistance.Marathon))
            {
                plan.Add(Id, $"The {session.RunType} run on {session.Date:ddd d MMM} is not the race-specific session of a {R39RacePrediction.NameOf(distance)}.", session);
            }

            if (session.Run is not { } run)
            {
                continue;
            }

            if (session.RunType != RunType.Long && (run.WarmUpMinutes < R13WarmUpCoolDown.MinimumMinutes || run.CoolDownMinutes < R13WarmUpCoolDown.MinimumMinutes))
            {
                plan.Add(Id, $"The {session.RunType} run on {session.Date:ddd d MMM} needs at least {R13WarmUpCoolDown.MinimumMinutes} min of easy running before and after (R13).", session);
            }

            if (session.RunType == RunType.VO2Intervals && (run.RepetitionSeconds is not (>= IntervalBoutMinSeconds and <= IntervalBoutMaxSeconds)
                || run.RestSeconds > run.RepetitionSeconds || (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / (double)race.IntervalPace.SlowSecondsPerKm > IntervalVolumeCapKm))
            {
                plan.Add(Id, $"The I intervals on {session.Date:ddd d MMM} need bouts of 3–5 min, recovery jogs no longer than the bout and at most {IntervalVolumeCapKm:0} km at I pace.", session);
            }

            var tempoMinutes = (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / 60;
            if (session.RunType == RunType.Tempo && (tempoMinutes > TempoMaxMinutes || (!taper && tempoMinutes < TempoMinMinutes)
                || run.RepetitionSeconds is not (>= CruiseRepMinSeconds and <= CruiseRepMaxSeconds)))
            {
                plan.Add(Id, $"The tempo run on {session.Date:ddd d MMM} holds {tempoMinutes} min at T pace; plan 20–40 min, continuous or in 5–15 min cruise intervals.", session);
            }

            if (isRacePaceLong && run.RacePaceMinutes is not (>= RacePaceMinMinutes and <= RacePaceMaxMinutes))
            {
                plan.Add(Id, $"The race-pace segment of the long run on {session.Date:ddd d MMM} lasts {run.RacePaceMinutes} min; plan 20–60 min at M pace.", session);
            }
        }
    }
}
