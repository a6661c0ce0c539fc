using System.Security.Claims;

namespace HybridTrainer.Web.Features.Athletes;

internal static class AthleteEndpoints
{
    public static IEndpointRouteBuilder MapAthleteEndpoints(this IEndpointRouteBuilder app)
    {
        var athletes = app.MapGroup("/api/v1/athletes").RequireAuthorization().WithTags("Athletes");
        athletes.MapGet("/", ListAsync)
            .WithName("ListAthletes")
            .WithSummary("The athletes the caller may see: themselves, a coach's clients, a gym's members for its staff.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AthleteSummary>>> ListAsync(
        ClaimsPrincipal user, AthleteDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListVisibleAsync(user, cancellationToken));
}
