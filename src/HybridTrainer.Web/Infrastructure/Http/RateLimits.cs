using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Every rate limit of the app in one place: a fixed window per minute for each policy, and one answer past it:
/// 429 with Retry-After in whole seconds (at least 1), as problem details for the API and a short sentence for pages
/// (a body, so the pages' status-code handler does not turn it into a "not found" page).
/// </summary>
internal static partial class RateLimits
{
    /// <summary>Log-in and registration posts, per client address: slows password guessing and sign-up floods.</summary>
    public const string AccountForms = "account-forms";

    /// <summary>Creating and revoking access tokens and calendar feeds, per user: a hijacked session cannot mint credentials in bulk.</summary>
    public const string AccessTokens = "access-tokens";

    /// <summary>Password change posts, per user: with the lock-out, slows a stolen session guessing the current password.</summary>
    public const string PasswordChange = "password-change";

    /// <summary>Second-factor changes (turn on or off, recovery codes, passkeys), per user: a stolen session cannot guess at leisure.</summary>
    public const string SecondFactorChanges = "second-factor-changes";

    /// <summary>Forgot-password, reset and confirmation posts, per client address (mails per address: MailPerAddressLimit).</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>The public plan preview, per client address: it costs a block generation and needs no account.</summary>
    public const string PlanPreview = "plan-preview";

    private static readonly (string Policy, string Setting, int Default, bool PostsOnly, bool PerUser)[] Policies =
    [
        (AccountForms, "RateLimiting:AccountFormPostsPerMinute", 10, true, false),
        (AccessTokens, "RateLimiting:AccessTokenPostsPerMinute", 10, true, true),
        (PlanPreview, "RateLimiting:PlanPreviewPerMinute", 60, false, false),
        (PasswordChange, "RateLimiting:PasswordChangePostsPerMinute", 5, true, true),
        (PasswordReset, "RateLimiting:PasswordResetPostsPerMinute", 5, true, false),
        (SecondFactorChanges, "RateLimiting:SecondFactorChangePostsPerMinute", 10, true, true),
    ];

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            foreach (var (policy, setting, fallback, postsOnly, perUser) in Policies.Concat(PublicLinkPolicies))
            {
                var perMinute = configuration.GetValue(setting, fallback);
                // Showing a form is free where only posts count.
                options.AddPolicy(policy, context => postsOnly && !HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("free")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        PartitionKey(context, perUser),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }
        });

    private static string PartitionKey(HttpContext context, bool perUser) =>
        (perUser ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null)
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        using var language = await RequestLanguage.UseAsync(http);
        IStringLocalizer<InfrastructureText> text = http.RequestServices.GetRequiredService<IStringLocalizer<InfrastructureText>>();
        var detail = text["TryAgainIn", Refused(policy, text), seconds].Value;
        if (ApiRequests.Is(http))
        {
            await TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status429TooManyRequests, title: text["TooManyRequests"]).ExecuteAsync(http);
        }
        else if (policy != CalendarFeed)
        {
            await WriteFriendlyPageAsync(http, detail, text, cancellationToken);
        }
        else
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(detail, cancellationToken);
        }
    }

    // What was refused, in the request's language.
    private static string Refused(string? policy, IStringLocalizer<InfrastructureText> text) => policy switch
    {
        AccountForms => text["RefusedAccountForms"],
        AccessTokens => text["RefusedAccessTokens"],
        PlanPreview => text["RefusedPlanPreview"],
        PasswordChange => text["RefusedPasswordChange"],
        PasswordReset => text["RefusedPasswordReset"],
        SecondFactorChanges => text["RefusedSecondFactorChanges"],
        CalendarFeed => text["RefusedCalendarFeed"],
        SheetCodes => text["RefusedSheetCodes"],
        InvitationClaims => text["RefusedInvitationClaims"],
        Unsubscribe => text["RefusedUnsubscribe"],
        _ => text["TooManyRequests"],
    };
}
