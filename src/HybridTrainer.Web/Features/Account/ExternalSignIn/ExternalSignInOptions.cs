using System.ComponentModel.DataAnnotations;
using HybridTrainer.Data.Identity;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

/// <summary>
/// The <c>Authentication:OpenIdConnect</c> section: single sign-on with the gym's own OpenID Connect provider. Without an
/// authority the provider is off and nothing else in the section may be set; with one, everything is checked at start-up
/// so a typo stops the app with a message instead of a broken log-in page.
/// </summary>
public sealed class ExternalSignInOptions : IValidatableObject
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's issuer (https://login.example.org/realms/gym); its discovery document is read from there.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: a public client signs in with PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the button: "Sign in with <c>DisplayName</c>".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Asked for besides <c>openid</c>; the app needs the address, hence <c>email</c>.</summary>
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>The claim carrying the person's groups at the provider.</summary>
    public string RolesClaim { get; set; } = "groups";

    /// <summary>Provider group → role here (and gym, for gym roles). Groups not listed give nothing.</summary>
    public Dictionary<string, GroupMapping> GroupMappings { get; set; } = [];

    /// <summary>Everyone signs in through the provider: no password log-in, registration or reset.</summary>
    public bool DisableLocalPasswordLogin { get; set; }

    public bool IsConfigured => Authority is not null;

    public string ButtonName => string.IsNullOrWhiteSpace(DisplayName) ? "single sign-on" : DisplayName.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            if (DisableLocalPasswordLogin)
            {
                yield return Error("DisableLocalPasswordLogin is true but no Authority is set: nobody could log in. Set Authority, ClientId and DisplayName, or leave password log-in on.", nameof(DisableLocalPasswordLogin));
            }

            if (!string.IsNullOrWhiteSpace(ClientId) || GroupMappings.Count > 0)
            {
                yield return Error("ClientId or GroupMappings are set but Authority is not: set the provider's issuer address as Authority.", nameof(Authority));
            }

            yield break;
        }

        if (!Authority!.IsAbsoluteUri || Authority.Scheme is not ("https" or "http"))
        {
            yield return Error($"Authority '{Authority}' must be the provider's absolute https address (its issuer).", nameof(Authority));
        }
        else if (Authority.Scheme == "http" && !Authority.IsLoopback)
        {
            yield return Error($"Authority '{Authority}' must use https: only a provider on this machine (loopback) may use plain http.", nameof(Authority));
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return Error("ClientId is missing: copy the client id the provider gave this app.", nameof(ClientId));
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            yield return Error("DisplayName is missing: it names the provider on the log-in button (\"Sign in with …\").", nameof(DisplayName));
        }

        if (!Scopes.Contains("openid", StringComparer.Ordinal))
        {
            yield return Error("Scopes must include 'openid'.", nameof(Scopes));
        }

        if (string.IsNullOrWhiteSpace(RolesClaim))
        {
            yield return Error("RolesClaim is empty: name the claim that carries the groups (often 'groups' or 'roles').", nameof(RolesClaim));
        }

        foreach (var (group, mapping) in GroupMappings)
        {
            foreach (var problem in mapping.Problems(group))
            {
                yield return Error(problem, nameof(GroupMappings));
            }
        }
    }

    private static ValidationResult Error(string message, string member) => new($"{Section}: {message}", [member]);
}

/// <summary>What one provider group gives: a role here and, for gym roles, the gym (its id).</summary>
public sealed class GroupMapping
{
    public string Role { get; set; } = "";

    public string? Gym { get; set; }

    public static readonly IReadOnlyList<string> Roles = [AppRoles.Athlete, AppRoles.Coach, AppRoles.GymStaff, AppRoles.GymAdmin];

    public Guid? GymId => Guid.TryParse(Gym, out var id) ? id : null;

    internal IEnumerable<string> Problems(string group)
    {
        if (!Roles.Contains(Role, StringComparer.Ordinal))
        {
            yield return $"GroupMappings:{group}: Role '{Role}' is not a role here; use one of {string.Join(", ", Roles)}.";
        }

        if (!string.IsNullOrWhiteSpace(Gym) && GymId is null)
        {
            yield return $"GroupMappings:{group}: Gym '{Gym}' is not a gym id; use the gym's id (a GUID).";
        }

        if (Role is AppRoles.GymStaff or AppRoles.GymAdmin && string.IsNullOrWhiteSpace(Gym))
        {
            yield return $"GroupMappings:{group}: Role {Role} needs a Gym (the gym's id).";
        }
    }
}
