using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

internal static class ExternalSignInServiceCollectionExtensions
{
    /// <summary>The authentication scheme (and login provider name) of the gym's OpenID Connect provider.</summary>
    public const string Scheme = "OpenIdConnect";

    public const string FailedPath = "/account/external-login/failed";

    /// <summary>
    /// Settings from <c>Authentication:OpenIdConnect</c>, checked at start-up; the provider's scheme exists only when an
    /// authority is set. Authorization code flow with PKCE; no token is kept (the app only needs who signed in).
    /// </summary>
    public static IServiceCollection AddExternalSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExternalSignInOptions>()
            .BindConfiguration(ExternalSignInOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PasswordLogin>();
        services.AddScoped<ExternalAccounts>();

        var settings = configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>();
        if (settings?.IsConfigured != true)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, settings.ButtonName, _ => { });
        services.AddOptions<OpenIdConnectOptions>(Scheme)
            .Configure<IOptions<ExternalSignInOptions>, IHostEnvironment>((oidc, external, environment) =>
                Configure(oidc, external.Value, SecureCookies.Required(configuration, environment)));
        return services;
    }

    private static void Configure(OpenIdConnectOptions oidc, ExternalSignInOptions settings, bool secureCookies)
    {
        oidc.Authority = settings.Authority?.AbsoluteUri;
        // Plain-http discovery only for a provider on this machine (a local test or demo provider): anywhere else the
        // metadata, keys and tokens must come over TLS, and start-up validation refuses a non-loopback http authority.
        oidc.RequireHttpsMetadata = settings.Authority?.IsLoopback != true;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The code comes back as a top-level GET: the correlation and nonce cookies can then be SameSite=Lax (form_post
        // needs SameSite=None, which browsers drop on plain http), and a cross-site form post need not be let through.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.SaveTokens = false;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.Scope.Clear();
        foreach (var scope in settings.Scopes.Distinct(StringComparer.Ordinal))
        {
            oidc.Scope.Add(scope);
        }

        // The user-info answer is merged into the id_token's claims through these actions only.
        oidc.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        oidc.ClaimActions.MapUniqueJsonKey("zoneinfo", "zoneinfo");
        oidc.ClaimActions.MapJsonKey(settings.RolesClaim, settings.RolesClaim);
        oidc.TokenValidationParameters.NameClaimType = "name";

        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        }

        oidc.Events.OnRemoteFailure = context =>
        {
            Refuse(context.HttpContext, context.Failure);
            context.HandleResponse();
            return Task.CompletedTask;
        };
        oidc.Events.OnAuthenticationFailed = context =>
        {
            Refuse(context.HttpContext, context.Exception);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// A wrong state, nonce, issuer or audience, or an error from the provider: one Warning line (the exception's message,
    /// which IdentityModel keeps free of token contents) and the friendly page, never the exception page.
    /// </summary>
    private static void Refuse(HttpContext context, Exception? failure)
    {
        var provider = context.RequestServices.GetRequiredService<IOptions<ExternalSignInOptions>>().Value.ButtonName;
        context.RequestServices.GetRequiredService<AuditLog>().ExternalSignInFailed(provider, failure?.Message ?? "unknown failure");
        context.Response.Redirect($"{context.Request.PathBase}{FailedPath}");
    }
}
