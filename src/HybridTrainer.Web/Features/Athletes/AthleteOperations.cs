using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>Everything one can do with an athlete's data, each checked through resource-based authorization.</summary>
public enum AthleteOperation
{
    ViewPlan,
    EditPlan,
    LogTraining,
    ViewRecovery,
    LogRecovery,
    ViewCoachNotes,
    WriteCoachNotes,
    EditProfile,

    /// <summary>Print the week on a sheet (what the gym floor sees: the plan, never health data or coach notes).</summary>
    PrintSheet,
}

/// <summary>
/// Who may do what with an athlete's data, in one table. Gym staff and admins help members train from a plan and a
/// sheet but never see health data (recovery, readiness) or what a coach wrote privately; only a coach writes notes.
/// </summary>
public static class AthleteOperations
{
    private static readonly Dictionary<AthleteOperation, AthleteRelation[]> Table = new()
    {
        [AthleteOperation.ViewPlan] = [AthleteRelation.Self, AthleteRelation.Coach, AthleteRelation.GymStaff],
        [AthleteOperation.EditPlan] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.LogTraining] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.ViewRecovery] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.LogRecovery] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.ViewCoachNotes] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.WriteCoachNotes] = [AthleteRelation.Coach],
        [AthleteOperation.EditProfile] = [AthleteRelation.Self, AthleteRelation.Coach],
        [AthleteOperation.PrintSheet] = [AthleteRelation.Self, AthleteRelation.Coach, AthleteRelation.GymStaff],
    };

    public static bool Allows(AthleteRelation relation, AthleteOperation operation) =>
        Table.TryGetValue(operation, out var allowed) && allowed.Contains(relation);

    /// <summary>The requirement handed to <c>IAuthorizationService.AuthorizeAsync(user, access, requirement)</c>.</summary>
    public static OperationAuthorizationRequirement Requirement(AthleteOperation operation) => Requirements[operation];

    private static readonly Dictionary<AthleteOperation, OperationAuthorizationRequirement> Requirements =
        Enum.GetValues<AthleteOperation>().ToDictionary(o => o, o => new OperationAuthorizationRequirement { Name = o.ToString() });
}
