using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Email;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// One pass over the people whose e-mail is due now. For each, the sent-log row (person, kind, local date; unique) is
/// inserted first: the insert that succeeds owns that e-mail, so a second instance, or this one after a restart, finds
/// the row and sends nothing. Then the mail is written and sent, and the row records how it went.
/// </summary>
/// <remarks>
/// The claim is committed before the SMTP conversation, not held open across it: a transaction kept open while the
/// server takes the message would, on a crash after the server said yes, roll the claim back and send the mail again.
/// What a failure does:
/// <list type="bullet">
/// <item>The server could not be reached or refused the message: the row is <c>Failed</c> and is claimed again (a
/// conditional update on its attempt count, so only one instance wins) after <see cref="NotificationSchedule.RetryDelay"/>,
/// up to <see cref="NotificationSchedule.MaxAttempts"/> attempts, while it is still that day for the person; the last
/// failure is logged as given up and leaves the row with no retry time.</item>
/// <item>The app stopped mid-send: the row stays <c>Sending</c> and is never tried again, as the mail may have left.
/// At most once, never twice.</item>
/// <item>Writing the mail failed (a database error): the row is <c>Failed</c> and retried as above; nothing had left.</item>
/// </list>
/// </remarks>
internal sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    IEmailSender email,
    NotificationLinks links,
    NotificationEmails emails,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger) : IDisposable
{
    private static readonly Guid CoachRoleId = AppRoles.All.Single(r => r.Name == AppRoles.Coach).Id;

    private readonly SemaphoreSlim _onePassAtATime = new(1, 1);

    /// <summary>The clock's time at the start of the last finished pass (null before the first).</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // One pass at a time: a tick that comes while a pass is busy waits for it.
        await _onePassAtATime.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (email.IsOn)
            {
                await RunAtAsync(now, cancellationToken);
            }

            LastRunAt = now;
        }
        finally
        {
            _onePassAtATime.Release();
        }
    }

    private async Task RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscribers = await SubscribersAsync(cancellationToken);
        if (subscribers.Count == 0)
        {
            return;
        }

        var ids = subscribers.Select(s => s.UserId).Distinct().ToList();
        var since = clock.EarliestToday().AddDays(-1);
        List<NotificationSend> logged;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            logged = await db.NotificationSends.AsNoTracking()
                .Where(s => ids.Contains(s.UserId) && s.LocalDate >= since)
                .ToListAsync(cancellationToken);
        }

        foreach (var subscriber in subscribers)
        {
            var today = LocalDays.DateIn(now, subscriber.TimeZone);
            var row = logged.Find(s => s.UserId == subscriber.UserId && s.Kind == subscriber.Kind && s.LocalDate == today);
            if (row is null && NotificationSchedule.DueDate(now, subscriber.TimeZone, subscriber.SendHour) is { } due
                && await ClaimAsync(subscriber, due, now, cancellationToken) is { } claimed)
            {
                await DeliverAsync(subscriber, claimed, claimed.Attempts, now, cancellationToken);
            }
            else if (row is { Status: NotificationSendStatus.Failed, Attempts: < NotificationSchedule.MaxAttempts } failed
                && failed.RetryAfter <= now && await ReclaimAsync(failed, now, cancellationToken))
            {
                await DeliverAsync(subscriber, failed, failed.Attempts + 1, now, cancellationToken);
            }
        }
    }

    // Everyone with a kind switched on that they may still have, at a confirmed address: a coach's digest in the
    // account's time zone, an athlete's mail in the athlete profile's (the day their sessions count in).
    private async Task<List<Subscriber>> SubscribersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.NotificationSettings.AsNoTracking()
            .Where(s => s.Enabled)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new
            {
                s.UserId,
                s.Kind,
                s.SendHour,
                u.Email,
                u.EmailConfirmed,
                u.DisplayName,
                u.TimeZone,
                u.Language,
                u.BrowserLanguage,
                AthleteTimeZone = db.Athletes.Where(a => a.UserId == u.Id).Select(a => a.TimeZone).FirstOrDefault(),
                IsCoach = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == CoachRoleId),
            })
            .Where(r => r.EmailConfirmed && r.Email != null)
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Where(r => r.Kind == NotificationKind.CoachDigest ? r.IsCoach : r.AthleteTimeZone is not null)
                .Select(r => new Subscriber(r.UserId, r.Kind, r.SendHour, r.Email!, r.DisplayName,
                    r.Kind == NotificationKind.CoachDigest ? r.TimeZone : r.AthleteTimeZone!, Languages.ForPerson(r.Language, r.BrowserLanguage))),
        ];
    }

    private async Task<NotificationSend?> ClaimAsync(Subscriber subscriber, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new NotificationSend
        {
            Id = Guid.CreateVersion7(now),
            UserId = subscriber.UserId,
            Kind = subscriber.Kind,
            LocalDate = day,
            Status = NotificationSendStatus.Sending,
            Attempts = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.NotificationSends.Add(row);
        try
        {
            // One statement in SaveChanges' own transaction (the retrying execution strategy refuses one opened by
            // hand); retried on a transient failure, where a second try meets the first's row as a unique violation.
            await db.SaveChangesAsync(cancellationToken);
            return row;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another instance, or an earlier run, has this one.
            return null;
        }
    }

    private async Task<bool> ReclaimAsync(NotificationSend failed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attempts = failed.Attempts;
        var taken = await db.NotificationSends
            .Where(s => s.Id == failed.Id && s.Status == NotificationSendStatus.Failed && s.Attempts == attempts)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, NotificationSendStatus.Sending)
                .SetProperty(s => s.Attempts, attempts + 1)
                .SetProperty(s => s.UpdatedAt, now), cancellationToken);
        return taken == 1;
    }

    private async Task DeliverAsync(Subscriber subscriber, NotificationSend row, int attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        EmailMessage? message;
        try
        {
            message = await ComposeAsync(subscriber, row.LocalDate, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or NpgsqlException or InvalidOperationException or TimeoutException)
        {
            ComposeFailed(ex, subscriber.Kind.ToString());
            await RecordFailureAsync(subscriber, row.Id, attempt, now, cancellationToken);
            return;
        }

        if (message is null)
        {
            await RecordAsync(row.Id, NotificationSendStatus.NothingToSay, null, now, cancellationToken);
            return;
        }

        var outcome = await email.SendAsync(message, cancellationToken);
        if (outcome == EmailOutcome.Sent)
        {
            await RecordAsync(row.Id, NotificationSendStatus.Sent, null, now, cancellationToken);
        }
        else
        {
            NotSent(subscriber.Kind.ToString(), AuditLog.Fingerprint(subscriber.Email), outcome.ToString(), attempt);
            await RecordFailureAsync(subscriber, row.Id, attempt, now, cancellationToken);
        }
    }

    // The last attempt leaves no retry time: the row stays Failed for good, and the log says the mail is given up.
    private async Task RecordFailureAsync(Subscriber subscriber, Guid id, int attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (attempt >= NotificationSchedule.MaxAttempts)
        {
            GaveUp(subscriber.Kind.ToString(), AuditLog.Fingerprint(subscriber.Email), attempt);
            await RecordAsync(id, NotificationSendStatus.Failed, null, now, cancellationToken);
            return;
        }

        await RecordAsync(id, NotificationSendStatus.Failed, now + NotificationSchedule.RetryDelay, now, cancellationToken);
    }

    // In the recipient's language throughout: the words other features give the mail (readiness, rule warnings,
    // session titles) are made while composing, so they follow the same culture.
    private async Task<EmailMessage?> ComposeAsync(Subscriber subscriber, DateOnly day, CancellationToken cancellationToken)
    {
        using var language = Languages.Use(subscriber.Language);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var linksFor = links.For(subscriber.UserId, subscriber.Kind);
        if (subscriber.Kind == NotificationKind.CoachDigest)
        {
            // The coach's own principal: the digest passes the same authorization as the coach's table.
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(subscriber.UserId.ToString());
            if (user is null)
            {
                return null;
            }

            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            var clients = await services.GetRequiredService<CoachDigest>().BuildAsync(principal, cancellationToken);
            return clients.Count == 0 ? null : emails.Digest(subscriber.Email, subscriber.Name, day, clients, linksFor);
        }

        var tomorrow = day.AddDays(1);
        var sessions = await services.GetRequiredService<TomorrowSessions>().ForAsync(subscriber.UserId, tomorrow, cancellationToken);
        return sessions.Count == 0 ? null : emails.Tomorrow(subscriber.Email, subscriber.Name, tomorrow, sessions, linksFor);
    }

    private async Task RecordAsync(Guid id, NotificationSendStatus status, DateTimeOffset? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.NotificationSends.Where(s => s.Id == id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, status)
                .SetProperty(s => s.RetryAfter, retryAfter)
                .SetProperty(s => s.UpdatedAt, now), cancellationToken);
    }

    public void Dispose() => _onePassAtATime.Dispose();

    private sealed record Subscriber(Guid UserId, NotificationKind Kind, int SendHour, string Email, string Name, string TimeZone, string Language);

    [LoggerMessage(EventId = 6101, EventName = "NotificationNotSent", Level = LogLevel.Warning,
        Message = "A {NotificationKind} e-mail to the address with fingerprint {EmailFingerprint} was not sent ({Outcome}) at attempt {Attempt}")]
    private partial void NotSent(string notificationKind, string emailFingerprint, string outcome, int attempt);

    [LoggerMessage(EventId = 6102, EventName = "NotificationComposeFailed", Level = LogLevel.Error,
        Message = "A {NotificationKind} e-mail could not be written")]
    private partial void ComposeFailed(Exception exception, string notificationKind);

    [LoggerMessage(EventId = 6103, EventName = "NotificationGivenUp", Level = LogLevel.Error,
        Message = "A {NotificationKind} e-mail to the address with fingerprint {EmailFingerprint} is given up after {Attempts} failed attempts; it is not tried again")]
    private partial void GaveUp(string notificationKind, string emailFingerprint, int attempts);
}
