using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Language;

internal static class LanguageEndpoints
{
    public const string Path = "/language";

    /// <summary>
    /// Choosing a language is a form post that reloads the page: a circuit keeps the culture it started with. Open to
    /// people not signed in (the sign-in page has the chooser), who keep their choice in a cookie only.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ChooseAsync)
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<Results<RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ChooseAsync(
        HttpContext context,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        IStringLocalizer<LanguageText> text)
    {
        // The antiforgery middleware only records its verdict; a handler that binds no form must read it itself.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } || !context.Request.HasFormContentType)
        {
            return TypedResults.Problem(text["FormExpired"], statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var choice = LanguageChoice.From(form["language"], form["returnUrl"]);
        if (choice is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [text["Unsupported"]] });
        }

        WriteCookie(context, choice.Language);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
        {
            user.Language = choice.Language;
            await users.UpdateAsync(user);

            // A new cookie carries the choice as a claim, so every later request knows it without a query.
            await signIn.RefreshSignInAsync(user);
        }

        return TypedResults.Redirect(choice.ReturnUrl);
    }

    private static void WriteCookie(HttpContext context, string? language)
    {
        var name = CookieRequestCultureProvider.DefaultCookieName;
        if (language is null)
        {
            context.Response.Cookies.Delete(name);
            return;
        }

        context.Response.Cookies.Append(name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });
    }
}
