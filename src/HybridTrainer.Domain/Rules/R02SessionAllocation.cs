using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R2 Session allocation by available days: one session per training day; 3–5 days get two full-body lifts
/// (fbA, fbB), 6–7 days get upper/lower/full; runs as in the table; with 7 days one day stays a full rest day.
/// </summary>
public static class R02SessionAllocation
{
    public const string Id = "R2";

    public const int MinimumDays = 3;

    public const int MaximumDays = 7;

    /// <summary>Sessions planned for a week with <paramref name="availableDays"/> days (R2 table).</summary>
    public static WeeklyAllocation For(int availableDays, bool qualityAllowed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(availableDays, MinimumDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(availableDays, MaximumDays);
        var lifts = availableDays >= 6 ? 3 : 2;
        var quality = availableDays >= 4 && qualityAllowed ? 1 : 0;
        var recovery = availableDays >= 5 ? 1 : 0;
        var runs = availableDays switch { 3 => 1, 4 => 2, _ => 3 };
        return new WeeklyAllocation(lifts, runs - quality - recovery, quality, recovery, Math.Min(availableDays, 6));
    }

    // The checker compares every week with these on every drag; built once rather than per check.
    private static readonly WeeklyAllocation[] _withQuality =
        [For(3, qualityAllowed: true), For(4, qualityAllowed: true), For(5, qualityAllowed: true), For(6, qualityAllowed: true), For(7, qualityAllowed: true)];

    internal static void Check(ref PlanView plan)
    {
        var days = BitCount(plan.AvailableMask);
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (plan.Week[i] < 0)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSessionOutsideBlock, Of(session.Date)), session);
                continue;
            }

            // A race is on its own date, available or not (R38).
            if (!plan.IsAvailable(session.Date) && session.RunType != Training.RunType.Race)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSessionUnavailableDay, Of(session.Date)), session);
            }
        }

        if (days is < MinimumDays or > MaximumDays)
        {
            return;
        }

        var expected = _withQuality[days - MinimumDays];
        for (var w = 0; w < plan.WeekCount; w++)
        {
            // In a race block the taper and the days around the race follow R36–R38 instead.
            if (plan.Block.Race is { } race && R37LiftingAroundRace.Governs(race.Goal, plan.Block.Weeks[w].Phase, plan.Block.Weeks[w].StartDate.AddDays(6)))
            {
                continue;
            }

            // Every session that is not a lift counts as a run.
            var (lifts, runs) = (plan.LiftsPerWeek[w], plan.SessionsPerWeek[w] - plan.LiftsPerWeek[w]);
            if (lifts != expected.LiftSessions || runs != expected.RunSessions || lifts + runs > expected.TrainingDays)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingWeekSessionCount, Of(w + 1), Of(lifts), Of(runs), Of(days), Of(expected.LiftSessions), Of(expected.RunSessions), Of(expected.TrainingDays)));
            }
        }
    }

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
}

/// <summary>How many sessions of each kind a week holds (R2).</summary>
public sealed record WeeklyAllocation(int LiftSessions, int SteadyRuns, int QualityRuns, int RecoveryRuns, int TrainingDays)
{
    public int RunSessions => SteadyRuns + QualityRuns + RecoveryRuns;
}
