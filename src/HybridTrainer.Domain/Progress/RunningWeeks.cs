using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Progress;

/// <summary>A run as logged or recorded: its day, its kind (null for an unplanned run), distance and minutes.</summary>
public readonly record struct RunDone(DateOnly Date, RunType? Type, decimal Kilometres, int Minutes);

/// <summary>One week of running: totals by run type, and the longest run.</summary>
public sealed record RunningWeek(DateOnly Monday, IReadOnlyDictionary<string, decimal> KilometresByType, IReadOnlyDictionary<string, int> MinutesByType, decimal LongestRunKm)
{
    public decimal Kilometres => KilometresByType.Values.Sum();

    public int Minutes => MinutesByType.Values.Sum();
}

/// <summary>Weekly running volume by run type, Monday to Sunday, for every week of a span (empty weeks included).</summary>
public static class RunningWeeks
{
    /// <summary>The label an unplanned run (from a watch, without a planned session) is counted under.</summary>
    public const string Unplanned = "Unplanned";

    public static IReadOnlyList<RunningWeek> From(IEnumerable<RunDone> runs, DateOnly firstMonday, int weeks)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var byWeek = runs.Where(r => r.Date >= firstMonday && r.Date < firstMonday.AddDays(7 * weeks))
            .ToLookup(r => LocalDays.MondayOf(r.Date));
        return [.. Enumerable.Range(0, weeks).Select(w =>
        {
            var monday = firstMonday.AddDays(7 * w);
            var week = byWeek[monday].ToArray();
            return new RunningWeek(
                monday,
                week.GroupBy(LabelOf).ToDictionary(g => g.Key, g => g.Sum(r => r.Kilometres)),
                week.GroupBy(LabelOf).ToDictionary(g => g.Key, g => g.Sum(r => r.Minutes)),
                week.Length == 0 ? 0 : week.Max(r => r.Kilometres));
        })];
    }

    public static string LabelOf(RunDone run) => run.Type?.ToString() ?? Unplanned;
}
