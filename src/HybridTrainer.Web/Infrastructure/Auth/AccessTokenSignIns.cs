using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Recent bearer sign-ins by token hash, so a script calling the API many times a second does not rebuild the user's
/// principal (token, user, roles: five database commands) on every request. An entry lives <see cref="Lifetime"/> at
/// most and never past the token's expiry. Revoking a token forgets it on this instance at once and on the others when
/// they hear the access-ended notice (about a second, see <see cref="AccessTokenRevocation.ForgetAsync"/>); the lifetime
/// bounds the rare case of a lost notice. Rebuilding once per lifetime costs a busy script nothing measurable (five
/// commands every ten seconds against hundreds of requests a second).
/// </summary>
internal sealed class AccessTokenSignIns(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Bounded: a flood of distinct valid tokens evicts old entries instead of growing the heap.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000, Clock = new SystemClockAdapter(clock) });

    public bool TryGet(byte[] tokenHash, out ClaimsPrincipal principal)
    {
        if (_cache.TryGetValue(Key(tokenHash), out ClaimsPrincipal? cached) && cached is not null)
        {
            // Handlers and middleware may add claims to the request's principal: every request gets its own copy.
            principal = cached.Clone();
            return true;
        }

        principal = null!;
        return false;
    }

    public void Remember(byte[] tokenHash, ClaimsPrincipal principal, DateTimeOffset? expiresAt)
    {
        var until = clock.GetUtcNow() + Lifetime;
        _cache.Set(Key(tokenHash), principal.Clone(), new MemoryCacheEntryOptions
        {
            AbsoluteExpiration = expiresAt is { } end && end < until ? end : until,
            Size = 1,
        });
    }

    public void Forget(byte[] tokenHash) => _cache.Remove(Key(tokenHash));

    public void Dispose() => _cache.Dispose();

    private static string Key(byte[] tokenHash) => Convert.ToHexString(tokenHash);

    // MemoryCacheOptions.Clock takes the older ISystemClock; expiry then follows the app's TimeProvider.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}
