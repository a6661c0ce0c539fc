using FluentValidation.Results;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// The API's answers when something is not done, all RFC 7807, from the one <see cref="Failure"/> every service
/// returns. An athlete or session the caller cannot see at all is 404 (its existence is not confirmed); one the caller
/// can see but may not do this with (gym staff writing, or reading health data) is 403.
/// </summary>
internal static class ApiProblems
{
    // Worded when the endpoint answers, in the request's language (endpoints run inside the localization middleware).
    private static IStringLocalizer<InfrastructureText> Text => InfrastructureWords.Text;

    public const string CheckerViolationType = "https://hybridtrainer.app/problems/plan-checker-violation";

    /// <summary>
    /// The problem for a failure. Field errors are keyed by the request's JSON path ("Sets[0].WeightKg" →
    /// "sets[0].weightKg"); <paramref name="rename"/> is for services whose property names are not the request's.
    /// </summary>
    public static ProblemHttpResult For(Failure failure, Func<string, string>? rename = null) => failure.Kind switch
    {
        FailureKind.NotFound => Problem(StatusCodes.Status404NotFound, Text["NotFoundTitle"], failure.Message),
        FailureKind.Forbidden => Problem(StatusCodes.Status403Forbidden, Text["NotAllowedTitle"], failure.Message),
        FailureKind.Invalid => Invalid(failure.FieldErrors is { Count: > 0 } fields ? fields : new Dictionary<string, string[]> { [""] = [failure.Message] }, rename),
        FailureKind.Stale => Problem(StatusCodes.Status409Conflict, Text["StaleTitle"], failure.Message, new() { ["reason"] = "stale" }),
        FailureKind.ProfileIncomplete => Problem(StatusCodes.Status422UnprocessableEntity, Text["ProfileIncompleteTitle"], failure.Message),
        FailureKind.NeedsConfirmation => TypedResults.Problem(
            detail: Text["CheckerObjectsDetail"],
            statusCode: StatusCodes.Status409Conflict,
            title: Text["CheckerObjectsTitle"],
            type: CheckerViolationType,
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = "rules",
                ["ruleIds"] = (failure.Rules ?? []).Select(v => v.Rule).Distinct().ToArray(),
                ["violations"] = failure.Rules ?? [],
            }),
        _ => Problem(StatusCodes.Status409Conflict, Text["ConflictTitle"], failure.Message),
    };

    public static ProblemHttpResult NotFound(string? detail = null) => For(Failure.NotFound(detail));

    public static ProblemHttpResult BadRequest(string title, string detail) => Problem(StatusCodes.Status400BadRequest, title, detail);

    /// <summary>Validation errors of a request, keyed by its JSON field paths.</summary>
    public static ProblemHttpResult Invalid(ValidationResult result, Func<string, string>? rename = null) =>
        For(result.ToFailure(), rename);

    public static ProblemHttpResult Invalid(string field, string message) => For(Failure.Invalid(field, message));

    public static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> fields, Func<string, string>? rename) =>
        TypedResults.Problem(new HttpValidationProblemDetails(fields
            .GroupBy(f => JsonPath(rename?.Invoke(f.Key) ?? f.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Value).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Text["ValidationTitle"],
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        });

    private static ProblemHttpResult Problem(int status, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
