using Microsoft.Net.Http.Headers;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Refuses a Blazor circuit (<c>/_blazor</c> negotiate or WebSocket) that a page on another site opened with the person's
/// cookie: browsers always send <c>Origin</c> there, and its host must be the app's own (after the proxy's forwarded
/// headers). The port is not compared, as for "same site", since a proxy may pass the host without it. No Origin means
/// no browser, so nothing to guard.
/// </summary>
internal static class BlazorHubOrigins
{
    public static IApplicationBuilder UseBlazorHubOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/_blazor") && IsCrossSite(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    });

    public static bool IsCrossSite(HttpRequest request)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase);
    }
}
