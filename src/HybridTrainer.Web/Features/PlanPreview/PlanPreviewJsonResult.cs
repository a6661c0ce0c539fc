using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The preview's 200 answer, written by <see cref="PlanPreviewJsonWriter"/> straight into the response's buffer, then
/// flushed once: the same bytes as <c>TypedResults.Ok</c>, which walks the serializer's metadata for the 25 KB of a
/// 4-week block (its streaming writer leaves a generated fast path after any answer over 8 KB).
/// </summary>
internal sealed class PlanPreviewJsonResult(PlanPreviewResponse value)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<PlanPreviewResponse>, IContentTypeHttpResult
{
    private const string JsonContentType = "application/json; charset=utf-8";

    // What the serializer itself uses for a compact answer: the default encoder, no indentation, no re-validation.
    private static readonly JsonWriterOptions _writerOptions = new() { SkipValidation = true };

    public PlanPreviewResponse Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    string IContentTypeHttpResult.ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        Write(response.BodyWriter);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>The answer's JSON into <paramref name="output"/>, with no flush.</summary>
    public void Write(System.Buffers.IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, _writerOptions);
        PlanPreviewJsonWriter.Write(writer, Value);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(PlanPreviewResponse), ["application/json"]));
}
