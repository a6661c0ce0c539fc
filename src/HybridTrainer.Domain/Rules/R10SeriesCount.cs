using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R10 Series count: "reps ≤ 8. The first two interval sessions after the R1 gate opens have reps ≤ 6." Daniels'
/// R-volume cap (≤ min(8 km, 5 % of weekly km)) is advisory: for low-mileage athletes it becomes a warning only.
/// </summary>
public static class R10SeriesCount
{
    public const string Id = "R10";

    public const int MaxRepetitions = 8;

    public const int FirstSessionsMaxRepetitions = 6;

    public const int FirstSessionsCount = 2;

    public const double VolumeCapShareOfWeeklyKm = 0.05;

    public const double VolumeCapKm = 8;

    /// <summary>Reps for the n-th interval session since the gate opened (1-based): 6, 6, 7, then 8.</summary>
    public static int RepetitionsFor(int sessionNumber) => sessionNumber switch
    {
        <= FirstSessionsCount => FirstSessionsMaxRepetitions,
        3 => 7,
        _ => MaxRepetitions,
    };

    public static int MaxRepetitionsFor(int sessionNumber) =>
        sessionNumber <= FirstSessionsCount ? FirstSessionsMaxRepetitions : MaxRepetitions;

    internal static void Check(ref PlanView plan)
    {
        var number = plan.History.IntervalSessionsDone;
        foreach (var i in plan.PlannedQualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.AsPlanned().RunType != RunType.Interval)
            {
                continue;
            }

            number++;
            if (session.RunType != RunType.Interval)
            {
                continue;
            }

            var reps = session.Run?.Repetitions ?? 0;
            if (reps > MaxRepetitionsFor(number))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSprintRepsTooMany, Of(session.Date), Of(reps), Of(MaxRepetitionsFor(number))), session);
            }
        }
    }
}
