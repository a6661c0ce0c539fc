using HybridTrainer.Web.Common;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Coach;

/// <summary>
/// Who coaches whom: a coach creates a managed client (a profile without a login, in the coach's gym if they have one),
/// and an athlete ends a coaching link. Ending keeps the row (EndedAt) as history; from then on the coach sees nothing.
/// </summary>
internal sealed class ClientRoster(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<NewClientInput> validator, TimeProvider clock, IStringLocalizer<CoachText> text)
{
    public async Task<Outcome<Guid>> CreateManagedAsync(ClaimsPrincipal user, NewClientInput input, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(AppRoles.Coach) || !UserIds.TryGet(user, out var coachId))
        {
            return Failure.Forbidden(text["OnlyCoachAddsClients"]);
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The gym where the user coaches (the earliest, should there be several): its staff will print the sheets.
        var gymId = await db.GymMemberships.Where(m => m.UserId == coachId && m.Role == GymRole.Coach)
            .OrderBy(m => m.JoinedAt).Select(m => (Guid?)m.GymId).FirstOrDefaultAsync(cancellationToken);
        // A client without a login lives by the gym's clock, or by the coach's own without a gym.
        var zone = gymId is { } gym
            ? await db.Gyms.Where(g => g.Id == gym).Select(g => g.TimeZone).SingleAsync(cancellationToken)
            : await db.Users.Where(u => u.Id == coachId).Select(u => u.TimeZone).SingleAsync(cancellationToken);
        var athlete = new Athlete { Id = Guid.CreateVersion7(now), DisplayName = input.Name.Trim(), GymId = gymId, TimeZone = zone, CreatedAt = now, UpdatedAt = now };
        db.Athletes.Add(athlete);
        db.CoachClients.Add(new CoachClient { Id = Guid.CreateVersion7(now), CoachUserId = coachId, AthleteId = athlete.Id, StartedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return athlete.Id;
    }

    /// <summary>The signed-in athlete's active coaches.</summary>
    public async Task<IReadOnlyList<CoachLink>> ListMyCoachesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
                from link in db.CoachClients.AsNoTracking()
                join athlete in db.Athletes on link.AthleteId equals athlete.Id
                join coach in db.Users on link.CoachUserId equals coach.Id
                where athlete.UserId == userId && link.EndedAt == null
                orderby coach.DisplayName
                select new CoachLink(link.Id, coach.DisplayName, link.StartedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one of the signed-in athlete's own coaching links; false when it is not theirs or already ended.</summary>
    public async Task<bool> LeaveAsync(ClaimsPrincipal user, Guid linkId, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.CoachClients
            .Where(c => c.Id == linkId && c.EndedAt == null && db.Athletes.Any(a => a.Id == c.AthleteId && a.UserId == userId))
            .SingleOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return false;
        }

        link.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

public sealed class NewClientInput
{
    public string Name { get; set; } = "";
}

public sealed class NewClientInputValidator : AbstractValidator<NewClientInput>
{
    public NewClientInputValidator(IStringLocalizer<CoachText> text) =>
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["NameRequired"])
            .MaximumLength(100).WithMessage(_ => text["NameTooLong"])
            .PlainText();
}


public sealed record CoachLink(Guid LinkId, string CoachName, DateTimeOffset Since);
