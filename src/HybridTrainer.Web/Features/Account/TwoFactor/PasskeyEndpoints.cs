using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>
/// The WebAuthn options the browser's <c>navigator.credentials</c> calls need (wwwroot/js/passkey-submit.js). Both are
/// posts with the page's antiforgery token in a header: the challenge they create is kept in a short-lived cookie of
/// Identity's, so another site must not be able to start one in the person's browser.
/// </summary>
internal static class PasskeyEndpoints
{
    public static IEndpointRouteBuilder MapPasskeyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/passkey/creation-options", CreationOptionsAsync).RequireAuthorization();
        // Anyone on the log-in page asks for these; the limit is the log-in form's.
        app.MapPost("/account/passkey/request-options", RequestOptionsAsync).AllowAnonymous().RequireRateLimiting(RateLimits.AccountForms);
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CreationOptionsAsync(
        HttpContext context, UserManager<AppUser> users, SignInManager<AppUser> signIn, IAntiforgery antiforgery, IStringLocalizer<TwoFactorText> text)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Expired(text);
        }

        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return TypedResults.Problem(text["LogInToAddPasskey"], statusCode: StatusCodes.Status401Unauthorized);
        }

        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(),
            Name = user.Email ?? user.UserName ?? user.Id.ToString(),
            DisplayName = user.DisplayName,
        });
        return TypedResults.Content(options, "application/json");
    }

    // No user name: the passkey itself says whose it is (a discoverable credential), so the page asks for nothing first.
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RequestOptionsAsync(
        HttpContext context, SignInManager<AppUser> signIn, IAntiforgery antiforgery, IStringLocalizer<TwoFactorText> text)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Expired(text);
        }

        return TypedResults.Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");
    }

    private static ProblemHttpResult Expired(IStringLocalizer<TwoFactorText> text) =>
        TypedResults.Problem(text["PageExpired"], statusCode: StatusCodes.Status400BadRequest);
}
