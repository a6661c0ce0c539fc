using HybridTrainer.Data.Gyms;

namespace HybridTrainer.Web.Infrastructure.Audit;

/// <summary>Single sign-on through the gym's OpenID Connect provider: who, through which provider, never a token.</summary>
internal sealed partial class AuditLog
{
    [LoggerMessage(EventId = 5401, EventName = "ExternalSignInSucceeded", Level = LogLevel.Information,
        Message = "Audit: user {UserId} signed in through {Provider}")]
    public partial void ExternalSignInSucceeded(Guid userId, string provider);

    [LoggerMessage(EventId = 5402, EventName = "ExternalLoginLinked", Level = LogLevel.Information,
        Message = "Audit: user {UserId} was linked to their {Provider} login by its verified e-mail address")]
    public partial void ExternalLoginLinked(Guid userId, string provider);

    [LoggerMessage(EventId = 5403, EventName = "ExternalAccountCreated", Level = LogLevel.Information,
        Message = "Audit: user {UserId} was created at their first sign-in through {Provider}")]
    public partial void ExternalAccountCreated(Guid userId, string provider);

    public void ExternalSignInRefused(string provider, string reason, string? email) =>
        ExternalSignInRefusedFor(provider, reason, email is null ? "-" : Fingerprint(email));

    [LoggerMessage(EventId = 5404, EventName = "ExternalSignInRefused", Level = LogLevel.Warning,
        Message = "Audit: a sign-in through {Provider} was refused ({Reason}) for the address with fingerprint {EmailFingerprint}")]
    private partial void ExternalSignInRefusedFor(string provider, string reason, string emailFingerprint);

    [LoggerMessage(EventId = 5405, EventName = "ExternalSignInFailed", Level = LogLevel.Warning,
        Message = "Audit: a sign-in through {Provider} did not complete: {Failure}")]
    public partial void ExternalSignInFailed(string provider, string failure);

    [LoggerMessage(EventId = 5406, EventName = "ExternalGymRoleChanged", Level = LogLevel.Information,
        Message = "Audit: user {UserId} {Change} {GymRole} of gym {GymId} through the groups {Provider} sent")]
    public partial void ExternalGymRoleChanged(Guid userId, string change, GymRole gymRole, Guid gymId, string provider);

    [LoggerMessage(EventId = 5407, EventName = "PasswordFormRefused", Level = LogLevel.Warning,
        Message = "Audit: a {Form} form post was refused: password log-in is switched off")]
    public partial void PasswordFormRefused(string form);
}
