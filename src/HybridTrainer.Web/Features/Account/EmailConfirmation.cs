using System.Text;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Account;

/// <summary>What asking for another confirmation mail did.</summary>
internal enum ConfirmationMail
{
    Sent,
    AlreadyConfirmed,
    TooMany,
    Off,
    Failed,
}

/// <summary>
/// Confirming a new account's address, when the server sends e-mail: a link at registration and again on request.
/// An unconfirmed account still signs in (a banner asks to confirm); nothing changes when e-mail is off.
/// </summary>
internal sealed class EmailConfirmation(
    UserManager<AppUser> users,
    IEmailSender email,
    EmailOutbox outbox,
    EmailLinks links,
    AccountEmails emails,
    MailPerAddressLimit perAddress,
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    AuditLog audit)
{
    public bool MailIsOn => email.IsOn;

    /// <summary>After registration: the mail leaves in the background, the new account goes on at once.</summary>
    public async Task QueueAsync(AppUser user, string requestRoot)
    {
        if (email.IsOn && user.Email is { } to && perAddress.TryTake(to))
        {
            outbox.Enqueue(emails.ConfirmAddress(user, to, await LinkAsync(user, requestRoot)));
        }
    }

    /// <summary>"Send it again": sent while the person waits, so a failure can be told.</summary>
    public async Task<ConfirmationMail> SendAgainAsync(Guid userId, string requestRoot)
    {
        if (!email.IsOn)
        {
            return ConfirmationMail.Off;
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user?.Email is not { } to || user.EmailConfirmed)
        {
            return ConfirmationMail.AlreadyConfirmed;
        }

        if (!perAddress.TryTake(to))
        {
            return ConfirmationMail.TooMany;
        }

        var sent = await email.SendAsync(emails.ConfirmAddress(user, to, await LinkAsync(user, requestRoot)));
        return sent == EmailOutcome.Sent ? ConfirmationMail.Sent : ConfirmationMail.Failed;
    }

    /// <summary>True when the link was right (or the address was confirmed already).</summary>
    public async Task<bool> ConfirmAsync(string userId, string code)
    {
        if (!Guid.TryParse(userId, out var id) || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return false;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        var result = await users.ConfirmEmailAsync(user, token);
        if (result.Succeeded)
        {
            audit.EmailConfirmed(user.Id);
        }

        return result.Succeeded;
    }

    /// <summary>Whether the banner asks this person to confirm: only when mail is on and the address is not confirmed.</summary>
    public async Task<bool> NeedsConfirmingAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        if (!email.IsOn)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId && !u.EmailConfirmed && u.Email != null, cancellationToken);
    }

    private async Task<string> LinkAsync(AppUser user, string requestRoot)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return links.Root(requestRoot) + $"/account/confirm-email?userId={user.Id}&code={Uri.EscapeDataString(code)}";
    }
}
