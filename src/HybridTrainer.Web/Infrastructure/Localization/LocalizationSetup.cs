using Microsoft.AspNetCore.Localization;

namespace HybridTrainer.Web.Infrastructure.Localization;

/// <summary>
/// Words come from resource files beside the code that shows them (<c>Features/Plan/PlanText.resx</c> and
/// <c>PlanText.es.resx</c>), read through <c>IStringLocalizer&lt;PlanText&gt;</c>. A request's language is, in order: the
/// person's choice, the language cookie (someone not signed in who picked one), the browser's Accept-Language, English.
/// Never the query string: a shared link must not switch the reader's language.
/// </summary>
internal static class LocalizationSetup
{
    public static IServiceCollection AddHybridTrainerLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.All.Select(Languages.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new PersonLanguageCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
