using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>
/// The resource that athlete authorization decides on: one athlete and the caller's relation to them, with the
/// athlete's units and time zone, so a coach reads a client's plan in the numbers and days the client lives by.
/// </summary>
public sealed record AthleteAccess(Guid AthleteId, Guid UserId, AthleteRelation Relation, UnitSystem Units = UnitSystem.Metric, string TimeZone = TimeZones.Utc)
{
    public bool IsSelf => Relation == AthleteRelation.Self;

    /// <summary>What the caller may do, from the one table in <see cref="AthleteOperations"/>.</summary>
    public bool Can(AthleteOperation operation) => AthleteOperations.Allows(Relation, operation);
}
