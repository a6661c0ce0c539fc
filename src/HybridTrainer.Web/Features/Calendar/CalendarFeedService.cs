using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.AspNetCore.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Calendar;

/// <summary>
/// Private calendar feeds: an athlete opens one for themselves, a coach one per client (gym staff cannot: they may not
/// plan). The link's token is the credential and is shown once; a new link replaces the caller's previous one for that
/// athlete. A feed stops answering when it is revoked or its owner no longer coaches the athlete. Making a link asks for
/// the current password, as an access token does: the link hands out the plan for months, so a borrowed session alone
/// must not be enough.
/// </summary>
internal sealed class CalendarFeedService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    AthleteGate gate,
    UserManager<AppUser> users,
    CurrentPasswordCheck passwords,
    Infrastructure.Audit.AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<CalendarText> text,
    IStringLocalizer<WhyText> why)
{
    public const int Weeks = 8;

    public const string WrongPassword = CurrentPasswordCheck.WrongPassword;

    /// <summary>The athlete's name and the caller's active feed for them (null when none); null when the caller may not have one.</summary>
    public async Task<CalendarFeedStatus?> GetStatusAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null)
        {
            return null;
        }

        var name = await db.Athletes.Where(a => a.Id == access.AthleteId).Select(a => a.DisplayName).SingleAsync(cancellationToken);
        var active = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.AthleteId == access.AthleteId && f.OwnerUserId == access.UserId && f.RevokedAt == null)
            .OrderByDescending(f => f.CreatedAt)
            .Select(f => (DateTimeOffset?)f.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new CalendarFeedStatus(access.AthleteId, name, active);
    }

    /// <summary>
    /// A new feed token (to show once), revoking the caller's previous feed for the athlete. Not found when the caller
    /// may not have a feed for the athlete; a field error on <see cref="CreateFeedInput.CurrentPassword"/> when the
    /// password is wrong (counted towards the lock-out, <see cref="CurrentPasswordCheck.LockedOut"/> once it locks).
    /// Nothing is written unless the password is right.
    /// </summary>
    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal user, Guid? athleteId, string? currentPassword, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null || await users.FindByIdAsync(access.UserId.ToString()) is not { } account)
        {
            return Failure.NotFound();
        }

        if (string.IsNullOrEmpty(currentPassword))
        {
            return Failure.Invalid(nameof(CreateFeedInput.CurrentPassword), text["PasswordMissing"]);
        }

        switch (await passwords.CheckAsync(account, currentPassword, "calendar feed creation"))
        {
            case CurrentPassword.Wrong:
                return Failure.Invalid(nameof(CreateFeedInput.CurrentPassword), WrongPassword);
            case CurrentPassword.LockedOut:
                return CurrentPasswordCheck.LockedOut;
        }

        var now = clock.GetUtcNow();
        await RevokeOwnAsync(db, access, now, cancellationToken);
        var token = SecretTokens.New(SecretTokens.CalendarFeedPrefix);
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(now), AthleteId = access.AthleteId, OwnerUserId = access.UserId, TokenHash = SecretTokens.Hash(token), CreatedAt = now,
        };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        audit.CalendarFeedCreated(access.UserId, feed.Id, access.AthleteId);
        return token;
    }

    /// <summary>Turns the caller's feed for the athlete off; false when there was none or the caller may not.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null || await RevokeOwnAsync(db, access, clock.GetUtcNow(), cancellationToken) == 0)
        {
            return false;
        }

        audit.CalendarFeedRevoked(access.UserId, access.AthleteId);
        return true;
    }

    /// <summary>The feed's calendar, or null when the token is unknown, revoked, or its owner lost access to the athlete.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!SecretTokens.LooksLike(token, SecretTokens.CalendarFeedPrefix))
        {
            return null;
        }

        var hash = SecretTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken);
        var owner = feed is null ? null : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, feed.OwnerUserId.ToString())], "calendar-feed"));
        var access = owner is null ? null : await gate.AuthorizeAsync(db, owner, feed!.AthleteId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null)
        {
            return null;
        }

        // The feed starts on the athlete's today in their time zone; its events are all-day dates (floating), so a
        // calendar shows them on the same day wherever it is.
        var today = clock.TodayIn(access.TimeZone);
        var end = today.AddDays(7 * Weeks);
        // The feed is written in its owner's language (a coach's feed of a client in the coach's), read with the name.
        var athlete = await db.Athletes.Where(a => a.Id == access.AthleteId)
            .Select(a => new
            {
                a.DisplayName,
                Owner = db.Users.Where(u => u.Id == access.UserId).Select(u => new { u.Language, u.BrowserLanguage }).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var sessions = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == access.AthleteId && s.Date >= today && s.Date < end)
            .OrderBy(s => s.Date)
            .ToListAsync(cancellationToken);
        var finishes = await RaceFinish.ForRacesAsync(db, sessions.Select(s => (s.BlockId, s.RunType)), cancellationToken);
        using (Languages.Use(Languages.ForPerson(athlete.Owner?.Language, athlete.Owner?.BrowserLanguage)))
        {
            return TrainingCalendar.Serialize(athlete.DisplayName, sessions, text, why, finishes);
        }
    }

    private static Task<int> RevokeOwnAsync(HybridTrainerDbContext db, AthleteAccess access, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CalendarFeeds
            .Where(f => f.AthleteId == access.AthleteId && f.OwnerUserId == access.UserId && f.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedAt, now), cancellationToken);
}

// ActiveSince: when the caller's current feed was created; null when they have none.
public sealed record CalendarFeedStatus(Guid AthleteId, string AthleteName, DateTimeOffset? ActiveSince);
