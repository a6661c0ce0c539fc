using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R7 Same-day doubles: "Two sessions on one day are allowed only as {easy run + lift_upper} or {easy run + deload
/// lift}, ≥ 6 h apart", lift first when strength is the priority (Robineau 2016, Murlasits 2018).
/// </summary>
public static class R07SameDayDoubles
{
    public const string Id = "R7";

    public const int MinimumHoursApart = 6;

    public static bool IsAllowedPair(PlannedSession a, PlannedSession b) =>
        (a.IsEasyRun && IsLightLift(b)) || (b.IsEasyRun && IsLightLift(a));

    internal static void Check(ref PlanView plan)
    {
        var sessions = plan.Sessions;
        var start = 0;
        while (start < sessions.Length)
        {
            var end = start + 1;
            while (end < sessions.Length && sessions[end].Date == sessions[start].Date)
            {
                end++;
            }

            var count = end - start;
            if (count > 2 || (count == 2 && !IsAllowedPair(sessions[start], sessions[start + 1])))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingDoubleDay, Of(count), Of(sessions[start].Date), Of(MinimumHoursApart)), sessions[start..end].ToArray());
            }

            start = end;
        }
    }

    private static bool IsLightLift(PlannedSession s) =>
        s.Kind == SessionKind.Lift && (s.LiftFocus == LiftFocus.Upper || s.IsDeload);
}
