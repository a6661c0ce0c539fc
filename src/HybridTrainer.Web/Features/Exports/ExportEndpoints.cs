using System.Security.Claims;
using System.Text;
using HybridTrainer.Web.Infrastructure.Http;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Exports;

internal static class ExportEndpoints
{
    private const string CsvType = "text/csv";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/v1/athletes/{athleteId:guid}/exports").RequireAuthorization().WithTags("Exports")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        exports.MapGet("/sessions.csv", SessionsAsync).WithName("ExportSessionLogsCsv")
            .WithSummary("Logged sessions between from and to (yyyy-MM-dd, default the last year) as RFC 4180 CSV with a header row. "
                + "For the athlete and their coach; gym staff get 403.")
            .Produces<string>(StatusCodes.Status200OK, CsvType);
        exports.MapGet("/recovery.csv", RecoveryAsync).WithName("ExportRecoveryCsv")
            .WithSummary("Check-ins between from and to (default the last year) as CSV with a header row. Health data: gym staff get 403.")
            .Produces<string>(StatusCodes.Status200OK, CsvType);
        exports.MapGet("/all.json", AllAsync).WithName("ExportEverything")
            .WithSummary("Everything stored about the athlete (profile, lift maxes, shoes, blocks, sessions, logs, check-ins) as one JSON document.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SessionsAsync(
        Guid athleteId, string? from, string? to, ClaimsPrincipal user, ExportService exports, TimeProvider clock, CancellationToken cancellationToken)
    {
        // By default the last year up to today wherever the athlete lives (the caller's dates are not zoned).
        if (ApiDates.Range(from, to, clock.EarliestToday().AddYears(-1), clock.LatestToday()) is not { } range)
        {
            return ApiDates.InvalidRange();
        }

        var csv = await exports.SessionsCsvAsync(user, athleteId, range.From, range.To, cancellationToken);
        return csv.Failure is { } refused ? ApiProblems.For(refused) : File(csv.Value!, $"sessions-{Csv.Date(range.From)}-{Csv.Date(range.To)}.csv");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RecoveryAsync(
        Guid athleteId, string? from, string? to, ClaimsPrincipal user, ExportService exports, TimeProvider clock, CancellationToken cancellationToken)
    {
        // By default the last year up to today wherever the athlete lives (the caller's dates are not zoned).
        if (ApiDates.Range(from, to, clock.EarliestToday().AddYears(-1), clock.LatestToday()) is not { } range)
        {
            return ApiDates.InvalidRange();
        }

        var csv = await exports.RecoveryCsvAsync(user, athleteId, range.From, range.To, cancellationToken);
        return csv.Failure is { } refused ? ApiProblems.For(refused) : File(csv.Value!, $"recovery-{Csv.Date(range.From)}-{Csv.Date(range.To)}.csv");
    }

    private static async Task<Results<Ok<AthleteExport>, ProblemHttpResult>> AllAsync(
        Guid athleteId, ClaimsPrincipal user, ExportService exports, CancellationToken cancellationToken)
    {
        var export = await exports.ExportAllAsync(user, athleteId, cancellationToken);
        return export.Failure is { } refused ? ApiProblems.For(refused) : TypedResults.Ok(export.Value!);
    }

    private static FileContentHttpResult File(string csv, string name) =>
        TypedResults.File(Encoding.UTF8.GetBytes(csv), $"{CsvType}; charset=utf-8", name);
}
