using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Gyms;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>
/// The relation rule, written once: a user is the athlete (self), an active coach of the athlete, or staff or an
/// admin of the athlete's gym. The list of visible athletes and the single-athlete gate both read it, so they cannot
/// disagree (a property test holds them to it).
/// </summary>
internal static class AthleteRelations
{
    public static IQueryable<RelatedAthlete> Of(HybridTrainerDbContext db, Guid userId) =>
        db.Athletes.Select(a => new RelatedAthlete
        {
            Athlete = a,
            Self = a.UserId == userId,
            Coach = db.CoachClients.Any(c => c.AthleteId == a.Id && c.CoachUserId == userId && c.EndedAt == null),
            Staff = a.GymId != null && db.GymMemberships.Any(m =>
                m.GymId == a.GymId && m.UserId == userId && (m.Role == GymRole.Staff || m.Role == GymRole.Admin)),
        });

    /// <summary>
    /// The athletes with whom the user may do <paramref name="operation"/>, judged like the gate: by the closest
    /// relation and the operation table, for pages that act on many athletes at once (printing sheets).
    /// </summary>
    public static IQueryable<Athlete> Allowing(HybridTrainerDbContext db, Guid userId, AthleteOperation operation)
    {
        var (self, coach, staff) = (
            AthleteOperations.Allows(AthleteRelation.Self, operation),
            AthleteOperations.Allows(AthleteRelation.Coach, operation),
            AthleteOperations.Allows(AthleteRelation.GymStaff, operation));
        return Of(db, userId).Where(r => r.Self ? self : r.Coach ? coach : r.Staff && staff).Select(r => r.Athlete);
    }

    /// <summary>The closest relation that applies, or null when none does.</summary>
    public static AthleteRelation? Closest(bool self, bool coach, bool staff) =>
        self ? AthleteRelation.Self : coach ? AthleteRelation.Coach : staff ? AthleteRelation.GymStaff : null;
}

/// <summary>An athlete with how one user stands to them.</summary>
internal sealed class RelatedAthlete
{
    public required Athlete Athlete { get; init; }

    public bool Self { get; init; }

    public bool Coach { get; init; }

    public bool Staff { get; init; }

    public bool Any => Self || Coach || Staff;
}
