using FluentValidation;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
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
            // The body is read by hand (size limit, precise errors), so its schema is declared here; routing also
            // answers 415 (problem details) to a body that is not JSON before the handler runs.
            .Accepts<PlanPreviewRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Ok<PlanPreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, IOptions<JsonOptions> json, IValidator<PlanPreviewRequest> validator, CancellationToken cancellationToken)
    {
        var (body, problem) = await PlanPreviewBody.ReadAsync(request, json.Value.SerializerOptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var validation = await validator.ValidateAsync(body!, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        var block = BlockGenerator.Generate(PlanPreviewMapper.ToBlockRequest(body!));
        return TypedResults.Ok(PlanPreviewMapper.ToResponse(block));
    }
}
