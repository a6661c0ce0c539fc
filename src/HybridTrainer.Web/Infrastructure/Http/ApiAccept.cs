namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// The API speaks JSON only. ASP.NET writes problem details only for clients that accept JSON; for one whose Accept
/// leaves JSON out (text/html, application/xml) a 401 challenge failed with a 500 and a route miss answered text/plain.
/// Such a client still gets its errors as problem details (RFC 9110 lets a server ignore Accept rather than answer 406).
/// </summary>
internal static class ApiAccept
{
    public static IApplicationBuilder UseProblemDetailsWhateverTheAcceptHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var accept = context.Request.Headers.Accept;
        if (accept.Count > 0)
        {
            context.Request.Headers.Accept = $"{accept}, application/problem+json;q=0.001";
        }

        return next(context);
    });
}
