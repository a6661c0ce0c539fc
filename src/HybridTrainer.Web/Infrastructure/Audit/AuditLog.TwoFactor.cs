namespace HybridTrainer.Web.Infrastructure.Audit;

/// <summary>Second factors: authenticator app, recovery codes, passkeys. Never a code, a key or a credential.</summary>
internal sealed partial class AuditLog
{
    [LoggerMessage(EventId = 5201, EventName = "TwoFactorEnabled", Level = LogLevel.Information,
        Message = "Audit: user {UserId} turned on sign-in with an authenticator app")]
    public partial void TwoFactorEnabled(Guid userId);

    [LoggerMessage(EventId = 5202, EventName = "TwoFactorDisabled", Level = LogLevel.Information,
        Message = "Audit: user {UserId} turned off sign-in with an authenticator app")]
    public partial void TwoFactorDisabled(Guid userId);

    [LoggerMessage(EventId = 5203, EventName = "RecoveryCodesRenewed", Level = LogLevel.Information,
        Message = "Audit: user {UserId} made new recovery codes; the old ones no longer work")]
    public partial void RecoveryCodesRenewed(Guid userId);

    [LoggerMessage(EventId = 5204, EventName = "SecondFactorSignInSucceeded", Level = LogLevel.Information,
        Message = "Audit: user {UserId} signed in with a second factor ({Factor})")]
    public partial void SecondFactorSignInSucceeded(Guid userId, string factor);

    [LoggerMessage(EventId = 5205, EventName = "SecondFactorRefused", Level = LogLevel.Warning,
        Message = "Audit: a wrong {Factor} was given for user {UserId} at sign-in")]
    public partial void SecondFactorRefused(Guid userId, string factor);

    [LoggerMessage(EventId = 5206, EventName = "PasskeyAdded", Level = LogLevel.Information,
        Message = "Audit: user {UserId} added a passkey")]
    public partial void PasskeyAdded(Guid userId);

    [LoggerMessage(EventId = 5207, EventName = "PasskeyRemoved", Level = LogLevel.Information,
        Message = "Audit: user {UserId} removed a passkey")]
    public partial void PasskeyRemoved(Guid userId);

    [LoggerMessage(EventId = 5208, EventName = "PasskeySignInSucceeded", Level = LogLevel.Information,
        Message = "Audit: user {UserId} signed in with a passkey")]
    public partial void PasskeySignInSucceeded(Guid userId);

    [LoggerMessage(EventId = 5209, EventName = "PasskeySignInFailed", Level = LogLevel.Warning,
        Message = "Audit: a passkey sign-in failed ({Reason})")]
    public partial void PasskeySignInFailed(string reason);

    [LoggerMessage(EventId = 5210, EventName = "SecondFactorResetByGymAdmin", Level = LogLevel.Warning,
        Message = "Audit: gym admin {ByUserId} reset the second factor of user {UserId} of gym {GymId}")]
    public partial void SecondFactorResetByGymAdmin(Guid userId, Guid gymId, Guid byUserId);

    [LoggerMessage(EventId = 5211, EventName = "GymSecondFactorRequirementChanged", Level = LogLevel.Information,
        Message = "Audit: gym admin {ByUserId} set \"second factor required for coaches, staff and admins\" of gym {GymId} to {Required}")]
    public partial void GymSecondFactorRequirementChanged(Guid gymId, bool required, Guid byUserId);
}
