using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>One rep as recorded against what the plan asked: its time (R9's target for a series, the climb's length for a
/// hill) and the rest after it (R11 for a series, R12's walk or jog down for a hill).</summary>
public sealed record RepResult(int Number, double Seconds, double? Meters, int TargetSeconds, bool Hit, double? RestSeconds, int? TargetRestSeconds, bool? RestHit);

/// <summary>
/// Reads a sprint series or hill session rep by rep from the laps a watch recorded (a lap per rep and per rest, by
/// button or by a workout's steps). A lap is a rep when its length is close to the rep's (±30 %) and its pace within 40 %
/// of the target, or, without a target distance, its time is (±40 %); the laps between two reps are the rest. The
/// first reps found are compared, up to the number planned.
/// </summary>
public static class RepComparison
{
    /// <summary>A recorded lap may differ this much from a rep's distance and still be that rep (GPS over 200 m wanders).</summary>
    public const double DistanceTolerance = 0.30;

    public const double DurationTolerance = 0.40;

    /// <summary>GPS and button timing blur a rep's time by about a second.</summary>
    public const double TimingSlackSeconds = 1;

    /// <summary>A hill rep counts as held when it climbed at least this share of the planned time.</summary>
    public const double HillHeldShare = 0.9;

    public static IReadOnlyList<RepResult> Compare(RunType? runType, RunDetails? plan, IReadOnlyList<ActivityLapDto> laps)
    {
        if (runType is not (RunType.Interval or RunType.Hill) || plan is not { Repetitions: { } reps, RepetitionSeconds: { } repSeconds } || laps.Count == 0)
        {
            return [];
        }

        var repIndexes = new List<int>();
        for (var i = 0; i < laps.Count && repIndexes.Count < reps; i++)
        {
            if (IsRep(laps[i], plan, repSeconds))
            {
                repIndexes.Add(i);
            }
        }

        var results = new List<RepResult>(repIndexes.Count);
        for (var r = 0; r < repIndexes.Count; r++)
        {
            var lap = laps[repIndexes[r]];
            var seconds = lap.MovingSeconds > 0 ? lap.MovingSeconds : lap.ElapsedSeconds;
            var hit = runType == RunType.Interval
                ? seconds <= TargetFor(plan, lap, repSeconds) + TimingSlackSeconds
                : seconds >= repSeconds * HillHeldShare;
            double? rest = r + 1 < repIndexes.Count
                ? Enumerable.Range(repIndexes[r] + 1, repIndexes[r + 1] - repIndexes[r] - 1).Sum(i => laps[i].ElapsedSeconds)
                : null;
            var targetRest = plan.RestSeconds;
            results.Add(new RepResult(
                r + 1, seconds, lap.DistanceMeters, (int)Math.Round(TargetFor(plan, lap, repSeconds)), hit, rest, targetRest,
                rest is { } rested && targetRest is { } wanted ? rested >= wanted - TimingSlackSeconds : null));
        }

        return results;
    }

    // A rep is about the rep's length and run near its pace; a rest lap of similar length is walked or jogged, far slower.
    private static bool IsRep(ActivityLapDto lap, RunDetails plan, int targetSeconds)
    {
        var seconds = lap.MovingSeconds > 0 ? lap.MovingSeconds : lap.ElapsedSeconds;
        if (plan.RepetitionDistanceMeters is { } metres && lap.DistanceMeters is { } recorded)
        {
            return Math.Abs(recorded - metres) <= metres * DistanceTolerance && seconds <= TargetFor(plan, lap, targetSeconds) * (1 + DurationTolerance);
        }

        return Math.Abs(seconds - targetSeconds) <= targetSeconds * DurationTolerance;
    }

    // A lap a little long or short is judged at the planned pace over its own length, not against the 200 m time.
    private static double TargetFor(RunDetails plan, ActivityLapDto lap, int repSeconds) =>
        plan.RepetitionDistanceMeters is { } metres and > 0 && lap.DistanceMeters is { } recorded and > 0
            ? repSeconds * recorded / metres
            : repSeconds;
}
