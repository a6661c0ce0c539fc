using System.Security.Claims;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>The claims a bearer sign-in adds to the account's own: which token it was and what it may do.</summary>
public static class AccessTokenClaims
{
    public const string Scope = "hybridtrainer:token_scope";

    public const string TokenId = "hybridtrainer:token_id";
}

/// <summary>
/// One gate for every API write: a request signed in with a read-only token may read (GET, HEAD, OPTIONS) and nothing
/// else, whatever the endpoint. Endpoints need not remember it; new ones are covered the day they are mapped.
/// </summary>
internal static class ReadOnlyAccessTokens
{
    /// <summary>The refusal in English; a client asking for Spanish reads it in Spanish.</summary>
    public const string Refusal = "This access token is read-only. Create a read-write token on your account's access tokens page to change data.";

    public static IApplicationBuilder UseReadOnlyAccessTokens(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (ApiRequests.Is(context) && !IsRead(context.Request.Method)
            && context.User.FindFirstValue(AccessTokenClaims.Scope) == nameof(AccessTokenScope.ReadOnly))
        {
            await RefuseAsync(context);
            return;
        }

        await next(context);
    });

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static async Task RefuseAsync(HttpContext context)
    {
        if (UserIds.TryGet(context.User, out var userId))
        {
            context.RequestServices.GetRequiredService<AuditLog>().ReadOnlyTokenWriteRefused(
                userId, context.Request.Method, context.Request.Path, context.User.FindFirstValue(AccessTokenClaims.TokenId) ?? "");
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        IStringLocalizer<AuthText> text = context.RequestServices.GetRequiredService<IStringLocalizer<AuthText>>();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Detail = text["ReadOnlyRefusal"] },
        });
    }
}
