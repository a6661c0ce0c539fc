using System.Security.Cryptography;
using System.Text;
using HybridTrainer.Data.Access;
using HybridTrainer.Data.Gyms;

namespace HybridTrainer.Web.Infrastructure.Audit;

/// <summary>
/// Security events (ASVS 5.0 V16) as structured log events under one category, <see cref="Category"/>, so they can be
/// routed, kept and searched apart from the rest. Each event has its own id and name. They carry ids, token prefixes
/// and a short fingerprint of an e-mail typed at log-in: never a password, a token or a cookie.
/// </summary>
internal sealed partial class AuditLog(ILoggerFactory loggers)
{
    public const string Category = "HybridTrainer.Audit";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the trimmed, lower-cased address: enough to link repeated failures for
    /// one address, not to read the address back.
    /// </summary>
    public static string Fingerprint(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..12];

    [LoggerMessage(EventId = 5001, EventName = "SignInSucceeded", Level = LogLevel.Information,
        Message = "Audit: user {UserId} signed in")]
    public partial void SignInSucceeded(Guid userId);

    public void SignInFailed(string email) => SignInFailedFor(Fingerprint(email));

    [LoggerMessage(EventId = 5002, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Audit: a sign-in failed for the address with fingerprint {EmailFingerprint}")]
    private partial void SignInFailedFor(string emailFingerprint);

    [LoggerMessage(EventId = 5003, EventName = "AccountLockedOut", Level = LogLevel.Warning,
        Message = "Audit: user {UserId} is locked out after repeated wrong passwords ({Where})")]
    public partial void AccountLockedOut(Guid userId, string where);

    [LoggerMessage(EventId = 5004, EventName = "PasswordChanged", Level = LogLevel.Information,
        Message = "Audit: user {UserId} changed their password; {TokensRevoked} access tokens revoked")]
    public partial void PasswordChanged(Guid userId, int tokensRevoked);

    [LoggerMessage(EventId = 5005, EventName = "WrongCurrentPassword", Level = LogLevel.Warning,
        Message = "Audit: user {UserId} gave a wrong current password ({Where})")]
    public partial void WrongCurrentPassword(Guid userId, string where);

    [LoggerMessage(EventId = 5006, EventName = "AccessTokenCreated", Level = LogLevel.Information,
        Message = "Audit: user {UserId} created access token {TokenId} ({TokenPrefix}…, {TokenScope})")]
    public partial void AccessTokenCreated(Guid userId, Guid tokenId, string tokenPrefix, AccessTokenScope tokenScope);

    [LoggerMessage(EventId = 5007, EventName = "AccessTokenRevoked", Level = LogLevel.Information,
        Message = "Audit: user {UserId} revoked access token {TokenId} ({TokenPrefix}…)")]
    public partial void AccessTokenRevoked(Guid userId, Guid tokenId, string tokenPrefix);

    [LoggerMessage(EventId = 5008, EventName = "AccessTokensRevokedAll", Level = LogLevel.Information,
        Message = "Audit: all {Count} working access tokens of user {UserId} were revoked")]
    public partial void AccessTokensRevokedAll(Guid userId, int count);

    [LoggerMessage(EventId = 5009, EventName = "RoleChanged", Level = LogLevel.Information,
        Message = "Audit: user {UserId} {Change} role {Role} (by {ByUserId})")]
    public partial void RoleChanged(Guid userId, string change, string role, Guid? byUserId);

    [LoggerMessage(EventId = 5012, EventName = "GymRoleRemoved", Level = LogLevel.Information,
        Message = "Audit: user {UserId} is no longer {GymRole} of gym {GymId} (by {ByUserId})")]
    public partial void GymRoleRemoved(Guid userId, GymRole gymRole, Guid gymId, Guid byUserId);

    [LoggerMessage(EventId = 5010, EventName = "AccessRefused", Level = LogLevel.Warning,
        Message = "Audit: user {UserId} was refused {Operation} on athlete {AthleteId}")]
    public partial void AccessRefused(Guid userId, string operation, Guid athleteId);

    [LoggerMessage(EventId = 5011, EventName = "ReadOnlyTokenWriteRefused", Level = LogLevel.Warning,
        Message = "Audit: user {UserId} tried {Method} {Path} with read-only access token {TokenId}")]
    public partial void ReadOnlyTokenWriteRefused(Guid userId, string method, string path, string tokenId);

    [LoggerMessage(EventId = 5013, EventName = "CalendarFeedCreated", Level = LogLevel.Information,
        Message = "Audit: user {UserId} created calendar feed {FeedId} for athlete {AthleteId}")]
    public partial void CalendarFeedCreated(Guid userId, Guid feedId, Guid athleteId);

    [LoggerMessage(EventId = 5014, EventName = "CalendarFeedRevoked", Level = LogLevel.Information,
        Message = "Audit: user {UserId} turned off their calendar feed for athlete {AthleteId}")]
    public partial void CalendarFeedRevoked(Guid userId, Guid athleteId);

    [LoggerMessage(EventId = 5015, EventName = "InvitationClaimed", Level = LogLevel.Information,
        Message = "Audit: user {UserId} accepted invitation {InvitationId} from user {InvitedByUserId}, granting role {Role}")]
    public partial void InvitationClaimed(Guid userId, Guid invitationId, Guid invitedByUserId, string role);
}
