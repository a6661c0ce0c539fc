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

    /// <summary>
    /// The cookie handler prefixes its redirect with the request's scheme and Host header; only the path and query are
    /// kept, so a forged Host never appears in a Location header (the browser resolves the rest against the page).
    /// </summary>
    public static string Relative(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : redirectUri;

    private static async Task ProblemOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string detail)
    {
        if (!ApiRequests.Is(context.HttpContext))
        {
            context.Response.Redirect(Relative(context.RedirectUri));
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
