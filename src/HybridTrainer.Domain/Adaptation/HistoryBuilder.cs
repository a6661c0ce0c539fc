using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Adaptation;

/// <summary>
/// Turns a finished (or part-finished) block and its log into the history for the next block: weekly session-RPE
/// loads for ACWR (R17), weekly run minutes (R16), AMRAP results and training maxes for progression (R22).
/// </summary>
public static class HistoryBuilder
{
    public const int MaxWeeksKept = 12;

    /// <param name="previous">The block the log belongs to.</param>
    /// <param name="logged">Logged sessions; skipped ones count as zero load.</param>
    /// <param name="earlier">History the previous block was generated with, to carry older weeks forward.</param>
    public static TrainingHistory FromLog(TrainingBlock previous, IReadOnlyList<LoggedSession> logged, TrainingHistory? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(logged);
        earlier ??= TrainingHistory.Empty;
        var lastLogged = logged.Count == 0 ? previous.StartDate.AddDays(-1) : logged.Max(l => l.Date);
        var loads = new List<int>(earlier.WeeklyLoadsAu);
        var minutes = new List<int>(earlier.WeeklyRunMinutes);
        TrainingWeek? lastWeek = null;
        foreach (var week in previous.Weeks.Where(w => w.StartDate <= lastLogged))
        {
            var end = week.StartDate.AddDays(7);
            var done = logged.Where(l => l.Done && l.Date >= week.StartDate && l.Date < end).ToList();
            loads.Add(done.Sum(l => R18LoadAndMonotony.SessionLoad(l.Rpe ?? 0, l.ActualMinutes ?? 0)));
            minutes.Add(done.Where(l => l.Kind == SessionKind.Run).Sum(l => l.ActualMinutes ?? 0));
            lastWeek = week;
        }

        var amraps = earlier.AmrapResults.Concat(
            from session in logged
            where session.Done
            from set in session.Sets
            where set is { Amrap: true, MainLift: not null }
            select new AmrapResult(set.MainLift!.Value, session.Date, set.PrescribedReps, set.Reps));
        var planned = previous.Sessions.ToLookup(s => s.Date);
        var doneQuality = logged.Where(l => l.Done && l.Kind == SessionKind.Run).SelectMany(l => planned[l.Date]).ToList();
        return new TrainingHistory(Last(loads), Last(minutes), [.. amraps])
        {
            PreviousTrainingMaxes = lastWeek?.TrainingMaxes ?? earlier.PreviousTrainingMaxes,
            PreviousWaveCompleted = lastWeek is null ? earlier.PreviousWaveCompleted : lastWeek.WaveWeek == R24Deload.DeloadWaveWeek,
            IntervalSessionsDone = earlier.IntervalSessionsDone + doneQuality.Count(s => s.RunType == RunType.Interval),
            HillSessionsDone = earlier.HillSessionsDone + doneQuality.Count(s => s.RunType == RunType.Hill),
        };
    }

    private static int[] Last(List<int> values) => [.. values.Skip(Math.Max(0, values.Count - MaxWeeksKept))];
}
