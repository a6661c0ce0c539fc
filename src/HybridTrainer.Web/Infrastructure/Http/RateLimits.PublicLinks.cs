using System.Text.Encodings.Web;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Links whose secret is the credential (calendar feeds, invitation and unsubscribe links) or a short code (printed sheets): per client
/// address, so guessing them from one machine is slow (ASVS 5.0 V2.4). Every page a person opens or posts gets a small
/// page back when refused; the feed, read by calendar apps, plain text.
/// </summary>
internal static partial class RateLimits
{
    /// <summary>The private iCalendar feed, per client address. Calendar apps poll every few minutes at most.</summary>
    public const string CalendarFeed = "calendar-feed";

    /// <summary>The printed sheets' short codes (<c>/s/{code}</c>), per client address.</summary>
    public const string SheetCodes = "sheet-codes";

    /// <summary>Opening and accepting invitation links, per client address.</summary>
    public const string InvitationClaims = "invitation-claims";

    /// <summary>Opening and posting notification unsubscribe links, per client address.</summary>
    public const string Unsubscribe = "unsubscribe";

    private static readonly (string Policy, string Setting, int Default, bool PostsOnly, bool PerUser, string Refused)[] PublicLinkPolicies =
    [
        (CalendarFeed, "RateLimiting:CalendarFeedPerMinute", 30, false, false, "Too many calendar requests from this address"),
        (SheetCodes, "RateLimiting:SheetCodesPerMinute", 30, false, false, "Too many sheet codes opened from this address"),
        (InvitationClaims, "RateLimiting:InvitationClaimsPerMinute", 20, false, false, "Too many invitation links opened from this address"),
        (Unsubscribe, "RateLimiting:UnsubscribePerMinute", 20, false, false, "Too many unsubscribe links opened from this address"),
    ];

    private static async Task WriteFriendlyPageAsync(HttpContext http, string detail, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default.Encode(detail);
        await http.Response.WriteAsync(
            $"""
             <!DOCTYPE html>
             <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
             <title>Too many requests · HybridTrainer</title></head>
             <body><main><h1>Too many requests</h1><p>{text}</p><p><a href="/">Back to HybridTrainer</a></p></main></body></html>
             """,
            cancellationToken);
    }
}
