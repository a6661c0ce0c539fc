using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>An athlete's saved blocks and weeks, through the same service as the plan and week pages.</summary>
internal static class PlanApiEndpoints
{
    public static IEndpointRouteBuilder MapPlanApiEndpoints(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/v1/athletes/{athleteId:guid}").RequireAuthorization().WithTags("Plans")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapGet("/blocks", ListBlocksAsync).WithName("ListBlocks")
            .WithSummary("The athlete's saved blocks, newest first.");
        plan.MapGet("/blocks/{blockId:guid}", GetBlockAsync).WithName("GetBlock")
            .WithSummary("A saved block: the engine's figures and its sessions as they stand now, each with its version.");
        plan.MapPost("/blocks", SaveBlockAsync).WithName("SaveBlock")
            .WithSummary("Generates a block with the engine and saves it; unlogged sessions from its start date are replaced. Gym staff get 403.")
            .WithDescription("An open block runs `weeks` (1 to 16, default 4). With a `race` (`distance`: FiveK, TenK, HalfMarathon or "
                + "Marathon; `date`: yyyy-MM-dd; optional `goalTime`: h:mm:ss or mm:ss) the block runs from `startDate` to the race week "
                + "(R31), checked by the same rules and with the same field errors as the plan preview's `race`; `weeks` may then be left "
                + "out. A race the athlete's profile cannot train for answers 400 under the profile's field (`availableDays`: too few run "
                + "days; `fiveKmTime`: none on file).")
            .Accepts<SaveBlockRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        plan.MapGet("/weeks/{day}", GetWeekAsync).WithName("GetWeek")
            .WithSummary("The calendar week (Monday first) holding the day (yyyy-MM-dd), with each session's version.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        plan.MapGet("/weeks/{day}/workouts.zip", GetWeekWorkoutsAsync).WithName("GetWeekWorkouts")
            .WithSummary("The week's sessions holding the day (yyyy-MM-dd) as FIT workout files in a zip, one per session, for a Garmin "
                + "watch's NewFiles folder.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<BlockSummaryDto>>, ProblemHttpResult>> ListBlocksAsync(
        Guid athleteId, ClaimsPrincipal user, PlanService plans, CancellationToken cancellationToken) =>
        await plans.ListBlocksAsync(user, athleteId, cancellationToken) is { } blocks
            ? TypedResults.Ok(blocks)
            : ApiProblems.NotFound();

    private static async Task<Results<Ok<BlockDto>, ProblemHttpResult>> GetBlockAsync(
        Guid athleteId, Guid blockId, ClaimsPrincipal user, PlanService plans, IStringLocalizer<PlanText> text, CancellationToken cancellationToken)
    {
        if (await plans.GetBlockAsync(user, athleteId, blockId, cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound(text["BlockNotFound"]);
        }

        return TypedResults.Ok(new BlockDto(view.Id, view.StartDate, view.Weeks, view.CreatedAt, view.Snapshot,
            [.. view.Sessions.Select(s => SessionDto.From(s.Session, s.Logged))]));
    }

    private static async Task<Results<Created<SavedBlock>, ProblemHttpResult>> SaveBlockAsync(
        Guid athleteId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, IValidator<SaveBlockRequest> raceValidator,
        IValidator<GenerateBlockInput> validator, PlanService plans, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SaveBlockRequest>(request, json.Value.SerializerOptions, "block request", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // The race first, by the preview's rules; then the start and weeks by the page's, which then see a sound race.
        var raceCheck = await raceValidator.ValidateAsync(body!, cancellationToken);
        if (!raceCheck.IsValid)
        {
            return ApiProblems.Invalid(raceCheck);
        }

        var input = body!.ToInput();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Invalid(validation, RaceField);
        }

        var saved = await plans.SaveAsync(user, athleteId, input, cancellationToken);
        return saved.Failure is { } failure
            ? ApiProblems.For(failure, RaceField)
            : TypedResults.Created($"/api/v1/athletes/{athleteId}/blocks/{saved.Value!.BlockId}", saved.Value);
    }

    // The page's and the service's race fields, under the names the API client sent them.
    private static string RaceField(string property) => property switch
    {
        nameof(GenerateBlockInput.Distance) => "race.distance",
        nameof(GenerateBlockInput.RaceDate) => "race.date",
        nameof(GenerateBlockInput.GoalTime) => "race.goalTime",
        _ => property,
    };

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetWeekWorkoutsAsync(
        Guid athleteId, string day, ClaimsPrincipal user, PlanService plans, IStringLocalizer<PlanText> text, CancellationToken cancellationToken)
    {
        if (!ApiDates.TryParse(day, out var date))
        {
            return ApiProblems.BadRequest(text["InvalidDateTitle"], text["InvalidDateDetail"]);
        }

        return await plans.GetWeekAsync(user, athleteId, date, cancellationToken) is { } week
            ? TypedResults.File(WorkoutFiles.Zip(week.Sessions.Select(s => s.Session)), "application/zip", $"week-{IsoDate.Of(week.Monday)}-workouts.zip")
            : ApiProblems.NotFound();
    }

    private static async Task<Results<Ok<WeekDto>, ProblemHttpResult>> GetWeekAsync(
        Guid athleteId, string day, ClaimsPrincipal user, PlanService plans, IStringLocalizer<PlanText> text, CancellationToken cancellationToken)
    {
        if (!ApiDates.TryParse(day, out var date))
        {
            return ApiProblems.BadRequest(text["InvalidDateTitle"], text["InvalidDateDetail"]);
        }

        return await plans.GetWeekAsync(user, athleteId, date, cancellationToken) is { } week
            ? TypedResults.Ok(new WeekDto(week.Monday, week.CanEdit, [.. week.Sessions.Select(s => SessionDto.From(s.Session, s.Logged))]))
            : ApiProblems.NotFound();
    }
}
