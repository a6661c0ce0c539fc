using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Hand edits a planner makes (drag a session, add one, replace one), as pure functions returning a new block.</summary>
public static class PlanEdits
{
    /// <summary>Moves a session to another date; it stays in its week's list (the checker places it by date).</summary>
    public static TrainingBlock MoveSession(TrainingBlock plan, PlannedSession session, DateOnly newDate) =>
        ReplaceSession(plan, session, session with { Date = newDate });

    public static TrainingBlock ReplaceSession(TrainingBlock plan, PlannedSession original, PlannedSession replacement)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var weeks = plan.Weeks.Select(week => week.Sessions.Contains(original)
            ? week with { Sessions = [.. week.Sessions.Select(s => ReferenceEquals(s, original) || s == original ? replacement : s).OrderBy(s => s.Date)] }
            : week).ToArray();
        return plan with { Weeks = weeks };
    }

    public static TrainingBlock AddSession(TrainingBlock plan, int programWeek, PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var weeks = plan.Weeks.ToArray();
        var week = weeks[programWeek - 1];
        weeks[programWeek - 1] = week with { Sessions = [.. week.Sessions.Append(session).OrderBy(s => s.Date)] };
        return plan with { Weeks = weeks };
    }
}
