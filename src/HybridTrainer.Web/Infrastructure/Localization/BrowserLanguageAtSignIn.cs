using HybridTrainer.Data;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
            if (await FromAcceptLanguageAsync(context.HttpContext) is { } language
                && context.Principal is { } principal && UserIds.TryGet(principal, out var userId))
            {
                var db = context.HttpContext.RequestServices.GetRequiredService<HybridTrainerDbContext>();
                await db.Users
                    .Where(u => u.Id == userId && (u.BrowserLanguage == null || u.BrowserLanguage != language))
                    .ExecuteUpdateAsync(set => set.SetProperty(u => u.BrowserLanguage, language), context.HttpContext.RequestAborted);
            }
        };
    }

    /// <summary>
    /// The first language the app speaks among the browser's, by preference ("es-MX" counts as Spanish), as the
    /// configured Accept-Language provider reads the header: the same reading the request's own language gets.
    /// </summary>
    public static async Task<string?> FromAcceptLanguageAsync(HttpContext context)
    {
        var provider = context.RequestServices.GetService<IOptions<RequestLocalizationOptions>>()?.Value.RequestCultureProviders
            .OfType<AcceptLanguageHeaderRequestCultureProvider>().FirstOrDefault();
        return provider is null ? null : RequestLanguage.Supported(await provider.DetermineProviderCultureResult(context));
    }
}
