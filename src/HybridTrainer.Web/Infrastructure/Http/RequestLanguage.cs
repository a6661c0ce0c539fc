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
            if (Supported(await provider.DetermineProviderCultureResult(context)) is { } supported)
            {
                return supported;
            }
        }

        return Languages.English;
    }

    /// <summary>
    /// The first language the app speaks among a provider's cultures, in its order: "es-MX" is Spanish, as the
    /// middleware falls back to the parent culture. Nothing when it names none.
    /// </summary>
    public static string? Supported(ProviderCultureResult? result) =>
        (result?.UICultures ?? []).Select(c => c.Value?.Split('-')[0].ToLowerInvariant()).FirstOrDefault(Languages.IsSupported);
}
