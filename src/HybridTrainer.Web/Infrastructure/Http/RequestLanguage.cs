using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// The request's language for answers written outside the localization middleware: an exception unwinds past it (and
/// its culture with it) to the exception handler, and some refusals run before it. The language it chose when it ran,
/// else what its providers would choose (the person's, the cookie, Accept-Language), else English.
/// </summary>
internal static class RequestLanguage
{
    public static async Task<LanguageScope> UseAsync(HttpContext context) => Languages.Use(await OfAsync(context));

    public static async Task<string> OfAsync(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } chosen)
        {
            return chosen.RequestCulture.UICulture.TwoLetterISOLanguageName;
        }

        var options = context.RequestServices.GetService<IOptions<RequestLocalizationOptions>>()?.Value;
        foreach (var provider in options?.RequestCultureProviders ?? [])
        {
            var result = await provider.DetermineProviderCultureResult(context);
            // "es-MX" is answered in Spanish, as the middleware falls back to the parent culture.
            var supported = (result?.UICultures ?? []).Select(c => c.Value?.Split('-')[0].ToLowerInvariant()).FirstOrDefault(Languages.IsSupported);
            if (supported is not null)
            {
                return supported;
            }
        }

        return Languages.English;
    }
}
