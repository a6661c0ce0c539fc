using System.Text;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>What an authenticator app needs to be set up: the shared key (for typing) and the otpauth URI as a QR code.</summary>
internal sealed record AuthenticatorSetup(string Key, string FormattedKey, string Uri, string QrSvg);

/// <summary>
/// Sign-in codes from an authenticator app (RFC 6238 TOTP, Identity's own token provider, which accepts the code of the
/// step before and after as well, for clocks a little off), and the ten single-use recovery codes that go with them.
/// </summary>
internal sealed class AuthenticatorApp(UserManager<AppUser> users, IUserStore<AppUser> store, HybridTrainerDbContext db, IStringLocalizer<TwoFactorText> text)
{
    public const string Issuer = "HybridTrainer";
    public const int RecoveryCodeCount = 10;

    /// <summary>The key a set-up already started shows again (until codes are on); null before anyone asked for one.</summary>
    public async Task<AuthenticatorSetup?> PendingSetupAsync(AppUser user) =>
        await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key ? SetupFor(user, key) : null;

    /// <summary>
    /// Starts a set-up: makes and stores the key to enrol with, or returns the one already stored, so a second tab or
    /// a double click scans the same. It does not touch the security stamp: nothing is turned on yet.
    /// </summary>
    public async Task<AuthenticatorSetup> StartAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The scope's store is the user manager's own; ResetAuthenticatorKeyAsync would also change the stamp.
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
            try
            {
                await users.UpdateAsync(user);
            }
            catch (DbUpdateException)
            {
                // Another tab started a set-up at the same moment and stored its key first: forget ours, show that one.
                foreach (var entry in db.ChangeTracker.Entries<IdentityUserToken<Guid>>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                await db.Entry(user).ReloadAsync();
            }

            key = await users.GetAuthenticatorKeyAsync(user)
                ?? throw new InvalidOperationException("An authenticator key was stored but cannot be read back.");
        }

        return SetupFor(user, key);
    }

    private AuthenticatorSetup SetupFor(AppUser user, string key)
    {
        var account = user.Email ?? user.UserName ?? user.Id.ToString();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new AuthenticatorSetup(key, Format(key), uri, QrSvg.For(uri, text["QrCodeAlt"]));
    }

    /// <summary>Spaces and dashes people type between digit groups are ignored.</summary>
    public static string Normalize(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    public static bool LooksLikeCode(string? code) => Normalize(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public Task<bool> IsRightAsync(AppUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code));

    /// <summary>Turns the app on (new security stamp: other sessions end) and returns the recovery codes, to be shown once.</summary>
    public async Task<IReadOnlyList<string>> TurnOnAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>Replaces every recovery code: the old ones stop working at once.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    /// <summary>
    /// Turns the app off, forgets its key (a later set-up scans a new one, so an old phone's codes never work again) and
    /// its recovery codes. Each step saves a new security stamp, which ends the account's other sessions.
    /// </summary>
    public async Task TurnOffAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
    }

    public Task<int> RecoveryCodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    // "abcd efgh …": easier to type into a phone than one long run.
    private static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
