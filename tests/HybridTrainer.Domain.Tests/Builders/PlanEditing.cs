using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>Hand edits for checker tests: change the first session that matches.</summary>
public static class PlanEditing
{
    public static TrainingBlock Change(this TrainingBlock plan, Func<PlannedSession, bool> pick, Func<PlannedSession, PlannedSession> change)
    {
        var session = plan.Sessions.First(pick);
        return PlanEdits.ReplaceSession(plan, session, change(session));
    }

    public static TrainingBlock ChangeRun(this TrainingBlock plan, RunType type, Func<RunPrescription, RunPrescription> change) =>
        plan.Change(s => s.RunType == type, s => s with { Run = change(s.Run!) });

    public static TrainingBlock Move(this TrainingBlock plan, Func<PlannedSession, bool> pick, DateOnly to) =>
        PlanEdits.MoveSession(plan, plan.Sessions.First(pick), to);

    public static PlannedSession First(this TrainingBlock plan, Func<PlannedSession, bool> pick) => plan.Sessions.First(pick);
}
