using System.Buffers;
using System.Text.Json;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// Reads the preview body itself, so an oversized, empty, malformed or mistyped body gets a 400 problem with a detail
/// that says what is wrong (minimal-API binding would answer a bare 400), and a body never goes past 64 KiB in memory.
/// </summary>
internal static class PlanPreviewBody
{
    public const int MaximumBytes = 64 * 1024;

    public static async Task<(PlanPreviewRequest? Request, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaximumBytes)
        {
            return (null, TooLarge());
        }

        if (request.ContentLength == 0)
        {
            return (null, Empty());
        }

        var reader = request.BodyReader;
        var read = await reader.ReadAtLeastAsync(MaximumBytes + 1, cancellationToken);
        try
        {
            return read.Buffer.Length switch
            {
                > MaximumBytes => (null, TooLarge()),
                0 => (null, Empty()),
                _ => Parse(read.Buffer, options),
            };
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static (PlanPreviewRequest?, ProblemHttpResult?) Parse(ReadOnlySequence<byte> body, JsonSerializerOptions options)
    {
        // Syntax first, so a broken document is told apart from a well-formed one with a wrong value in it.
        if (JsonSyntax.FindError(body) is { } syntaxError)
        {
            return (null, Invalid($"The request body is not valid JSON: {syntaxError}"));
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            return JsonSerializer.Deserialize<PlanPreviewRequest>(ref reader, options) is { } parsed
                ? (parsed, null)
                : (null, Invalid("The request body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            var field = JsonSyntax.FieldPath(ex.Path);
            return field.Length == 0
                ? (null, Invalid("The request body must be a JSON object."))
                : (null, TypedResults.Problem(new HttpValidationProblemDetails(
                    new Dictionary<string, string[]> { [field] = ["This value has the wrong type or format for this field."] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Invalid request body",
                    Detail = $"The value of '{field}' has the wrong type or format; the request schema is in /openapi/v1.json.",
                }));
        }
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body");

    private static ProblemHttpResult Empty() => Invalid("The request body is empty: send the plan preview request as JSON.");

    private static ProblemHttpResult TooLarge() =>
        Invalid($"The request body is larger than {MaximumBytes / 1024} KiB; a plan preview request is far smaller.");
}
