using System.Security.Claims;
using FluentValidation.Results;
using HybridTrainer.Data;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Api;

/// <summary>
/// The API's answers when something is not done, all RFC 7807. The rule for refusals: an athlete or session the caller
/// cannot see at all is 404 (its existence is not confirmed); one the caller can see but may not do this with (gym
/// staff writing, or reading health data) is 403.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail = "That athlete or session does not exist, or is not visible to you.") =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static ProblemHttpResult Stale(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
            extensions: new Dictionary<string, object?> { ["reason"] = "stale" });

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: extensions);

    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot be done yet");

    /// <summary>Validation errors keyed by the request's JSON field path: "Sets[0].WeightKg" → "sets[0].weightKg".</summary>
    // rename: for validators whose property names are not the request's (a rule over several fields at once).
    public static ValidationProblem Invalid(ValidationResult result, Func<string, string>? rename = null) =>
        TypedResults.ValidationProblem(result.Errors
            .GroupBy(e => JsonPath(rename?.Invoke(e.PropertyName) ?? e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>404 when the caller cannot see the athlete at all, 403 when they can but may not do this.</summary>
    public static async Task<ProblemHttpResult> RefuseAsync(
        IDbContextFactory<HybridTrainerDbContext> dbFactory, ClaimsPrincipal user, Guid athleteId, string forbidden, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await AthleteGate.ResolveAsync(db, user, athleteId, cancellationToken) is null ? NotFound() : Forbidden(forbidden);
    }

    /// <summary>As <see cref="RefuseAsync"/>, for the athlete who owns a planned session.</summary>
    public static async Task<ProblemHttpResult> RefuseForSessionAsync(
        IDbContextFactory<HybridTrainerDbContext> dbFactory, ClaimsPrincipal user, Guid sessionId, string forbidden, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athleteId = await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.AthleteId).SingleOrDefaultAsync(cancellationToken);
        return athleteId is { } id && await AthleteGate.ResolveAsync(db, user, id, cancellationToken) is not null ? Forbidden(forbidden) : NotFound();
    }

    public const string StaffWrite = "Gym staff see members' plans but do not change them; ask the athlete or their coach.";

    public const string HealthData = "Recovery, readiness and load are health data: only the athlete and their coach see them.";
}
