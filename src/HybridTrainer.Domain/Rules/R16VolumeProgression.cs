using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R16 Volume progression: "Weekly running minutes may rise by ≤ 10 % over the previous week (default), and must
/// never rise by &gt; 30 %." Deload weeks are exempt and do not reset the baseline. When the shortest sessions R15
/// allows already exceed the limit (very little recent running), that floor wins, with a warning.
/// </summary>
public static class R16VolumeProgression
{
    public const string Id = "R16";

    public const double DefaultMaxRise = 0.10;

    public const double HardMaxRise = 0.30;

    public static int DefaultLimit(int previousMinutes) => (int)Math.Floor(previousMinutes * (1 + DefaultMaxRise));

    public static int HardLimit(int previousMinutes) => (int)Math.Floor(previousMinutes * (1 + HardMaxRise));

    /// <summary>Shortest a run may be: quality runs and R27 replacements as prescribed, easy runs at their R15 minimum.</summary>
    public static int FloorMinutes(PlannedSession run) => run.RunType switch
    {
        RunType.Steady or RunType.Recovery when run.Replaces is null => R15EasyRunPrescription.MinMinutes(run.RunType!.Value),
        _ => run.DurationMinutes,
    };

    internal static void Check(ref PlanView plan)
    {
        Span<int> floor = stackalloc int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] >= 0 && plan.Sessions[i].Kind == SessionKind.Run)
            {
                floor[plan.Week[i]] += FloorMinutes(plan.Sessions[i]);
            }
        }

        var runHistory = plan.History.WeeklyRunMinutes;
        int? previous = runHistory.Count > 0 ? runHistory[^1] : null;
        for (var w = 0; w < plan.WeekCount; w++)
        {
            // The race week's minutes hold the race itself (R36, R38 govern it).
            if (R24Deload.IsDeloadWeek(w + 1) || (plan.Block.Race is not null && w == plan.WeekCount - 1))
            {
                continue;
            }

            var minutes = plan.WeekRunMinutes[w];
            if (previous is { } p && minutes > Math.Max(HardLimit(p), floor[w]))
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingVolumeRise, Of(w + 1), Of(minutes), Of(p), Of(HardMaxRise), Of(Math.Max(HardLimit(p), floor[w]))));
            }

            previous = plan.PlannedWeekRunMinutes[w];
        }
    }
}
