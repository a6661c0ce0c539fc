using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Concurrency;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Journal;

/// <summary>Daily check-ins, through the same service as the check-in page. Health data: gym staff get 403.</summary>
internal static class RecoveryApiEndpoints
{
    public static IEndpointRouteBuilder MapRecoveryApiEndpoints(this IEndpointRouteBuilder app)
    {
        var recovery = app.MapGroup("/api/v1/athletes/{athleteId:guid}").RequireAuthorization().WithTags("Journal")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        recovery.MapGet("/recovery", ListAsync).WithName("ListRecoveryEntries")
            .WithSummary("Check-ins between from and to (yyyy-MM-dd, default the last 28 days), each with its version. Gym staff get 403.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        recovery.MapPost("/recovery", SaveAsync).WithName("SaveRecoveryEntry")
            .WithSummary("Today's check-in: creates it (no version) or corrects it (its version, or If-Match); a stale version gets 409. Gym staff get 403.")
            .Accepts<RecoveryEntryRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<RecoveryEntryDto>>, ProblemHttpResult>> ListAsync(
        Guid athleteId, string? from, string? to, ClaimsPrincipal user, RecoveryCheckIn checkIns, TimeProvider clock, CancellationToken cancellationToken)
    {
        // By default the last four weeks up to today wherever the athlete lives (the caller's dates are not zoned).
        if (ApiDates.Range(from, to, clock.EarliestToday().AddDays(-28), clock.LatestToday()) is not { } range)
        {
            return ApiDates.InvalidRange();
        }

        var entries = await checkIns.ListAsync(user, athleteId, range.From, range.To, cancellationToken);
        return entries.Failure is { } refused
            ? ApiProblems.For(refused)
            : TypedResults.Ok<IReadOnlyList<RecoveryEntryDto>>([.. entries.Value!.Select(RecoveryEntryDto.From)]);
    }

    // The check-in validator checks the five wellness answers as one list ("Wellness[2]"); the API names each field.
    private static readonly string[] WellnessFields = ["fatigue", "sleepQuality", "muscleSoreness", "stress", "mood"];

    private static string WellnessField(string property) =>
        property.StartsWith("Wellness[", StringComparison.Ordinal) && int.TryParse(property.AsSpan(9, 1), out var index) && index < WellnessFields.Length
            ? WellnessFields[index]
            : property;

    private static async Task<Results<Ok<RecoverySaved>, ProblemHttpResult>> SaveAsync(
        Guid athleteId, ClaimsPrincipal user, HttpRequest request, IOptions<JsonOptions> json, RecoveryCheckIn checkIns, IStringLocalizer<JournalText> text,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<RecoveryEntryRequest>(request, json.Value.SerializerOptions, "recovery entry", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var expected = new ExpectedVersion(ApiVersions.From(body!.Version, request));
        var saved = await checkIns.SaveAsync(user, athleteId, body.ToInput(), expected, cancellationToken);
        return saved.Failure switch
        {
            null => TypedResults.Ok(new RecoverySaved(saved.Value!.Date, saved.Value.Version, saved.Value.Offer)),
            { Kind: FailureKind.Stale } => ApiProblems.For(Failure.Stale(expected.Value is null
                ? text["ApiCheckInExists"]
                : text["ApiCheckInStale"])),
            var refused => ApiProblems.For(refused, WellnessField),
        };
    }
}
