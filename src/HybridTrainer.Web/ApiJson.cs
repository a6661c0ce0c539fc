using System.Text.Json;
using System.Text.Json.Serialization;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Features.PlanPreview;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web;

/// <summary>
/// Serialization metadata made at build time for the plan and session contracts, the API's busiest answers: no
/// reflection to build it at the first request, and less work per request. It sits first in the minimal API's resolver
/// chain (<see cref="ApiJson"/>); any type not listed here falls through to the reflection resolver behind it. The
/// options match the app's own (web defaults, enums as names), so the JSON and the OpenAPI document are unchanged.
/// It lives at the composition root because it names contracts of several features.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WeekDto))]
[JsonSerializable(typeof(SessionDto))]
[JsonSerializable(typeof(SessionDetailDto))]
[JsonSerializable(typeof(SessionLogDto))]
[JsonSerializable(typeof(BlockDto))]
[JsonSerializable(typeof(IReadOnlyList<BlockSummaryDto>))]
[JsonSerializable(typeof(SavedBlock))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

/// <summary>The minimal API's JSON options, set once at start-up.</summary>
internal static class ApiJson
{
    /// <summary>The public JSON contract: camelCase (the web default) with enums as their names; generated metadata first.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        options.TypeInfoResolverChain.Insert(0, PlanPreviewJsonContext.Default);
    }
}
