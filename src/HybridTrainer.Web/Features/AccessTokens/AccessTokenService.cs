using HybridTrainer.Web.Common;
using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.AccessTokens;

/// <summary>
/// The signed-in user's personal access tokens: created with a name, a lifetime and a scope, shown once (only the hash and the
/// first characters are kept), revoked at any time. A user holds at most <see cref="MaximumActive"/> working tokens.
/// </summary>
internal sealed class AccessTokenService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    AccessTokenRevocation revocation,
    UserManager<AppUser> users,
    CurrentPasswordCheck passwords,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<AccessTokensText> text)
{
    public const int MaximumActive = 20;

    /// <summary>The English wording of the wrong-password message; the page shows it in the reader's language.</summary>
    public const string WrongPassword = CurrentPasswordCheck.WrongPassword;

    /// <summary>The refusal once wrong passwords have locked the account; the page then signs the session out.</summary>
    public static readonly Failure LockedOut = CurrentPasswordCheck.LockedOut;

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

    /// <summary>
    /// The new token in clear, to show once; or an error for the person. The current password must be right; a wrong
    /// one counts towards the lock-out (<see cref="LockedOut"/>).
    /// </summary>
    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal user, CreateTokenInput input, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId) || await users.FindByIdAsync(userId.ToString()) is not { } account)
        {
            return Failure.Forbidden(text["LogInToCreate"]);
        }

        switch (await passwords.CheckAsync(account, input.CurrentPassword, "access token creation"))
        {
            case CurrentPassword.Wrong:
                return Failure.Invalid(nameof(CreateTokenInput.CurrentPassword), text["WrongPassword"]);
            case CurrentPassword.LockedOut:
                return LockedOut;
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.PersonalAccessTokens.CountAsync(
            t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        if (active >= MaximumActive)
        {
            return Failure.Conflict(text["TooManyTokens", MaximumActive]);
        }

        var token = SecretTokens.New(SecretTokens.AccessTokenPrefix);
        var created = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = input.Name.Trim(),
            Prefix = SecretTokens.Visible(token),
            TokenHash = SecretTokens.Hash(token),
            Scope = input.Scope,
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ExpiresInDays),
        };
        db.PersonalAccessTokens.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        audit.AccessTokenCreated(userId, created.Id, created.Prefix, created.Scope);
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
        var found = await db.PersonalAccessTokens
            .Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .Select(t => new { t.TokenHash, t.Prefix })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        var revoked = await db.PersonalAccessTokens
            .Where(t => t.Id == tokenId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken) > 0;
        // This instance stops accepting it now, the others when they hear the notice.
        await revocation.ForgetAsync(userId, [found.TokenHash], cancellationToken);
        if (revoked)
        {
            audit.AccessTokenRevoked(userId, tokenId, found.Prefix);
        }

        return revoked;
    }
}
