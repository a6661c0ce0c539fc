using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.AccessTokens;

/// <summary>
/// The signed-in user's personal access tokens: created with a name and a lifetime, shown once (only the hash and the
/// first characters are kept), revoked at any time. A user holds at most <see cref="MaximumActive"/> working tokens.
/// </summary>
internal sealed class AccessTokenService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AccessTokenSignIns signIns, AccessTokenRevocation revocation, TimeProvider clock)
{
    public const int MaximumActive = 20;

    public async Task<IReadOnlyList<PersonalAccessToken>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The new token in clear, to show once; or an error for the person.</summary>
    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal user, CreateTokenInput input, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return Failure.Forbidden("Log in again to create a token.");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.PersonalAccessTokens.CountAsync(
            t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        if (active >= MaximumActive)
        {
            return Failure.Conflict($"You already have {MaximumActive} working tokens; revoke one you no longer use first.");
        }

        var token = SecretTokens.New(SecretTokens.AccessTokenPrefix);
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = input.Name.Trim(),
            Prefix = SecretTokens.Visible(token),
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ExpiresInDays),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Revokes every working token of the caller; how many there were.</summary>
    public async Task<int> RevokeAllAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        UserIds.TryGet(user, out var userId) ? await revocation.RevokeAllAsync(userId, cancellationToken) : 0;

    /// <summary>Revokes one of the caller's tokens; false when it is not theirs or already revoked.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal user, Guid tokenId, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = await db.PersonalAccessTokens
            .Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.TokenHash)
            .SingleOrDefaultAsync(cancellationToken);
        if (hash is null)
        {
            return false;
        }

        var revoked = await db.PersonalAccessTokens
            .Where(t => t.Id == tokenId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken) > 0;
        // This instance stops accepting it now; other instances within AccessTokenSignIns.Lifetime.
        signIns.Forget(hash);
        return revoked;
    }
}
