using FluentValidation;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.PlanPreview;

internal static class PlanPreviewEndpoints
{
    public static IEndpointRouteBuilder MapPlanPreviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/plans/preview", PreviewAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PlanPreview)
            .WithTags("Plans")
            .WithName("PreviewPlan")
            .WithSummary("Generates a training block from a profile without an account; nothing is stored.")
            .WithDescription("With an optional race (FiveK, TenK, HalfMarathon or Marathon; date yyyy-MM-dd; goal time h:mm:ss), the block runs from startDate to the race week (R31, up to 24 weeks; weeks may be left out), each week carries its phase (Base, Build, Taper), and the answer adds the race with its predicted time. Without a race the answer is unchanged.")
            // The body is read by hand (size limit, precise errors), so its schema is declared here; routing also
            // answers 415 (problem details) to a body that is not JSON before the handler runs.
            .Accepts<PlanPreviewRequest>("application/json")
            .WithBodyLimit(RequestBodyLimits.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<PlanPreviewJsonResult, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, IOptions<JsonOptions> json, IValidator<PlanPreviewRequest> validator, IStringLocalizer<PlanPreviewText> text,
        IStringLocalizer<WhyText> why, CancellationToken cancellationToken)
    {
        var (body, problem) = await PlanPreviewBody.ReadAsync(request, json.Value.SerializerOptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // Every rule is synchronous: the async path would only add a state machine per rule.
        var validation = validator.Validate(body!);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary(), title: text["ValidationTitle"]);
        }

        var blockRequest = PlanPreviewMapper.ToBlockRequest(body!);
        // The validator answers every refusal of R31 and R39 under its field; this only guards against the two drifting.
        if (BlockGenerator.RefusalFor(blockRequest) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["race"] = [why.Word(refusal)] }, title: text["ValidationTitle"]);
        }

        var block = BlockGenerator.Generate(blockRequest);
        return new PlanPreviewJsonResult(PlanPreviewMapper.ToResponse(block, why));
    }
}
