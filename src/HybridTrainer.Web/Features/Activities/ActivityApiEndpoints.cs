using System.Security.Claims;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// Activity files from a watch or phone: import (one file or a zip export), list, rate. Activities hold heart rate:
/// the athlete and their coach only; gym staff get 403.
/// </summary>
internal static class ActivityApiEndpoints
{
    /// <summary>Room for the multipart framing around a 50 MB file.</summary>
    private const long MaxRequestBytes = ActivityImporter.MaxUploadBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapActivityApiEndpoints(this IEndpointRouteBuilder app)
    {
        var athlete = app.MapGroup("/api/v1/athletes/{athleteId:guid}/activities").RequireAuthorization().WithTags("Activities")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        athlete.MapPost("", ImportAsync).WithName("ImportActivities")
            .WithSummary("Imports a FIT, GPX or TCX file, gzipped or not, or a zip of them (a Garmin or Strava export) sent as the multipart "
                + "field \"file\", at most 50 MB. Answers what was imported and what was skipped and why; a run on a day with a planned "
                + "run logs that session. A lone file that cannot be read answers 400 and stores nothing. Gym staff get 403.")
            .Accepts<IFormFile>("multipart/form-data")
            .WithBodyLimit(MaxRequestBytes)
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        athlete.MapGet("", ListAsync).WithName("ListActivities")
            .WithSummary("Imported activities whose day (the athlete's own) lies between from and to (yyyy-MM-dd, default the last 90 days), "
                + "newest first; activities without a clock are always listed. Gym staff get 403.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPut("/api/v1/activities/{activityId:guid}/rpe", RateAsync).RequireAuthorization().WithTags("Activities").WithName("RateActivity")
            .WithSummary("Session RPE (1–10) of an activity without a planned session, so it counts in the load and ACWR. A matched "
                + "activity is rated in its session's log (409). Gym staff get 403.")
            .Accepts<ActivityRpeRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<ImportSummaryDto>, ProblemHttpResult>> ImportAsync(
        Guid athleteId, ClaimsPrincipal user, HttpRequest request, ActivityImporter importer, IStringLocalizer<ActivitiesText> text, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge(text);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return TypedResults.Problem(
                detail: text["SendMultipart"],
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: text["UnsupportedMediaType"]);
        }

        (string Name, byte[] Content)? upload;
        try
        {
            upload = await ReadFileFieldAsync(new MultipartReader(boundary, request.Body), cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(text);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return ApiProblems.Invalid("file", text["MultipartMalformed"]);
        }

        if (upload is not { } file)
        {
            return ApiProblems.Invalid("file", text["AttachFile"]);
        }

        if (file.Content.LongLength > ActivityImporter.MaxUploadBytes)
        {
            return TooLarge(text);
        }

        var summary = await importer.ImportAsync(user, athleteId, file.Name, file.Content, cancellationToken: cancellationToken);
        return summary.Failure is { } refused ? ApiProblems.For(refused) : TypedResults.Ok(summary.Value!);
    }

    // The first part named "file", read up to one byte past the limit (a part's size is only known by reading it).
    private static async Task<(string Name, byte[] Content)?> ReadFileFieldAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, count);
                if (buffer.Length > ActivityImporter.MaxUploadBytes)
                {
                    throw new BadHttpRequestException("Too large", StatusCodes.Status413PayloadTooLarge);
                }
            }

            return (string.IsNullOrWhiteSpace(name) ? "upload" : name, buffer.ToArray());
        }

        return null;
    }

    private static ProblemHttpResult TooLarge(IStringLocalizer<ActivitiesText> text) => TypedResults.Problem(
        detail: text["UploadTooLargeDetail"],
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: text["UploadTooLargeTitle"],
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [text["UploadTooLargeField"]] } });

    private static async Task<Results<Ok<IReadOnlyList<ActivityDto>>, ProblemHttpResult>> ListAsync(
        Guid athleteId, string? from, string? to, ClaimsPrincipal user, ActivityJournal journal, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ApiDates.Range(from, to, clock.EarliestToday().AddDays(-90), clock.LatestToday()) is not { } range)
        {
            return ApiDates.InvalidRange();
        }

        var listed = await journal.ListAsync(user, athleteId, range.From, range.To, cancellationToken);
        return listed.Failure is { } refused ? ApiProblems.For(refused) : TypedResults.Ok(listed.Value!.Activities);
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> RateAsync(
        Guid activityId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, ActivityJournal journal, IStringLocalizer<ActivitiesText> text, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<ActivityRpeRequest>(request, json.Value.SerializerOptions, "rating", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (ApiVersions.From(body!.Version, request) is not { } version)
        {
            return ApiProblems.Invalid("version", text["SendVersion"]);
        }

        var rated = await journal.RateAsync(user, activityId, body.Rpe, version, cancellationToken);
        if (rated.Failure is { } refused)
        {
            return ApiProblems.For(refused);
        }

        return await journal.GetAsync(user, activityId, cancellationToken) is { } activity ? TypedResults.Ok(activity) : ApiProblems.NotFound();
    }
}
