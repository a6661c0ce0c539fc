using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// A body past its endpoint's limit (<see cref="RequestBodyLimits"/>): Kestrel stops reading and throws. The API answers
/// 413 problem details; a page gets the friendly error page with status 413. Nothing has been saved by then.
/// </summary>
internal sealed class OversizedBodyHandler(IProblemDetailsService problems, IStringLocalizer<InfrastructureText> text) : IExceptionHandler
{
    /// <summary>The status the exception handler middleware sets before any handler or error page runs.</summary>
    public static int StatusCode(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => StatusCodes.Status413PayloadTooLarge,
        _ => DatabaseUnavailableHandler.StatusCode(exception),
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (!ApiRequests.Is(httpContext))
        {
            return false; // the page pipeline re-executes /error, which keeps the 413
        }

        using var language = await RequestLanguage.UseAsync(httpContext);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = text["BodyTooLargeTitle"],
                Detail = TooLargeDetail(httpContext, text),
            },
        });
    }

    private static string TooLargeDetail(HttpContext context, IStringLocalizer<InfrastructureText> text) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            ? text["BodyTooLargeLimit", limit / 1024]
            : text["BodyTooLarge"];
}
