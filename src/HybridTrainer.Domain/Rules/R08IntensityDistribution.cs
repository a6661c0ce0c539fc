using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R8 Intensity distribution: "At least ⅔ of run sessions are easy, and ≥ 80 % of weekly running minutes are at E
/// pace or slower", warm-ups, cool-downs and rests counting as easy. The session share is enforced as "one quality
/// run a week" (R3), which is what the R2 table allows.
/// </summary>
public static class R08IntensityDistribution
{
    public const string Id = "R8";

    public const double MinimumEasyMinutesShare = 0.80;

    /// <summary>Minutes of a run spent at quality effort: the repetitions themselves.</summary>
    public static double HardMinutes(PlannedSession session) =>
        session.IsQualityRun && session.Run is { } run ? (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / 60.0 : 0;

    /// <summary>Race blocks: tempo, I and race-pace minutes are hard; the race itself is left out of the week (R38).</summary>
    private static void AddRaceBlockMinutes(ReadOnlySpan<PlannedSession> sessions, ReadOnlySpan<int> weeks, Span<double> hard, Span<int> race)
    {
        for (var i = 0; i < sessions.Length; i++)
        {
            var session = sessions[i];
            var w = weeks[i];
            if (w < 0 || session.Run is not { } run)
            {
                continue;
            }

            switch (session.RunType)
            {
                case RunType.Race:
                    race[w] += session.DurationMinutes;
                    break;
                case RunType.Tempo or RunType.VO2Intervals:
                    hard[w] += (run.Repetitions ?? 0) * (run.RepetitionSeconds ?? 0) / 60.0;
                    break;
                case RunType.Long:
                    hard[w] += run.RacePaceMinutes ?? 0;
                    break;
            }
        }
    }

    internal static void Check(ref PlanView plan)
    {
        Span<double> hard = stackalloc double[plan.WeekCount];
        // Only quality runs have hard minutes.
        foreach (var i in plan.QualityRuns)
        {
            if (plan.Week[i] >= 0)
            {
                hard[plan.Week[i]] += HardMinutes(plan.Sessions[i]);
            }
        }

        Span<int> race = stackalloc int[plan.WeekCount];
        if (plan.Block.Race is not null)
        {
            AddRaceBlockMinutes(plan.Sessions, plan.Week, hard, race);
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            var total = plan.WeekRunMinutes[w] - race[w];
            if (total > 0 && (total - hard[w]) / total < MinimumEasyMinutesShare)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingEasyShareLow, Of(w + 1), Of(hard[w], "0"), Of(total), Of(MinimumEasyMinutesShare)));
            }
        }
    }
}
