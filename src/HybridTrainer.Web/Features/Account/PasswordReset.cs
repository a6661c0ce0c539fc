using System.Text;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Account;

/// <summary>What a reset link did.</summary>
internal enum ResetOutcome
{
    Done,

    /// <summary>Used before, expired, altered, or for no account: one answer for all, so the link tells nothing.</summary>
    LinkNotValid,

    /// <summary>The new password breaks the policy; the errors say how.</summary>
    PasswordRefused,
}

internal sealed record ResetResult(ResetOutcome Outcome, IReadOnlyList<string> PasswordErrors);

/// <summary>
/// Forgotten passwords: a one-time link by e-mail (Identity's reset token, valid for
/// <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>; the new security stamp a reset writes makes it fail
/// a second time). Completing a reset ends every sign-in session and revokes every access token of the account, as a
/// password change does, since whoever had the old password may be signed in somewhere.
/// </summary>
internal sealed class PasswordReset(
    UserManager<AppUser> users,
    IEmailSender email,
    EmailOutbox outbox,
    EmailLinks links,
    AccountEmails emails,
    MailPerAddressLimit perAddress,
    SignInSessions sessions,
    AccessTokenRevocation accessTokens,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions,
    AuditLog audit)
{
    public bool MailIsOn => email.IsOn;

    public TimeSpan LinkLifetime => tokenOptions.Value.TokenLifespan;

    /// <summary>
    /// Queues the reset mail when the address names an account. Takes the same time either way (the mail leaves in the
    /// background), and says nothing: the page answers the same whatever happened.
    /// </summary>
    public async Task RequestAsync(string address, string requestRoot)
    {
        if (!email.IsOn)
        {
            return;
        }

        var user = await users.FindByEmailAsync(address.Trim());
        var mailed = user?.Email is { } to && perAddress.TryTake(to);
        audit.PasswordResetRequested(address, user?.Id, mailed);
        if (mailed)
        {
            var link = await LinkAsync(user!, requestRoot);
            outbox.Enqueue(emails.PasswordReset(user!, link, LinkLifetime));
        }
    }

    /// <summary>A new reset link for the account, for an e-mail or for a gym admin to hand over.</summary>
    public async Task<string> LinkAsync(AppUser user, string requestRoot)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return links.Root(requestRoot) + $"/account/reset-password?code={Uri.EscapeDataString(code)}&email={Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}";
    }

    public async Task<ResetResult> ResetAsync(string address, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        if (user is null || Decode(code) is not { } token)
        {
            audit.PasswordResetRefused(AuditLog.Fingerprint(address));
            return new ResetResult(ResetOutcome.LinkNotValid, []);
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            audit.PasswordResetRefused(AuditLog.Fingerprint(address));
            return new ResetResult(ResetOutcome.LinkNotValid, []);
        }

        if (!result.Succeeded)
        {
            return new ResetResult(ResetOutcome.PasswordRefused, [.. result.Errors.Select(e => e.Description).Distinct()]);
        }

        // The owner proved they hold the mailbox (or an admin's link): earlier misses and a lock-out no longer apply.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        var ended = await sessions.EndAllExceptAsync(user.Id, keep: null);
        var revoked = await accessTokens.RevokeAllAsync(user.Id);
        audit.PasswordResetCompleted(user.Id, ended, revoked);
        return new ResetResult(ResetOutcome.Done, []);
    }

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
