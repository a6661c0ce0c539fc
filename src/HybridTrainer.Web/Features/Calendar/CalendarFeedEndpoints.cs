using HybridTrainer.Web.Infrastructure.Http;

namespace HybridTrainer.Web.Features.Calendar;

internal static class CalendarFeedEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarFeedEndpoints(this IEndpointRouteBuilder app)
    {
        // Calendar apps cannot sign in: the token in the path is the credential, so the endpoint itself is anonymous.
        app.MapGet("/ical/{token}.ics", FeedAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.CalendarFeed)
            .WithTags("Calendar")
            .WithName("CalendarFeed")
            .WithSummary("A private iCalendar feed: the next 8 weeks of one athlete's sessions as all-day events. Unknown or revoked links answer 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> FeedAsync(
        string token, HttpResponse response, CalendarFeedService feeds, CancellationToken cancellationToken)
    {
        if (await feeds.RenderAsync(token, cancellationToken) is not { } calendar)
        {
            return TypedResults.NotFound();
        }

        // The feed is personal: shared caches must not keep it.
        response.Headers.CacheControl = "private, max-age=900";
        return TypedResults.Text(calendar, ContentType);
    }
}
