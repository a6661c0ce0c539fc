using System.Text.Json.Nodes;
using HybridTrainer.Domain.Training;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race object is read as text (so bad values get field errors); the document still tells clients what each field
/// takes: the distance names, a date, and the goal time's pattern.
/// </summary>
internal sealed class PlanPreviewSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(PlanPreviewRace) && schema.Properties is { } properties)
        {
            if (properties.TryGetValue("distance", out var distance) && distance is OpenApiSchema d)
            {
                d.Enum = [.. Enum.GetNames<RaceDistance>().Select(n => (JsonNode)JsonValue.Create(n))];
                d.Description = "The race distance.";
            }

            if (properties.TryGetValue("date", out var date) && date is OpenApiSchema r)
            {
                r.Format = "date";
                r.Description = "Race day, yyyy-MM-dd: not in the past, and R31's weeks from startDate (5 km 6, 10 km 8, half 10, marathon 12; at most 24).";
            }

            if (properties.TryGetValue("goalTime", out var goal) && goal is OpenApiSchema g)
            {
                g.Pattern = @"^(?:[0-9]{1,2}:[0-5][0-9]|[0-9]{1,3}):[0-5][0-9]$";
                g.Description = "Optional goal, h:mm:ss (or mm:ss), between the world record and a 10-hour marathon's pace.";
            }
        }

        return Task.CompletedTask;
    }
}
