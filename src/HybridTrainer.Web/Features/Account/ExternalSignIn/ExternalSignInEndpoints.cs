using HybridTrainer.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HybridTrainer.Data.Identity;

namespace HybridTrainer.Web.Features.Account.ExternalSignIn;

internal static class ExternalSignInEndpoints
{
    public const string StartPath = "/account/external-login";

    public const string CallbackPath = "/account/external-login/callback";

    /// <summary>
    /// The start of a sign-in at the provider and its landing place here. Without a provider the start is "not found" and
    /// the landing place has nothing to hand over, so it shows the friendly page.
    /// The start is a plain link (GET): a form post would be stopped by the page's <c>form-action 'self'</c> policy as soon
    /// as it redirects to the provider, and starting a sign-in changes nothing until the person signs in there.
    /// </summary>
    public static IEndpointRouteBuilder MapExternalSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(StartPath, Start).AllowAnonymous();
        app.MapGet(CallbackPath, CallbackAsync).AllowAnonymous();
        return app;
    }

    private static Results<ChallengeHttpResult, NotFound> Start(HttpContext context, SignInManager<AppUser> signInManager, IOptions<ExternalSignInOptions> options, string? returnUrl)
    {
        if (!options.Value.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var callback = $"{context.Request.PathBase}{CallbackPath}?returnUrl={Uri.EscapeDataString(LocalPath(context, returnUrl))}";
        var properties = signInManager.ConfigureExternalAuthenticationProperties(ExternalSignInServiceCollectionExtensions.Scheme, callback);
        return TypedResults.Challenge(properties, [ExternalSignInServiceCollectionExtensions.Scheme]);
    }

    /// <summary>
    /// The provider's middleware has checked state, nonce, issuer, audience and signature and left who signed in in the
    /// short-lived external cookie; here that becomes an account and the app's own sign-in.
    /// </summary>
    private static async Task<RedirectHttpResult> CallbackAsync(
        HttpContext context,
        string? returnUrl,
        ExternalAccounts accounts,
        SignInManager<AppUser> signInManager,
        IOptions<ExternalSignInOptions> options,
        AuditLog audit)
    {
        var provider = options.Value.ButtonName;
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        // The external cookie is only a hand-over: gone whatever happens next.
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var identity = external.Principal is { } principal
            ? ExternalIdentity.From(principal, ExternalSignInServiceCollectionExtensions.Scheme, options.Value.RolesClaim)
            : null;
        if (identity is null)
        {
            audit.ExternalSignInFailed(provider, "no completed sign-in to hand over (expired, or the callback was opened directly)");
            return Failed(context, ExternalSignInRefusal.NotCompleted);
        }

        ExternalSignInResult result;
        try
        {
            result = await accounts.SignInAsync(identity, context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Two sign-ins of the same person at the same moment: the other one won; this one may simply be tried again.
            result = ExternalSignInResult.Refused(ExternalSignInRefusal.AccountNotSaved);
        }

        if (result.User is not { } user)
        {
            audit.ExternalSignInRefused(provider, result.Refusal.ToString()!, identity.Email);
            return Failed(context, result.Refusal!.Value);
        }

        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: ExternalSignInServiceCollectionExtensions.Scheme);
        audit.ExternalSignInSucceeded(user.Id, provider);
        return TypedResults.Redirect($"{context.Request.PathBase}{LocalPath(context, returnUrl)}");
    }

    private static RedirectHttpResult Failed(HttpContext context, ExternalSignInRefusal refusal) =>
        TypedResults.Redirect($"{context.Request.PathBase}{ExternalSignInServiceCollectionExtensions.FailedPath}?reason={refusal}");

    /// <summary>The return address as a path of this app ("/plan"), or "/" for anything else (another site, a scheme).</summary>
    private static string LocalPath(HttpContext context, string? returnUrl)
    {
        var baseUri = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
        var local = IdentityRedirectManager.LocalOrHome(returnUrl, baseUri);
        return local.StartsWith('/') ? local : "/" + local;
    }
}
