using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>One kind of e-mail as the settings page shows it.</summary>
public sealed record NotificationChoice(NotificationKind Kind, bool Enabled, int SendHour);

/// <summary>What the settings page needs: where mail goes, whether it can go at all, and the person's choices.</summary>
public sealed record NotificationSettingsView(
    string Email, bool EmailConfirmed, string TimeZone, bool MailIsOn, IReadOnlyList<NotificationChoice> Choices);

/// <summary>
/// Who may have which e-mail, and their choices. A coach may have the daily digest, an athlete (with a profile) the
/// evening "tomorrow's session" mail; gym staff and admins have neither, so no mail ever carries a member's data to them.
/// </summary>
internal sealed class NotificationSettings(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IEmailSender email, TimeProvider clock, IStringLocalizer<NotificationText> text)
{
    public async Task<NotificationSettingsView?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.EmailConfirmed, u.TimeZone }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var kinds = await KindsForAsync(db, user, userId, cancellationToken);
        var stored = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        var choices = kinds.Select(kind => stored.Find(s => s.Kind == kind) is { } s
                ? new NotificationChoice(kind, s.Enabled, s.SendHour)
                : new NotificationChoice(kind, false, NotificationSchedule.DefaultHour(kind)))
            .ToList();
        return new NotificationSettingsView(account.Email ?? "", account.EmailConfirmed, account.TimeZone, email.IsOn, choices);
    }

    /// <summary>Saves one choice; false when the kind is not one this person may have.</summary>
    public async Task<bool> SaveAsync(ClaimsPrincipal user, NotificationKind kind, bool enabled, int sendHour, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId) || sendHour is < 0 or > 23)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await KindsForAsync(db, user, userId, cancellationToken)).Contains(kind))
        {
            return false;
        }

        var setting = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == userId && s.Kind == kind, cancellationToken);
        if (setting is null)
        {
            setting = new NotificationSetting { UserId = userId, Kind = kind };
            db.NotificationSettings.Add(setting);
        }

        setting.Enabled = enabled;
        setting.SendHour = sendHour;
        setting.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Switches one kind off (the unsubscribe link); true when it was on.</summary>
    public async Task<bool> SwitchOffAsync(Guid userId, NotificationKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.NotificationSettings.Where(s => s.UserId == userId && s.Kind == kind && s.Enabled)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Enabled, false).SetProperty(s => s.UpdatedAt, now), cancellationToken) > 0;
    }

    /// <summary>Whether the kind is on for the person, and their name, for the unsubscribe page; null for no such person.</summary>
    public async Task<(string Name, bool Enabled)?> StateAsync(Guid userId, NotificationKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, Enabled = db.NotificationSettings.Any(s => s.UserId == u.Id && s.Kind == kind && s.Enabled) })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.DisplayName, found.Enabled);
    }

    private static async Task<List<NotificationKind>> KindsForAsync(HybridTrainerDbContext db, ClaimsPrincipal user, Guid userId, CancellationToken cancellationToken)
    {
        var kinds = new List<NotificationKind>();
        if (user.IsInRole(AppRoles.Coach))
        {
            kinds.Add(NotificationKind.CoachDigest);
        }

        if (user.IsInRole(AppRoles.Athlete) && await db.Athletes.AnyAsync(a => a.UserId == userId, cancellationToken))
        {
            kinds.Add(NotificationKind.TomorrowSession);
        }

        return kinds;
    }

    /// <summary>The kind's name in the current language, as the settings and unsubscribe pages show it.</summary>
    public string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.CoachDigest => text["KindDigest"],
        _ => text["KindTomorrow"],
    };
}
