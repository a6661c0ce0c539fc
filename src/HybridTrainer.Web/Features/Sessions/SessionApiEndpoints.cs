using System.Security.Claims;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Concurrency;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>One planned session: read it, move it (the plan checker first), log it.</summary>
internal static class SessionApiEndpoints
{
    public static IEndpointRouteBuilder MapSessionApiEndpoints(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/v1/sessions/{sessionId:guid}").RequireAuthorization().WithTags("Sessions")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        session.MapGet("/", GetAsync).WithName("GetSession")
            .WithSummary("A session with its prescription, its log if any, and their versions (the session's is also the ETag).");
        session.MapGet("/workout.fit", GetWorkoutAsync).WithName("GetSessionWorkout")
            .WithSummary("The session as a FIT workout file (runs: warm-up, reps with pace and rest, cool-down; lifts: exercise, reps "
                + "and load per set) that a Garmin watch takes from its NewFiles folder.")
            .Produces(StatusCodes.Status200OK, contentType: WorkoutContentType);
        session.MapPost("/move", MoveAsync).WithName("MoveSession")
            .WithSummary("Moves a session to another day (today or later). New training-rule breaks answer 409 with their rule ids "
                + "unless confirm is true; a stale version answers 409 too. Gym staff get 403.")
            .Accepts<MoveSessionRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        session.MapPut("/log", LogAsync).WithName("LogSession")
            .WithSummary("Logs what was done, or corrects the log (send its version, or If-Match); a stale or missing version for an "
                + "existing log answers 409. Gym staff get 403.")
            .Accepts<LogSessionRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<SessionDetailDto>, ProblemHttpResult>> GetAsync(
        Guid sessionId, ClaimsPrincipal user, HttpResponse response, SessionJournal journal, CancellationToken cancellationToken)
    {
        if (await journal.GetAsync(user, sessionId, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound();
        }

        ApiVersions.SetETag(response, detail.Session.Version);
        return TypedResults.Ok(SessionDetailDto.From(detail));
    }

    /// <summary>The FIT SDK's media type for FIT files.</summary>
    private const string WorkoutContentType = "application/vnd.ant.fit";

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetWorkoutAsync(
        Guid sessionId, ClaimsPrincipal user, SessionJournal journal, CancellationToken cancellationToken) =>
        await journal.GetAsync(user, sessionId, cancellationToken) is { } detail
            ? TypedResults.File(WorkoutFiles.Write(detail.Session), WorkoutContentType, WorkoutFiles.FileName(detail.Session))
            : ApiProblems.NotFound();

    private static async Task<Results<Ok<SessionDetailDto>, ProblemHttpResult>> MoveAsync(
        Guid sessionId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, SessionMover mover, SessionJournal journal,
        TimeProvider clock, IStringLocalizer<SessionsText> text, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<MoveSessionRequest>(request, json.Value.SerializerOptions, "move request", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Date is not { } date || !IsoDate.InRange(date))
        {
            return ApiProblems.Invalid("date", text["ApiMoveDateFormat", IsoDate.Of(IsoDate.Latest)]);
        }

        // Obviously past dates are refused here; the athlete's own today (their time zone) is the mover's to check.
        if (date < clock.EarliestToday())
        {
            return ApiProblems.Invalid("date", text["MoveToPast"]);
        }

        if (ApiVersions.From(body.Version, request) is not { } version)
        {
            return ApiProblems.Invalid("version", text["ApiMoveVersionMissing"]);
        }

        var moved = await mover.MoveAsync(user, sessionId, date, body.Confirm, new ExpectedVersion(version), cancellationToken);
        return moved.Failure switch
        {
            null => TypedResults.Ok(SessionDetailDto.From((await journal.GetAsync(user, sessionId, cancellationToken))!)),
            { Kind: FailureKind.Stale } => ApiProblems.For(Failure.Stale(text["ApiSessionStale"])),
            var refused => ApiProblems.For(refused),
        };
    }

    private static async Task<Results<Ok<SessionLogDto>, ProblemHttpResult>> LogAsync(
        Guid sessionId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, SessionJournal journal, IStringLocalizer<SessionsText> text,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<LogSessionRequest>(request, json.Value.SerializerOptions, "session log", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var missing = (body!.Sets ?? []).Select((s, i) => (s, i)).FirstOrDefault(x => string.IsNullOrWhiteSpace(x.s.Exercise));
        if (missing.s is not null)
        {
            return ApiProblems.Invalid($"sets[{missing.i}].exercise", text["ApiNameEveryExercise"]);
        }

        var expected = new ExpectedVersion(ApiVersions.From(body.Version, request));
        var saved = await journal.SaveAsync(user, sessionId, body.ToInput(), expected, cancellationToken);
        return saved.Failure switch
        {
            null => TypedResults.Ok((await journal.GetAsync(user, sessionId, cancellationToken))!.Log!),
            { Kind: FailureKind.Stale } => ApiProblems.For(Failure.Stale(expected.Value is null
                ? text["ApiAlreadyLogged"]
                : text["ApiLogStale"])),
            var refused => ApiProblems.For(refused),
        };
    }
}
