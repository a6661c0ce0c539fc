using Microsoft.AspNetCore.Diagnostics;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Pages are mapped for GET only, so HEAD answered 404 where GET answers 200. A HEAD request is served as the GET it
/// stands for, its body thrown away (Kestrel sends none for HEAD anyway), so status and headers match GET's.
/// Likewise the not-found or error page re-executed for a POST renders as a GET: as a POST the page took it for a form
/// post naming no form and answered a bare 400 instead of the friendly page.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UsePagesAsGetForHeadAndErrorPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!(HttpMethods.IsHead(context.Request.Method) || (reExecuted && !HttpMethods.IsGet(context.Request.Method))) || ApiRequests.Is(context))
        {
            await next(context);
            return;
        }

        var (method, body) = (context.Request.Method, context.Response.Body);
        context.Request.Method = HttpMethods.Get;
        if (HttpMethods.IsHead(method))
        {
            context.Response.Body = Stream.Null;
        }

        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = method;
        }
    });

    /// <summary>
    /// Blazor refuses a form post naming no form of the page (_handler missing or unknown) with a 400 that has a
    /// text/plain content type and no body, which keeps the status page from running. Nothing is sent yet, so the
    /// content type is dropped and the friendly page is shown instead.
    /// </summary>
    public static IApplicationBuilder UseFriendlyPagesForBareRefusals(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0 && !ApiRequests.Is(context))
        {
            context.Response.ContentType = null;
            context.Response.ContentLength = null;
        }
    });
}
