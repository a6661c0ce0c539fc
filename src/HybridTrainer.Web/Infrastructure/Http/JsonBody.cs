using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Http;

/// <summary>
/// Reads a JSON request body by hand, so an oversized, empty, malformed or mistyped body gets a 400 problem with a
/// detail that says what is wrong (minimal-API binding would answer a bare 400), and a body never goes past 64 KiB in
/// memory: a larger one answers 413 as soon as its declared length or the bytes read so far exceed it (Kestrel's limit
/// for the endpoint, <see cref="RequestBodyLimits.Json"/>, stops a chunked one). Unknown fields are ignored; a body that
/// is not declared as JSON is refused (415).
/// </summary>
internal static class JsonBody
{
    // Worded while the endpoint reads its body, in the request's language.
    private static IStringLocalizer<InfrastructureText> Text => InfrastructureWords.Text;

    public const int MaximumBytes = 64 * 1024;

    // subject: what the body is, for the messages ("plan preview request").
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options, string subject, CancellationToken cancellationToken)
        where T : class
    {
        // A body of any other type is what a page on another site can post without a CORS preflight (a form, a Blob
        // as text/plain) with the victim's cookie: refusing it before reading keeps such writes out.
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                detail: Text["SendAsJson", subject],
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: Text["UnsupportedMediaTypeTitle"]));
        }

        if (request.ContentLength > MaximumBytes)
        {
            RequestBodyLimits.DrainRefusedBody(request.HttpContext);
            return (null, TooLarge(subject));
        }

        if (request.ContentLength == 0)
        {
            return (null, Empty(subject));
        }

        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            read = await reader.ReadAtLeastAsync(MaximumBytes + 1, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(subject));
        }

        try
        {
            return read.Buffer.Length switch
            {
                > MaximumBytes => (null, TooLarge(subject)),
                0 => (null, Empty(subject)),
                _ => Parse<T>(read.Buffer, options),
            };
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static (T?, ProblemHttpResult?) Parse<T>(ReadOnlySequence<byte> body, JsonSerializerOptions options)
        where T : class
    {
        // Syntax first, so a broken document is told apart from a well-formed one with a wrong value in it.
        if (JsonSyntax.FindError(body) is { } syntaxError)
        {
            return (null, Invalid(Text["BodyNotJson", syntaxError]));
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            return JsonSerializer.Deserialize<T>(ref reader, options) is { } parsed
                ? (parsed, null)
                : (null, Invalid(Text["BodyNotObject"]));
        }
        catch (JsonException ex)
        {
            var field = JsonSyntax.FieldPath(ex.Path);
            return field.Length == 0
                ? (null, Invalid(Text["BodyNotObject"]))
                : (null, TypedResults.Problem(new HttpValidationProblemDetails(
                    new Dictionary<string, string[]> { [field] = [Text["WrongTypeField"]] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = Text["InvalidBodyTitle"],
                    Detail = Text["WrongTypeDetail", field],
                }));
        }
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: Text["InvalidBodyTitle"]);

    private static ProblemHttpResult Empty(string subject) => Invalid(Text["BodyEmpty", subject]);

    private static ProblemHttpResult TooLarge(string subject) => TypedResults.Problem(
        detail: Text["BodyTooLargeFor", MaximumBytes / 1024, subject],
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: Text["BodyTooLargeTitle"]);
}
