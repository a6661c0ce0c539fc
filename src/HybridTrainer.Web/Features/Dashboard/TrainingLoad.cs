using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Dashboard;

/// <summary>One completed session's logged effort: what session-RPE load (R18) is computed from.</summary>
internal sealed record LoggedLoad(DateOnly Date, SessionKind Kind, int Minutes, int Rpe);

/// <summary>
/// Seven-day load windows from logged sessions and their coupled ACWR (R17, C6). The athlete's chart and the coach's
/// table both read it, so a client's figure is the same whoever looks.
/// </summary>
internal static class TrainingLoad
{
    /// <summary>Windows before the first shown one, so it already has a 4-week ACWR.</summary>
    public const int EarlierWindows = 3;

    /// <summary>The first day whose logs matter for <paramref name="windows"/> windows ending with the one starting on <paramref name="lastStart"/>.</summary>
    public static DateOnly Since(DateOnly lastStart, int windows) => lastStart.AddDays(-7 * (windows - 1 + EarlierWindows));

    public static IReadOnlyList<WeeklyLoad> Windows(IReadOnlyCollection<LoggedLoad> logged, DateOnly lastStart, int windows)
    {
        var since = Since(lastStart, windows);
        var totals = Enumerable.Range(0, windows + EarlierWindows).Select(i => since.AddDays(7 * i)).Select(start =>
        {
            var inWindow = logged.Where(l => l.Date >= start && l.Date < start.AddDays(7)).ToList();
            return (Start: start,
                Run: inWindow.Where(l => l.Kind == SessionKind.Run).Sum(l => R18LoadAndMonotony.SessionLoad(l.Rpe, l.Minutes)),
                Lift: inWindow.Where(l => l.Kind == SessionKind.Lift).Sum(l => R18LoadAndMonotony.SessionLoad(l.Rpe, l.Minutes)));
        }).ToList();
        var sums = totals.Select(t => t.Run + t.Lift).ToArray();
        return [.. totals.Select((window, i) => new WeeklyLoad(window.Start, window.Run, window.Lift, Acwr(sums, i))).Skip(EarlierWindows)];
    }

    /// <summary>Whether an ACWR sits in the 0.8–1.3 band (R17); no figure yet counts as inside.</summary>
    public static bool InBand(double? acwr) =>
        acwr is not { } ratio || (ratio >= R17AcuteChronicRatio.LowerBound && ratio <= R17AcuteChronicRatio.UpperBound);

    private static double? Acwr(int[] totals, int index)
    {
        if (index < EarlierWindows || totals[index] == 0)
        {
            return null;
        }

        var previousThree = totals[index - 3] + totals[index - 2] + totals[index - 1];
        return previousThree == 0 ? null : R17AcuteChronicRatio.Ratio(previousThree, totals[index]);
    }
}
