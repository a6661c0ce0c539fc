using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>Pages redirect to the log-in page; the API answers 401/403 problem details instead, which scripts can read.</summary>
internal static class ApiAwareCookie
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.Events.OnRedirectToLogin = context => ProblemOrRedirect(context, StatusCodes.Status401Unauthorized, "Sign in to use this endpoint.");
        options.Events.OnRedirectToAccessDenied = context => ProblemOrRedirect(context, StatusCodes.Status403Forbidden, "Your account may not use this endpoint.");
    }

    private static async Task ProblemOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string detail)
    {
        if (!ApiRequests.Is(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
