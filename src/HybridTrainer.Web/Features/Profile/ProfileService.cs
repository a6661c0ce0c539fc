using HybridTrainer.Web.Common;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>
/// Loads and saves the signed-in athlete's own profile, found by the user id in the principal and nothing else, or a
/// client's profile for their coach (EditProfile through <see cref="AthleteGate"/>): a Blazor event can be sent by
/// hand, so the service, not the page, decides whose row it touches.
/// </summary>
internal sealed class ProfileService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    TimeProvider clock,
    AthleteGate gate,
    IValidator<BodyStepInput> bodyValidator,
    IValidator<RunningStepInput> runningValidator,
    IValidator<LiftsStepInput> liftsValidator,
    IValidator<ScheduleStepInput> scheduleValidator,
    IValidator<ShoesStepInput> shoesValidator)
{
    public Task<ProfileDraft?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        LoadAsync(user, null, cancellationToken);

    /// <summary>The caller's own profile (athlete id null) or a client's, for a coach.</summary>
    public async Task<ProfileDraft?> LoadAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await FindAsync(db, user, athleteId, cancellationToken) is { } found ? await found.AsNoTracking().SingleOrDefaultAsync(cancellationToken) : null;
        return athlete is null ? null : ProfileDraftMapping.ToDraft(athlete);
    }

    public Task<Outcome<ProfileSaved>> SaveAsync(ClaimsPrincipal user, ProfileDraft draft, CancellationToken cancellationToken = default) =>
        SaveAsync(user, null, draft, cancellationToken);

    public async Task<Outcome<ProfileSaved>> SaveAsync(ClaimsPrincipal user, Guid? athleteId, ProfileDraft draft, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Failure.Invalid(errors.Select(e => (e.Step, e.Message)));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await FindAsync(db, user, athleteId, cancellationToken) is { } found ? await found.SingleOrDefaultAsync(cancellationToken) : null;
        if (athlete is null)
        {
            return Failure.NotFound("Your athlete profile could not be found.");
        }

        // The version the athlete started editing from, not the one just read: a change made since then wins.
        db.Entry(athlete).Property(a => a.Version).OriginalValue = draft.Version;
        ProfileDraftMapping.Apply(draft, athlete, clock.GetUtcNow(), db);
        // The account follows its athlete profile's time zone (sheets and other pages about several people use it).
        if (athlete.UserId is { } owner && await db.Users.SingleOrDefaultAsync(u => u.Id == owner, cancellationToken) is { } account)
        {
            account.TimeZone = athlete.TimeZone;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Stale(ConflictMessage);
        }

        draft.Version = athlete.Version;
        return new ProfileSaved(athlete.Version);
    }

    // Null when the caller may not edit that profile; the own profile still needs the athlete role.
    private async Task<IQueryable<Athlete>?> FindAsync(HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken)
    {
        if (athleteId is null)
        {
            return TryGetAthleteUserId(user, out var userId) ? Own(db, userId) : null;
        }

        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.EditProfile, cancellationToken);
        return access is null ? null : db.Athletes.Include(a => a.LiftMaxes).Include(a => a.Shoes).Where(a => a.Id == access.AthleteId);
    }

    private static IQueryable<Athlete> Own(HybridTrainerDbContext db, Guid userId) =>
        db.Athletes.Include(a => a.LiftMaxes).Include(a => a.Shoes).Where(a => a.UserId == userId);

    private static bool TryGetAthleteUserId(ClaimsPrincipal user, out Guid userId)
    {
        userId = Guid.Empty;
        return user.IsInRole(AppRoles.Athlete) && UserIds.TryGet(user, out userId);
    }

    public const string ConflictMessage =
        "Your profile was changed elsewhere (another tab or device) since you opened it. Nothing was saved and what you typed is still here: reload to see the latest version, then make your changes again.";

    // Each error keyed by its step, the message prefixed with the step's name for the page's summary.
    private async Task<List<(string Step, string Message)>> ValidateAsync(ProfileDraft draft, CancellationToken cancellationToken)
    {
        // Every step again on the server: the page's checks are a courtesy, not a guarantee.
        var results = new[]
        {
            ("Body", await bodyValidator.ValidateAsync(draft.Body, cancellationToken)),
            ("Running", await runningValidator.ValidateAsync(draft.Running, cancellationToken)),
            ("Lifts", await liftsValidator.ValidateAsync(draft.Lifts, cancellationToken)),
            ("Days and goal", await scheduleValidator.ValidateAsync(draft.Schedule, cancellationToken)),
            ("Shoes", await shoesValidator.ValidateAsync(draft.Shoes, cancellationToken)),
        };
        var errors = results.SelectMany(r => r.Item2.Errors.Select(e => (r.Item1, $"{r.Item1}: {e.ErrorMessage}"))).ToList();
        if (draft.Lifts.Units != draft.Units || draft.Shoes.Units != draft.Units)
        {
            errors.Add(("Units", "Units: the steps disagree on units; reload the page."));
        }

        return errors;
    }
}

/// <summary>A saved profile and its new version.</summary>
public sealed record ProfileSaved(uint Version);
