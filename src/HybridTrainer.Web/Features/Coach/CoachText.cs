namespace HybridTrainer.Web.Features.Coach;

/// <summary>The words of the coach's pages (clients table, client overview, next block) and an athlete's coach and gym links.</summary>
public sealed class CoachText;
