using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

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
    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> LogOutAsync(HttpContext context, SignInManager<AppUser> signInManager)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.Problem("The log-out form has expired. Reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }

        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
