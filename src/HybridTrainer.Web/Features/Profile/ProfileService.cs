using HybridTrainer.Web.Common;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
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
    IValidator<ShoesStepInput> shoesValidator,
    IStringLocalizer<ProfileText> text)
{
    public Task<ProfileDraft?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        LoadAsync(user, null, cancellationToken);

    /// <summary>The caller's own profile (athlete id null) or a client's, for a coach.</summary>
    public async Task<ProfileDraft?> LoadAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await FindAsync(db, user, athleteId, cancellationToken) is { } found ? await found.AsNoTracking().SingleOrDefaultAsync(cancellationToken) : null;
        return athlete is null ? null : ProfileDraftMapping.ToDraft(athlete, text);
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
            return Failure.NotFound(text["ProfileNotFound"]);
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
            return Failure.Stale(text["ConflictMessage"]);
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

    // Each error keyed by its step (a fixed field name), the message prefixed with the step's worded name for the page's summary.
    private async Task<List<(string Step, string Message)>> ValidateAsync(ProfileDraft draft, CancellationToken cancellationToken)
    {
        // Every step again on the server: the page's checks are a courtesy, not a guarantee.
        var results = new[]
        {
            ("Body", text["ErrorBody"].Value, await bodyValidator.ValidateAsync(draft.Body, cancellationToken)),
            ("Running", text["StepRunning"].Value, await runningValidator.ValidateAsync(draft.Running, cancellationToken)),
            ("Lifts", text["StepLifts"].Value, await liftsValidator.ValidateAsync(draft.Lifts, cancellationToken)),
            ("Days and goal", text["StepSchedule"].Value, await scheduleValidator.ValidateAsync(draft.Schedule, cancellationToken)),
            ("Shoes", text["StepShoes"].Value, await shoesValidator.ValidateAsync(draft.Shoes, cancellationToken)),
        };
        var errors = results.SelectMany(r => r.Item3.Errors.Select(e => (r.Item1, text["ErrorInStep", r.Item2, e.ErrorMessage].Value))).ToList();
        if (draft.Lifts.Units != draft.Units || draft.Shoes.Units != draft.Units)
        {
            errors.Add(("Units", text["UnitsDisagree"].Value));
        }

        return errors;
    }
}

/// <summary>A saved profile and its new version.</summary>
public sealed record ProfileSaved(uint Version);
