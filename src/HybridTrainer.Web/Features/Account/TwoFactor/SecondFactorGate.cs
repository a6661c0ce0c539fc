using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account.TwoFactor;

/// <summary>
/// Keeps someone whose gym requires a second factor they lack (the cookie's <see cref="SecondFactorRequirement.MissingClaim"/>)
/// on the set-up page: pages redirect there, the API answers 403 for the cookie, and no interactive circuit opens.
/// Personal access tokens are not affected (their principal is built by the same factory, so the token id is checked):
/// a token is a credential the person made on purpose for a script, and making new ones needs the (gated) tokens page.
/// </summary>
internal static class SecondFactorGate
{
    public const string SetUpPath = "/account/two-factor";

    // Enough to set a factor up, sign out, or read why: nothing that shows or changes training data.
    private static readonly string[] Open =
    [
        SetUpPath, "/account/passkey", "/account/logout", "/account/login", "/account/lockout", "/account/access-denied", "/not-found", "/error",
    ];

    public static IApplicationBuilder UseSecondFactorGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(c => c.Type == SecondFactorRequirement.MissingClaim)
            || context.User.HasClaim(c => c.Type == AccessTokenClaims.TokenId)
            || IsOpen(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (ApiRequests.Is(context) || context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            IStringLocalizer<TwoFactorText> text = context.RequestServices.GetRequiredService<IStringLocalizer<TwoFactorText>>();
            await TypedResults.Problem(
                detail: text["SecondFactorRequiredProblem"],
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        context.Response.Redirect($"{SetUpPath}?required=true");
    });

    // Static files (a dot in the last segment: styles, scripts, images) are what the set-up page itself needs.
    private static bool IsOpen(PathString path) =>
        Open.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase))
        || (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && Path.HasExtension(path.Value));
}
