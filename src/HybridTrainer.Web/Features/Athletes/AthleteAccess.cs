namespace HybridTrainer.Web.Features.Athletes;

/// <summary>The resource that athlete authorization decides on: one athlete and the caller's relation to them.</summary>
public sealed record AthleteAccess(Guid AthleteId, Guid UserId, AthleteRelation Relation)
{
    public bool IsSelf => Relation == AthleteRelation.Self;

    /// <summary>What the caller may do, from the one table in <see cref="AthleteOperations"/>.</summary>
    public bool Can(AthleteOperation operation) => AthleteOperations.Allows(Relation, operation);
}
