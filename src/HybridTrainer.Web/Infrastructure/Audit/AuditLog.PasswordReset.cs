namespace HybridTrainer.Web.Infrastructure.Audit;

/// <summary>Password resets and address confirmations: who, never the link or its code.</summary>
internal sealed partial class AuditLog
{
    public void PasswordResetRequested(string email, Guid? userId, bool mailed)
    {
        var fingerprint = Fingerprint(email);
        PasswordResetRequestedFor(fingerprint, userId, mailed);
    }

    [LoggerMessage(EventId = 5101, EventName = "PasswordResetRequested", Level = LogLevel.Information,
        Message = "Audit: a password reset was asked for the address with fingerprint {EmailFingerprint} (user {UserId}; mailed: {Mailed})")]
    private partial void PasswordResetRequestedFor(string emailFingerprint, Guid? userId, bool mailed);

    [LoggerMessage(EventId = 5102, EventName = "PasswordResetCompleted", Level = LogLevel.Information,
        Message = "Audit: user {UserId} reset their password by a link; {SessionsEnded} sessions ended, {TokensRevoked} access tokens revoked")]
    public partial void PasswordResetCompleted(Guid userId, int sessionsEnded, int tokensRevoked);

    [LoggerMessage(EventId = 5103, EventName = "PasswordResetRefused", Level = LogLevel.Warning,
        Message = "Audit: a password reset link for the address with fingerprint {EmailFingerprint} was refused (used, expired or altered)")]
    public partial void PasswordResetRefused(string emailFingerprint);

    [LoggerMessage(EventId = 5104, EventName = "PasswordResetLinkCreated", Level = LogLevel.Information,
        Message = "Audit: gym admin {ByUserId} created a password reset link for user {UserId} of gym {GymId}")]
    public partial void PasswordResetLinkCreated(Guid userId, Guid gymId, Guid byUserId);

    [LoggerMessage(EventId = 5105, EventName = "EmailConfirmed", Level = LogLevel.Information,
        Message = "Audit: user {UserId} confirmed their e-mail address")]
    public partial void EmailConfirmed(Guid userId);
}
