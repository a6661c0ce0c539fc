namespace HybridTrainer.Web.Features.Athletes;

/// <summary>How a signed-in user stands to one athlete. When several apply, the closest one counts.</summary>
public enum AthleteRelation
{
    /// <summary>The athlete's own login.</summary>
    Self,

    /// <summary>An active coach of the athlete.</summary>
    Coach,

    /// <summary>Staff or an admin of the gym the athlete belongs to: plans and sheets, read-only, nothing about health.</summary>
    GymStaff,
}
