using HybridTrainer.Data;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace HybridTrainer.Web.Infrastructure.Localization;

/// <summary>
/// Keeps the browser's language of a person's last sign-in, so e-mails sent while they are away are written in the
/// language their pages show them, until they choose one. One narrow update, only when it changed.
/// </summary>
internal static class BrowserLanguageAtSignIn
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        var next = options.Events.OnSignedIn;
        options.Events.OnSignedIn = async context =>
        {
            await next(context);
            if (FromHeader(context.Request.Headers.AcceptLanguage) is { } language
                && context.Principal is { } principal && UserIds.TryGet(principal, out var userId))
            {
                var db = context.HttpContext.RequestServices.GetRequiredService<HybridTrainerDbContext>();
                await db.Users
                    .Where(u => u.Id == userId && (u.BrowserLanguage == null || u.BrowserLanguage != language))
                    .ExecuteUpdateAsync(set => set.SetProperty(u => u.BrowserLanguage, language), context.HttpContext.RequestAborted);
            }
        };
    }

    /// <summary>The first language the app speaks among the browser's, by preference ("es-MX" counts as Spanish).</summary>
    public static string? FromHeader(StringValues acceptLanguage)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var values))
        {
            return null;
        }

        return values
            .Where(v => v.Quality is not 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Languages.All.FirstOrDefault(code => IsOf(v.Value.Value, code)))
            .FirstOrDefault(code => code is not null);
    }

    private static bool IsOf(string? tag, string code) =>
        tag is not null && tag.StartsWith(code, StringComparison.OrdinalIgnoreCase) && (tag.Length == code.Length || tag[code.Length] == '-');
}
