using System.Security.Claims;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

/// <summary>Who the provider says signed in: its subject id, address, name, zone and groups, read from its claims.</summary>
internal sealed record ExternalIdentity(
    string Provider,
    string Subject,
    string? Email,
    bool EmailVerified,
    string? Name,
    string? ZoneInfo,
    IReadOnlyList<string> Groups)
{
    /// <summary>
    /// Reads the raw OpenID Connect claim names (inbound claim mapping is off). <c>email_verified</c> counts only when
    /// the provider says true in so many words; a provider that does not send it has not verified anything.
    /// </summary>
    public static ExternalIdentity? From(ClaimsPrincipal principal, string provider, string rolesClaim)
    {
        var subject = principal.FindFirstValue("sub");

        // A longer subject breaks OpenID Connect Core (255 at most) and could not be stored as the login's key.
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > Data.Configurations.IdentityUserLogins.MaxProviderKeyLength)
        {
            return null;
        }

        var verified = string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        var groups = principal.FindAll(rolesClaim).Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        return new ExternalIdentity(
            provider,
            subject,
            principal.FindFirstValue("email")?.Trim(),
            verified,
            principal.FindFirstValue("name"),
            principal.FindFirstValue("zoneinfo"),
            groups);
    }
}

/// <summary>Why a provider's sign-in was not let in; each has its own sentence on the friendly page.</summary>
internal enum ExternalSignInRefusal
{
    /// <summary>The hand-over from the provider was missing or expired, or the protocol check failed.</summary>
    NotCompleted,

    /// <summary>The provider sent no e-mail address.</summary>
    NoEmail,

    /// <summary>An account with the address exists, but the provider has not verified that the person owns it.</summary>
    EmailNotVerified,

    /// <summary>The account is locked for now.</summary>
    LockedOut,

    /// <summary>The account could not be created or linked (the address is not usable as a user name, a race).</summary>
    AccountNotSaved,
}

/// <summary>The account signed in, or why not.</summary>
internal sealed record ExternalSignInResult(Data.Identity.AppUser? User, ExternalSignInRefusal? Refusal, bool Created = false, bool Linked = false)
{
    public static ExternalSignInResult Refused(ExternalSignInRefusal refusal) => new(null, refusal);
}
