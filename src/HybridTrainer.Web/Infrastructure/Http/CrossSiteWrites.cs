using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Refuses an API write a page on another site made the browser send with the person's cookie. A form or a Blob body
/// (multipart, text/plain) needs no CORS preflight, so the content type alone cannot stop it; the browser's own
/// <c>Sec-Fetch-Site</c> (or, from older browsers, <c>Origin</c>) says where the request came from. A bearer token is
/// never sent by a browser on its own, and a client that sends neither header is not a browser, so both pass.
/// </summary>
internal static class CrossSiteWrites
{
    public static IApplicationBuilder UseCrossSiteWriteRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsCrossSiteCookieWrite(context.Request))
        {
            // Before the localization middleware: the request's language is looked up here.
            using var language = await RequestLanguage.UseAsync(context);
            IStringLocalizer<InfrastructureText> text = context.RequestServices.GetRequiredService<IStringLocalizer<InfrastructureText>>();
            await TypedResults.Problem(detail: text["CrossSiteDetail"], statusCode: StatusCodes.Status403Forbidden, title: text["CrossSiteTitle"])
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    public static bool IsCrossSiteCookieWrite(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers[HeaderNames.Origin].ToString();
        return origin.Length > 0
            && !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }
}
