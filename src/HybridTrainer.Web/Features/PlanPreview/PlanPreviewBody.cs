using System.Text.Json;
using HybridTrainer.Web.Infrastructure.Http;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>The preview body, read by <see cref="JsonBody"/> (64 KiB at most, a precise 400 for anything malformed).</summary>
internal static class PlanPreviewBody
{
    public const int MaximumBytes = JsonBody.MaximumBytes;

    public static Task<(PlanPreviewRequest? Request, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken) =>
        JsonBody.ReadAsync<PlanPreviewRequest>(request, options, "plan preview request", cancellationToken);
}
