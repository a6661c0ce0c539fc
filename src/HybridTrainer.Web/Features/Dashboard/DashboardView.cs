using HybridTrainer.Web.Features.Sessions;
using ProteinTarget = HybridTrainer.Domain.Training.ProteinTarget;

namespace HybridTrainer.Web.Features.Dashboard;

/// <summary>Everything the athlete's home shows, computed once per visit.</summary>
public sealed record DashboardView(
    DateOnly Today,
    IReadOnlyList<SessionView> TodaysSessions,
    int DoneThisWeek,
    int PlannedThisWeek,
    ProteinTarget Protein,
    string SleepTarget,
    int? Readiness,
    IReadOnlyList<WeeklyLoad> Loads);

/// <summary>One week of logged session-RPE load (R18), split run/lift, with its coupled ACWR (R17, C6) once 4 weeks exist.</summary>
public sealed record WeeklyLoad(DateOnly Monday, int RunLoad, int LiftLoad, double? Acwr)
{
    public int Total => RunLoad + LiftLoad;
}
