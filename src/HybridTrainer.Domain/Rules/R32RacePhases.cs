using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R32 Phases: the last T weeks are the taper (5/10 km T = 1, half 2, marathon 3); of the weeks before, the first
/// ⌈40 %⌉ (at least 2) are base and the rest build. Bosquet et al. 2007 (8–14 day taper, ES 0.59); Smyth &amp; Lawlor
/// 2021 (3-week marathon taper, 2.6 % faster).
/// </summary>
public static class R32RacePhases
{
    public const string Id = "R32";

    /// <summary>Base is ⌈40 %⌉ of the pre-taper weeks, computed in whole numbers as (2n + 4) / 5.</summary>
    public const double BaseShare = 0.40;

    public const int MinBaseWeeks = 2;

    public static int TaperWeeks(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK or RaceDistance.TenK => 1,
        RaceDistance.HalfMarathon => 2,
        _ => 3,
    };

    /// <summary>Base weeks among the <paramref name="preTaperWeeks"/> before the taper: ⌈40 %⌉, at least 2.</summary>
    public static int BaseWeeks(int preTaperWeeks) =>
        Math.Min(preTaperWeeks, Math.Max(MinBaseWeeks, ((2 * preTaperWeeks) + 4) / 5));

    /// <summary>Phase of programme week <paramref name="week"/> (1-based) in a block of <paramref name="weeks"/>.</summary>
    public static TrainingPhase PhaseOf(int week, int weeks, RaceDistance distance)
    {
        var preTaper = weeks - TaperWeeks(distance);
        return week > preTaper ? TrainingPhase.Taper : week <= BaseWeeks(preTaper) ? TrainingPhase.Base : TrainingPhase.Build;
    }

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            var expected = PhaseOf(w + 1, plan.WeekCount, race.Goal.Distance);
            if (plan.Block.Weeks[w].Phase != expected)
            {
                plan.AddForWeek(Id, w, new Reason(PhaseKey(expected), Of(w + 1), Of(TaperWeeks(race.Goal.Distance))));
            }
        }
    }

    private static string PhaseKey(TrainingPhase phase) => phase switch
    {
        TrainingPhase.Base => ReasonKeys.FindingPhaseBase,
        TrainingPhase.Build => ReasonKeys.FindingPhaseBuild,
        _ => ReasonKeys.FindingPhaseTaper,
    };
}
