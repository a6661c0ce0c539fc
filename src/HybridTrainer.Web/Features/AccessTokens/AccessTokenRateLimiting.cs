using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridTrainer.Web.Features.AccessTokens;

/// <summary>
/// Posts to the tokens and calendar-feed pages (create, revoke) are limited per user, so a hijacked session cannot mint
/// credentials in bulk.
/// Showing the page is free. Past the limit: 429 with Retry-After and a short message.
/// </summary>
internal sealed class AccessTokenRateLimiting(int postsPerMinute) : IRateLimiterPolicy<string>
{
    public const string Policy = "access-tokens";

    public const string PerMinuteSetting = "RateLimiting:AccessTokenPostsPerMinute";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        HttpMethods.IsPost(httpContext.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("get");

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // A body, so the pages' status-code handler does not turn the answer into a "not found" page.
        await context.HttpContext.Response.WriteAsync($"Too many changes to tokens or feeds; try again in {seconds} s.", cancellationToken);
    }
}
