using System.Security.Cryptography;
using HybridTrainer.Data.Notifications;
using Microsoft.AspNetCore.DataProtection;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// The token in a notification's unsubscribe link: the person and the kind of e-mail, protected with the app's Data
/// Protection keys (shared by every instance through the database) and valid for <see cref="Lifetime"/>. Nothing is
/// stored: a token cannot be forged or changed to another person, and an old mail's link stops working by itself.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("HybridTrainer.Notifications.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string For(Guid userId, NotificationKind kind) =>
        _protector.Protect($"{userId:N}.{kind}", clock.GetUtcNow() + Lifetime);

    /// <summary>Who and what the token unsubscribes; null when it is altered, expired or not a token at all.</summary>
    public (Guid UserId, NotificationKind Kind)? Read(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1_000)
        {
            return null;
        }

        try
        {
            var text = _protector.Unprotect(token, out var expires);
            var parts = text.Split('.');
            return expires > clock.GetUtcNow() && parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var userId)
                && Enum.TryParse<NotificationKind>(parts[1], out var kind) && Enum.IsDefined(kind)
                ? (userId, kind)
                : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
