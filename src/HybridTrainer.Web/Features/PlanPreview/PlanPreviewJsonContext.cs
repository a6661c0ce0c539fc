using System.Text.Json;
using System.Text.Json.Serialization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// Source-generated JSON for the preview's request and answer. It joins the API's resolver chain (request binding and
/// the OpenAPI document read it there), and the answer is written with its own options, which match the API's (web
/// defaults, enums as names): only a context used with its own options takes the generated writer, the fast path
/// that skips the per-property metadata walk.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlanPreviewRequest))]
[JsonSerializable(typeof(PlanPreviewResponse))]
internal sealed partial class PlanPreviewJsonContext : JsonSerializerContext;
