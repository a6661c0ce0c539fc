namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>The preview API's validation messages, read from PlanPreviewText.resx; the JSON contract itself is not worded.</summary>
public sealed class PlanPreviewText;
