namespace HybridTrainer.Web.Features.Athletes;

/// <summary>One athlete as a list shows them; no health data.</summary>
public sealed record AthleteSummary(Guid Id, string DisplayName, Guid? GymId, bool HasLogin, bool ProfileComplete);
