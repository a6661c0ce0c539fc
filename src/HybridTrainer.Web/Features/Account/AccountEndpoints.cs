using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Account;

internal static class AccountEndpoints
{
    /// <summary>Log out is an antiforgery-checked form post, never a link another site could trigger.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogOutAsync)
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    // The antiforgery middleware only records its verdict; a handler that binds no form must read it itself.
    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> LogOutAsync(HttpContext context, SignInManager<AppUser> signInManager, SignInSessions sessions, IStringLocalizer<AccountText> text)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.Problem(text["LogOutExpired"], statusCode: StatusCodes.Status400BadRequest);
        }

        // Ending the session row is what stops a copied cookie; deleting the browser's cookie alone would not.
        if (SignInSessions.IdOf(context.User) is { } sessionId && UserIds.TryGet(context.User, out var userId))
        {
            await sessions.EndAsync(userId, sessionId, context.RequestAborted);
        }

        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
