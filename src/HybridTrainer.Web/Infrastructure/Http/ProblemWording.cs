using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// The framework's own problem titles ("Not Found", "Unauthorized", "Forbidden"), where no code of ours chose one: a
/// route miss, a bare 404 or 405, a bearer token's challenge or refusal. They are worded in the request's language,
/// and a problem without a detail gets one. Titles our code chose are left alone.
/// </summary>
internal static class ProblemWording
{
    private static IStringLocalizer<InfrastructureText> Text => InfrastructureWords.Text;

    // The English titles the framework fills in (ProblemDetailsDefaults) before the customisation runs, by status.
    private static readonly Dictionary<int, (string Framework, string Title, string Detail)> Defaults = new()
    {
        [StatusCodes.Status401Unauthorized] = ("Unauthorized", "UnauthorizedTitle", "SignInForEndpoint"),
        [StatusCodes.Status403Forbidden] = ("Forbidden", "ForbiddenTitle", "AccountMayNotUseEndpoint"),
        [StatusCodes.Status404NotFound] = ("Not Found", "DefaultNotFoundTitle", "DefaultNotFoundDetail"),
        [StatusCodes.Status405MethodNotAllowed] = ("Method Not Allowed", "DefaultMethodNotAllowedTitle", "DefaultMethodNotAllowedDetail"),
    };

    public static void Configure(ProblemDetailsOptions options) => options.CustomizeProblemDetails = Word;

    private static void Word(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || !Defaults.TryGetValue(status, out var words)
            || (problem.Title is not null && !string.Equals(problem.Title, words.Framework, StringComparison.Ordinal)))
        {
            return;
        }

        // Status-code pages write after the localization middleware has returned (and its culture with it); the
        // language it chose is still on the request. Before it ran, the current culture is the caller's to set.
        using LanguageScope? language = context.HttpContext.Features.Get<IRequestCultureFeature>() is { } chosen
            ? Languages.Use(chosen.RequestCulture.UICulture.TwoLetterISOLanguageName)
            : null;
        problem.Title = Text[words.Title];
        problem.Detail ??= Text[words.Detail];
    }
}
