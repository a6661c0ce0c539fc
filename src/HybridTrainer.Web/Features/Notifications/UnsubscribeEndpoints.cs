using System.Globalization;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>
/// The one-click unsubscribe (RFC 8058): mail programs POST <c>List-Unsubscribe=One-Click</c> to the link with no
/// cookie and no antiforgery token, so the token in the path is the only credential and the endpoint takes no other.
/// The confirm page (<see cref="UnsubscribePage"/>, GET on the same path) posts here too and is sent back to itself.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public const string Route = "/unsubscribe/{token}";

    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, UnsubscribeAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Unsubscribe)
            // The confirm page answers GET on the same path and, as every page, would also take its POST: this comes first.
            .WithOrder(-1)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> UnsubscribeAsync(
        string token,
        HttpRequest request,
        UnsubscribeTokens tokens,
        NotificationSettings settings,
        IStringLocalizer<NotificationText> text,
        CancellationToken cancellationToken)
    {
        var fromPage = request.HasFormContentType && (await request.ReadFormAsync(cancellationToken))["source"] == "page";
        if (tokens.Read(token) is not { } target)
        {
            return fromPage
                ? TypedResults.Redirect($"/unsubscribe/{Uri.EscapeDataString(token)}")
                // Problem details: a mail program reads the status only, and a person's browser gets a sentence, not a page.
                : TypedResults.Problem(text["UnknownLinkDetail"], statusCode: StatusCodes.Status404NotFound, title: text["UnknownLinkTitle"]);
        }

        await settings.SwitchOffAsync(target.UserId, target.Kind, cancellationToken);
        return fromPage
            ? TypedResults.Redirect($"/unsubscribe/{Uri.EscapeDataString(token)}")
            : TypedResults.Text(text["UnsubscribedText", settings.Describe(target.Kind).ToLower(CultureInfo.CurrentCulture)].Value);
    }
}
