using HybridTrainer.Data;
using HybridTrainer.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Ends every working personal access token of one account at once: the "revoke all" button, and a password change
/// unless the person chose to keep their scripts running. The sign-in cache forgets them here at the same moment, and
/// other instances when they hear the notice (see <see cref="ForgetAsync"/>).
/// </summary>
internal sealed class AccessTokenRevocation(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AccessTokenSignIns signIns, AccessEndedNotices notices, AuditLog audit, TimeProvider clock)
{
    /// <summary>How many tokens were still working and are revoked now.</summary>
    public async Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var working = db.PersonalAccessTokens.Where(t => t.UserId == userId && t.RevokedAt == null);
        var hashes = await working.Select(t => t.TokenHash).ToListAsync(cancellationToken);
        var revoked = await working.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await ForgetAsync(userId, hashes, cancellationToken);
        if (revoked > 0)
        {
            audit.AccessTokensRevokedAll(userId, revoked);
        }

        return revoked;
    }

    /// <summary>
    /// Revoked tokens stop signing in everywhere: on this instance at once, on the others when they hear the account's
    /// access-ended notice (PostgreSQL NOTIFY, about a second; they then forget all the account's bearer sign-ins and
    /// read them again), and should the notice be lost, when their cached sign-in ends (<see cref="AccessTokenSignIns.Lifetime"/>).
    /// </summary>
    public async Task ForgetAsync(Guid userId, IEnumerable<byte[]> tokenHashes, CancellationToken cancellationToken = default)
    {
        foreach (var hash in tokenHashes)
        {
            signIns.Forget(hash);
        }

        await notices.PublishAsync(userId, cancellationToken);
    }
}
