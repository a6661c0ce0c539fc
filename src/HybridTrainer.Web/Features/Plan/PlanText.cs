namespace HybridTrainer.Web.Features.Plan;

/// <summary>The words of planning: the week page, the plan page, block previews and race goals, read from PlanText.resx.</summary>
public sealed class PlanText;
