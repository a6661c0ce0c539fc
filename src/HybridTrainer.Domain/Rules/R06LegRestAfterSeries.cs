using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R6 24-hour leg rest after series: "No heavy leg lift may start less than 24 h after the end of a run_interval or
/// run_hill, and the reverse", so the two never share a calendar day.
/// </summary>
public static class R06LegRestAfterSeries
{
    public const string Id = "R6";

    public const int MinimumHoursBetween = 24;

    internal static void Check(ref PlanView plan)
    {
        var sessions = plan.Sessions;
        for (var i = 1; i < sessions.Length; i++)
        {
            for (var j = i - 1; j >= 0 && sessions[j].Date == sessions[i].Date; j--)
            {
                var (a, b) = (sessions[j], sessions[i]);
                var pair = (a.IsQualityRun && b.HardOnLegs && b.Kind == SessionKind.Lift)
                    || (b.IsQualityRun && a.HardOnLegs && a.Kind == SessionKind.Lift);
                if (pair)
                {
                    plan.Add(Id, new Reason((a.IsQualityRun ? a.RunType : b.RunType) == RunType.Hill ? ReasonKeys.FindingLegsShareDayHill : ReasonKeys.FindingLegsShareDayInterval, Of(a.Date), Of(MinimumHoursBetween)), a, b);
                }
            }
        }
    }
}
