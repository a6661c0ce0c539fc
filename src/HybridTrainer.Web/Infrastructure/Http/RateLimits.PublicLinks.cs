using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

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

    private static readonly (string Policy, string Setting, int Default, bool PostsOnly, bool PerUser)[] PublicLinkPolicies =
    [
        (CalendarFeed, "RateLimiting:CalendarFeedPerMinute", 30, false, false),
        (SheetCodes, "RateLimiting:SheetCodesPerMinute", 30, false, false),
        (InvitationClaims, "RateLimiting:InvitationClaimsPerMinute", 20, false, false),
        (Unsubscribe, "RateLimiting:UnsubscribePerMinute", 20, false, false),
    ];

    private static async Task WriteFriendlyPageAsync(HttpContext http, string detail, IStringLocalizer<InfrastructureText> text, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = HtmlEncoder.Default;
        await http.Response.WriteAsync(
            $"""
             <!DOCTYPE html>
             <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
             <title>{html.Encode(text["TooManyRequestsPageTitle"])}</title></head>
             <body><main><h1>{html.Encode(text["TooManyRequests"])}</h1><p>{html.Encode(detail)}</p><p><a href="/">{html.Encode(text["BackToApp"])}</a></p></main></body></html>
             """,
            cancellationToken);
    }
}
