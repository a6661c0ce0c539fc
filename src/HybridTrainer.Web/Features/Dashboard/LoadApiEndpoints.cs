using System.Security.Claims;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Dashboard;

/// <summary>The logged training load per week, the figures behind the dashboard's chart.</summary>
internal static class LoadApiEndpoints
{
    public static IEndpointRouteBuilder MapLoadApiEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/athletes/{athleteId:guid}/load", GetLoadAsync).RequireAuthorization().WithName("GetLoadHistory").WithTags("Journal")
            .WithSummary("Logged session-RPE load per week (run, lift) with ACWR, up to this week. Health data: gym staff get 403.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<WeeklyLoad>>, ProblemHttpResult>> GetLoadAsync(
        Guid athleteId, int? weeks, ClaimsPrincipal user, DashboardService dashboard, IStringLocalizer<DashboardText> text, CancellationToken cancellationToken)
    {
        if (weeks is < 1 or > 52)
        {
            return ApiProblems.BadRequest(text["InvalidQuery"], text["WeeksRange"]);
        }

        var loads = await dashboard.GetLoadHistoryAsync(user, athleteId, weeks ?? DashboardService.ChartWeeks, cancellationToken);
        return loads.Failure is { } refused ? ApiProblems.For(refused) : TypedResults.Ok(loads.Value!);
    }
}
