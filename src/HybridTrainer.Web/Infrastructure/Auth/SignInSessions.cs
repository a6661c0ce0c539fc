using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Server-side sign-in sessions (OWASP ASVS 5.0 V7): every cookie names a <see cref="UserSession"/> row and works only
/// while that row is open and younger than <see cref="AbsoluteLifetime"/>. A check that passed is remembered for
/// <see cref="AccessChecks.Interval"/> at most, so a busy page costs one database command a minute; ending a session on
/// this instance forgets it at once, another instance within that interval.
/// </summary>
internal sealed class SignInSessions(IDbContextFactory<HybridTrainerDbContext> dbFactory, TimeProvider clock) : IDisposable
{
    public const string ClaimType = "hybridtrainer:session";

    /// <summary>However often the sliding cookie renews, a sign-in ends this long after it began.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromDays(30);

    private readonly MemoryCache _open = new(new MemoryCacheOptions { SizeLimit = 100_000, Clock = new SystemClockAdapter(clock) });

    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimType), out var id) ? id : null;

    public async Task<Guid> StartAsync(Guid userId, string? userAgent, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            UserAgent = UserAgents.Summary(userAgent),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        Remember(session.Id, userId, now);
        return session.Id;
    }

    /// <summary>True while the principal's session is open, belongs to the principal's user and is within its lifetime.</summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } sessionId || !UserIds.TryGet(principal, out var userId))
        {
            return false;
        }

        if (_open.TryGetValue(sessionId, out Guid cachedUser))
        {
            return cachedUser == userId;
        }

        // One command both checks the row and marks it seen.
        var now = clock.GetUtcNow();
        var startedAfter = now - AbsoluteLifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.CreatedAt > startedAfter);
        if (await open.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken) == 0)
        {
            return false;
        }

        var createdAt = await open.Select(s => s.CreatedAt).SingleAsync(cancellationToken);
        Remember(sessionId, userId, createdAt);
        return true;
    }

    /// <summary>The user's sessions that still work, newest first.</summary>
    public async Task<IReadOnlyList<UserSession>> OpenOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var startedAfter = clock.GetUtcNow() - AbsoluteLifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.CreatedAt > startedAfter)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one session of the user (log out, or "sign out" on the sessions page); false if there was none open.</summary>
    public Task<int> EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(userId, s => s.Id == sessionId, cancellationToken);

    /// <summary>Ends every open session of the user except <paramref name="keep"/>.</summary>
    public Task<int> EndAllExceptAsync(Guid userId, Guid? keep, CancellationToken cancellationToken = default) =>
        EndWhereAsync(userId, s => s.Id != keep, cancellationToken);

    /// <summary>Forgets this instance's remembered checks of the user's sessions, so their next request reads the rows again.</summary>
    public async Task ForgetAllOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var startedAfter = clock.GetUtcNow() - AbsoluteLifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.UserSessions.Where(s => s.UserId == userId && s.CreatedAt > startedAfter).Select(s => s.Id).ToListAsync(cancellationToken);
        ids.ForEach(id => _open.Remove(id));
    }

    public void Dispose() => _open.Dispose();

    private async Task<int> EndWhereAsync(Guid userId, System.Linq.Expressions.Expression<Func<UserSession, bool>> which, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ending = db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).Where(which);
        var ids = await ending.Select(s => s.Id).ToListAsync(cancellationToken);
        var ended = await db.UserSessions.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        ids.ForEach(id => _open.Remove(id));
        return ended;
    }

    private void Remember(Guid sessionId, Guid userId, DateTimeOffset createdAt)
    {
        var until = clock.GetUtcNow() + AccessChecks.Interval;
        var lifetimeEnds = createdAt + AbsoluteLifetime;
        _open.Set(sessionId, userId, new MemoryCacheEntryOptions
        {
            AbsoluteExpiration = lifetimeEnds < until ? lifetimeEnds : until,
            Size = 1,
        });
    }

    // MemoryCacheOptions.Clock takes the older ISystemClock; expiry then follows the app's TimeProvider.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}
