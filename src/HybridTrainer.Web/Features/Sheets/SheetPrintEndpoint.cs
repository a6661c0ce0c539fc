using System.Text;
using HybridTrainer.Web.Common.Why;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// <c>GET /sheets/print</c>: the printable weekly sheets as one static HTML document, written straight to the response
/// (<see cref="SheetHtml"/>) rather than rendered through the app's component tree: no router, no layout, no component
/// library, no circuit. The query is read leniently (<see cref="SheetQuery"/>); asking only for athletes the caller may
/// not print answers 404, the same as for ids that do not exist. The page around the sheets is in the reader's language,
/// each sheet in its athlete's.
/// </summary>
internal static class SheetPrintEndpoint
{
    public const string Route = "/sheets/print";

    // Sheets go to the response one by one, so 200 of them (4 MB) are never held as one string.
    private const int FlushEverySheets = 8;

    public static IEndpointRouteBuilder MapSheetPrintEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, PrintAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task PrintAsync(HttpContext context, SheetService sheets, SheetQrCodes qrCodes, IStringLocalizer<SheetText> text, IStringLocalizer<WhyText> why,
        EndpointDataSource endpoints)
    {
        var user = context.User;
        var query = context.Request.Query;
        var cancellationToken = context.RequestAborted;

        // Only without a week asked for does the caller's own time zone decide which week is "this week".
        var monday = SheetQuery.Monday(query["week"].FirstOrDefault()) ?? await sheets.ThisMondayAsync(user, cancellationToken);
        var ids = SheetQuery.Ids(query["athlete"]);
        var all = SheetQuery.IsAll(query["all"].FirstOrDefault());
        var printed = await sheets.LoadAsync(user, new SheetRequest(monday, ids, all), cancellationToken);
        if (printed.Count == 0 && ids.Count > 0 && !all)
        {
            // Asked only for people this user may not see (or who do not exist): the friendly not-found page for both.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var request = context.Request;
        var baseUri = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        context.Response.ContentType = "text/html; charset=utf-8";
        await using var body = new HttpResponseStreamWriter(context.Response.Body, Encoding.UTF8);
        var html = new StringWriter(new StringBuilder(64 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        var assets = SheetAssets.Of(endpoints);
        SheetHtml.WriteStart(html, monday, printed.Count, text, assets);
        for (var i = 0; i < printed.Count; i++)
        {
            SheetHtml.WriteSheet(html, printed[i], baseUri, qrCodes, text, why);
            if ((i + 1) % FlushEverySheets == 0)
            {
                await FlushAsync(html, body, cancellationToken);
            }
        }

        SheetHtml.WriteEnd(html, assets);
        await FlushAsync(html, body, cancellationToken);
        await body.FlushAsync();
    }

    private static async Task FlushAsync(StringWriter html, HttpResponseStreamWriter body, CancellationToken cancellationToken)
    {
        var buffer = html.GetStringBuilder();
        await body.WriteAsync(buffer, cancellationToken);
        buffer.Clear();
    }
}
