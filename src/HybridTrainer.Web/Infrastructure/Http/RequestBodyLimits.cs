using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.SignalR;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// How large a request body may be, per endpoint: JSON writes <see cref="Json"/>, form posts <see cref="Form"/>, an
/// endpoint that needs more declares it with <see cref="WithBodyLimit"/> (the activity upload). Kestrel's own default is
/// 30 MB for everything, which let a script send a million logged sets to be buffered and parsed. Kestrel refuses a
/// body past the limit while it is read; <see cref="OversizedBodyHandler"/> turns that into a 413.
/// </summary>
internal static class RequestBodyLimits
{
    /// <summary>Every JSON request of the API is far smaller; <see cref="JsonBody"/> reads at most this much.</summary>
    public const long Json = JsonBody.MaximumBytes;

    /// <summary>The largest page form (a session log of 100 sets, with its antiforgery token) is well under this.</summary>
    public const long Form = 256 * 1024;

    /// <summary>The endpoint's own body limit, read by routing (<see cref="IRequestSizeLimitMetadata"/>); 413 in its OpenAPI answers.</summary>
    public static RouteHandlerBuilder WithBodyLimit(this RouteHandlerBuilder builder, long bytes) =>
        builder.WithMetadata(new BodyLimit(bytes)).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    /// <summary>
    /// The default for endpoints that declare no limit: <see cref="Json"/> under /api, <see cref="Form"/> elsewhere. Runs
    /// after routing, which has already applied a declared limit. The Blazor hub keeps SignalR's own message limit.
    /// </summary>
    public static IApplicationBuilder UseDefaultRequestBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null
            && endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is null
            && endpoint.Metadata.GetMetadata<HubMetadata>() is null
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ApiRequests.Is(context) ? Json : Form;
        }

        return next(context);
    });

    /// <summary>
    /// A body refused by its declared length before any of it was read: up to <see cref="Drain"/> of it is read and
    /// thrown away after the answer, so an ordinary client that sent a little too much gets its 413 instead of a reset
    /// connection. A larger one is cut off (a client that sends <c>Expect: 100-continue</c> gets the 413 without sending it).
    /// </summary>
    public static void DrainRefusedBody(HttpContext context)
    {
        if (context.Request.ContentLength <= Drain && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = Drain;
        }
    }

    /// <summary>How much of a refused body is read and discarded (never kept) to answer the client cleanly.</summary>
    public const long Drain = 4 * 1024 * 1024;

    private sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
