using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Infrastructure.Concurrency;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Api;

/// <summary>One athlete's data: profile, blocks, weeks, load history and recovery, through the same services as the pages.</summary>
internal static class AthleteApiEndpoints
{
    public static IEndpointRouteBuilder MapAthleteApiEndpoints(this IEndpointRouteBuilder app)
    {
        var athlete = app.MapGroup("/api/v1/athletes/{athleteId:guid}").RequireAuthorization().WithTags("Athletes")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        athlete.MapGet("/", GetAsync).WithName("GetAthlete")
            .WithSummary("One athlete: profile, lift maxes, shoes and version (ETag). Health figures are left out for gym staff.");
        athlete.MapGet("/blocks", ListBlocksAsync).WithName("ListBlocks").WithTags("Plans")
            .WithSummary("The athlete's saved blocks, newest first.");
        athlete.MapGet("/blocks/{blockId:guid}", GetBlockAsync).WithName("GetBlock").WithTags("Plans")
            .WithSummary("A saved block: the engine's figures and its sessions as they stand now, each with its version.");
        athlete.MapPost("/blocks", SaveBlockAsync).WithName("SaveBlock").WithTags("Plans")
            .WithSummary("Generates a block with the engine and saves it; unlogged sessions from its start date are replaced. Gym staff get 403.")
            .Accepts<SaveBlockRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        athlete.MapGet("/weeks/{day}", GetWeekAsync).WithName("GetWeek").WithTags("Plans")
            .WithSummary("The calendar week (Monday first) holding the day (yyyy-MM-dd), with each session's version.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        athlete.MapGet("/load", GetLoadAsync).WithName("GetLoadHistory").WithTags("Journal")
            .WithSummary("Logged session-RPE load per week (run, lift) with ACWR, up to this week. Health data: gym staff get 403.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        athlete.MapGet("/recovery", ListRecoveryAsync).WithName("ListRecoveryEntries").WithTags("Journal")
            .WithSummary("Check-ins between from and to (yyyy-MM-dd, default the last 28 days), each with its version. Gym staff get 403.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        athlete.MapPost("/recovery", SaveRecoveryAsync).WithName("SaveRecoveryEntry").WithTags("Journal")
            .WithSummary("Today's check-in: creates it (no version) or corrects it (its version, or If-Match); a stale version gets 409. Gym staff get 403.")
            .Accepts<RecoveryEntryRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<AthleteDetail>, ProblemHttpResult>> GetAsync(
        Guid athleteId, ClaimsPrincipal user, HttpResponse response, IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        if (access is null)
        {
            return ApiProblems.NotFound();
        }

        var a = await db.Athletes.AsNoTracking().Include(x => x.LiftMaxes).Include(x => x.Shoes).AsSingleQuery()
            .SingleAsync(x => x.Id == access.AthleteId, cancellationToken);
        ApiVersions.SetETag(response, a.Version);
        return TypedResults.Ok(new AthleteDetail(
            a.Id, a.DisplayName, a.GymId, a.UserId is not null, access.Relation, a.Units, a.Goal, a.AvailableDays, a.RunningBaseWeeks,
            ApiFormat.Clock(a.FiveKmTime),
            [.. a.LiftMaxes.OrderBy(l => l.Lift).Select(LiftMaxDto.From)],
            [.. a.Shoes.OrderBy(s => s.Name, StringComparer.Ordinal).Select(ShoeDto.From)],
            access.Can(AthleteOperation.ViewRecovery) ? new AthleteHealth(a.BodyWeightKg, a.BirthYear, a.RestingHeartRate) : null,
            a.Version));
    }

    private static async Task<Results<Ok<IReadOnlyList<BlockSummaryDto>>, ProblemHttpResult>> ListBlocksAsync(
        Guid athleteId, ClaimsPrincipal user, PlanService plans, CancellationToken cancellationToken) =>
        await plans.ListBlocksAsync(user, athleteId, cancellationToken) is { } blocks
            ? TypedResults.Ok<IReadOnlyList<BlockSummaryDto>>([.. blocks.Select(BlockSummaryDto.From)])
            : ApiProblems.NotFound();

    private static async Task<Results<Ok<BlockDto>, ProblemHttpResult>> GetBlockAsync(
        Guid athleteId, Guid blockId, ClaimsPrincipal user, PlanService plans, CancellationToken cancellationToken)
    {
        if (await plans.GetBlockAsync(user, athleteId, blockId, cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound("That block does not exist, or is not visible to you.");
        }

        var b = view.Block;
        return TypedResults.Ok(new BlockDto(b.Id, b.StartDate, b.Weeks, b.CreatedAt, b.Snapshot,
            [.. view.Sessions.Select(s => SessionDto.From(s.Session, s.Logged, view.Access))]));
    }

    private static async Task<Results<Created<SavedBlock>, ValidationProblem, ProblemHttpResult>> SaveBlockAsync(
        Guid athleteId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, IValidator<GenerateBlockInput> validator,
        PlanService plans, IDbContextFactory<HybridTrainerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SaveBlockRequest>(request, json.Value.SerializerOptions, "block request", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var input = new GenerateBlockInput { StartDate = body!.StartDate?.ToDateTime(TimeOnly.MinValue), Weeks = body.Weeks ?? 4 };
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Invalid(validation);
        }

        var saved = await plans.SaveAsync(user, athleteId, input, cancellationToken);
        return saved switch
        {
            { Value: { } block } => TypedResults.Created($"/api/v1/athletes/{athleteId}/blocks/{block.BlockId}", block),
            { Error: PlanMessages.ProfileIncomplete } => ApiProblems.Unprocessable(PlanMessages.ProfileIncomplete),
            _ => await ApiProblems.RefuseAsync(dbFactory, user, athleteId, ApiProblems.StaffWrite, cancellationToken),
        };
    }

    private static async Task<Results<Ok<WeekDto>, ProblemHttpResult>> GetWeekAsync(
        Guid athleteId, string day, ClaimsPrincipal user, PlanService plans, CancellationToken cancellationToken)
    {
        if (!ApiDates.TryParse(day, out var date))
        {
            return TypedResults.Problem(detail: "The day must be a date as yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid date");
        }

        return await plans.GetWeekAsync(user, athleteId, date, cancellationToken) is { } week
            ? TypedResults.Ok(new WeekDto(week.Monday, week.CanEdit, [.. week.Sessions.Select(s => SessionDto.From(s.Session, s.Logged, week.Access))]))
            : ApiProblems.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<WeeklyLoad>>, ProblemHttpResult>> GetLoadAsync(
        Guid athleteId, int? weeks, ClaimsPrincipal user, DashboardService dashboard, IDbContextFactory<HybridTrainerDbContext> dbFactory,
        CancellationToken cancellationToken)
    {
        if (weeks is < 1 or > 52)
        {
            return TypedResults.Problem(detail: "weeks is between 1 and 52.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
        }

        return await dashboard.GetLoadHistoryAsync(user, athleteId, weeks ?? DashboardService.ChartWeeks, cancellationToken) is { } loads
            ? TypedResults.Ok(loads)
            : await ApiProblems.RefuseAsync(dbFactory, user, athleteId, ApiProblems.HealthData, cancellationToken);
    }

    private static async Task<Results<Ok<IReadOnlyList<RecoveryEntryDto>>, ProblemHttpResult>> ListRecoveryAsync(
        Guid athleteId, string? from, string? to, ClaimsPrincipal user, RecoveryCheckIn checkIns, TimeProvider clock,
        IDbContextFactory<HybridTrainerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        // By default the last four weeks up to today wherever the athlete lives (the caller's dates are not zoned).
        if (ApiDates.Range(from, to, clock.EarliestToday().AddDays(-28), clock.LatestToday()) is not { } range)
        {
            return ApiDates.InvalidRange();
        }

        return await checkIns.ListAsync(user, athleteId, range.From, range.To, cancellationToken) is { } entries
            ? TypedResults.Ok<IReadOnlyList<RecoveryEntryDto>>([.. entries.Select(RecoveryEntryDto.From)])
            : await ApiProblems.RefuseAsync(dbFactory, user, athleteId, ApiProblems.HealthData, cancellationToken);
    }

    // The check-in validator checks the five wellness answers as one list ("Wellness[2]"); the API names each field.
    private static readonly string[] WellnessFields = ["fatigue", "sleepQuality", "muscleSoreness", "stress", "mood"];

    private static string WellnessField(string property) =>
        property.StartsWith("Wellness[", StringComparison.Ordinal) && int.TryParse(property.AsSpan(9, 1), out var index) && index < WellnessFields.Length
            ? WellnessFields[index]
            : property;

    private static async Task<Results<Ok<RecoverySaved>, ValidationProblem, ProblemHttpResult>> SaveRecoveryAsync(
        Guid athleteId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, IValidator<CheckInInput> validator,
        RecoveryCheckIn checkIns, TimeProvider clock, IDbContextFactory<HybridTrainerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<RecoveryEntryRequest>(request, json.Value.SerializerOptions, "recovery entry", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var input = body!.ToInput();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Invalid(validation, WellnessField);
        }

        var expected = new ExpectedVersion(ApiVersions.From(body.Version, request));
        var saved = await checkIns.SaveAsync(user, athleteId, input, expected, cancellationToken);
        return saved switch
        {
            { Saved: true } => TypedResults.Ok(new RecoverySaved(saved.Date!.Value, saved.Version!.Value, saved.Offer)),
            { Failure: SaveFailure.Stale } => ApiProblems.Stale(expected.Value is null
                ? "Today's check-in already exists: read it (GET …/recovery) and send its version to correct it."
                : "Today's check-in changed since you read it: read it again and send its new version."),
            _ => await ApiProblems.RefuseAsync(dbFactory, user, athleteId, ApiProblems.HealthData, cancellationToken),
        };
    }
}
