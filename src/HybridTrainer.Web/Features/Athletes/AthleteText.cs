namespace HybridTrainer.Web.Features.Athletes;

/// <summary>The words of an athlete-access refusal (not visible, not allowed), as pages and the API answer them.</summary>
public sealed class AthleteText;
