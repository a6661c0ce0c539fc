using HybridTrainer.Data.Resilience;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// PostgreSQL unreachable is not a bug: the API answers 503 problem details with Retry-After, pages get the friendly
/// error page with status 503 (see <see cref="StatusCode"/>). The process stays up and recovers with the database.
/// </summary>
internal sealed partial class DatabaseUnavailableHandler(
        IProblemDetailsService problems, IStringLocalizer<InfrastructureText> text, ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    /// <summary>The status the exception handler middleware sets before any handler or error page runs.</summary>
    public static int StatusCode(Exception exception) =>
        DatabaseFailures.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailures.IsUnavailable(exception))
        {
            return false;
        }

        LogUnavailable(httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!ApiRequests.Is(httpContext))
        {
            return false; // the page pipeline re-executes /error, which keeps the 503 and the header
        }

        using var language = await RequestLanguage.UseAsync(httpContext);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = text["DatabaseUnavailableTitle"],
                Detail = text["DatabaseUnavailableDetail", RetryAfterSeconds],
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving {Path}: {Reason}")]
    private partial void LogUnavailable(PathString path, string reason);
}
