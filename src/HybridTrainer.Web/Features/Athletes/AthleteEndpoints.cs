using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>The athletes the caller may see, and one athlete's profile.</summary>
internal static class AthleteEndpoints
{
    public static IEndpointRouteBuilder MapAthleteEndpoints(this IEndpointRouteBuilder app)
    {
        var athletes = app.MapGroup("/api/v1/athletes").RequireAuthorization().WithTags("Athletes")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        athletes.MapGet("/", ListAsync)
            .WithName("ListAthletes")
            .WithSummary("The athletes the caller may see: themselves, a coach's clients, a gym's members for its staff.");
        athletes.MapGet("/{athleteId:guid}", GetAsync).WithName("GetAthlete")
            .WithSummary("One athlete: profile, lift maxes, shoes and version (ETag). Health figures are left out for gym staff.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AthleteSummary>>> ListAsync(
        ClaimsPrincipal user, AthleteDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListVisibleAsync(user, cancellationToken));

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
            a.Id, a.DisplayName, a.GymId, a.UserId is not null, access.Relation, a.Units, a.TimeZone, a.Goal, a.AvailableDays, a.RunningBaseWeeks,
            FiveKmTime.Format(a.FiveKmTime),
            [.. a.LiftMaxes.OrderBy(l => l.Lift).Select(LiftMaxDto.From)],
            [.. a.Shoes.OrderBy(s => s.Name, StringComparer.Ordinal).Select(ShoeDto.From)],
            access.Can(AthleteOperation.ViewRecovery) ? new AthleteHealth(a.BodyWeightKg, a.BirthYear, a.RestingHeartRate) : null,
            a.Version));
    }
}
