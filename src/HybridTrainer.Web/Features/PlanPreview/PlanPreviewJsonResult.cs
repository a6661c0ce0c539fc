using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

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

    public PlanPreviewResponse Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    string IContentTypeHttpResult.ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        // The API's encoder (ASP.NET Core's default is the relaxed one: "–" and "'" stay as they are).
        Write(response.BodyWriter, httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions.Encoder);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>The answer's JSON into <paramref name="output"/> with the API's <paramref name="encoder"/>, compact, with no flush.</summary>
    public void Write(System.Buffers.IBufferWriter<byte> output, JavaScriptEncoder? encoder)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = encoder, SkipValidation = true });
        PlanPreviewJsonWriter.Write(writer, Value);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(PlanPreviewResponse), ["application/json"]));
}
