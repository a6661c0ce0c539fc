using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>A move waiting for the person to accept the rules it breaks.</summary>
public sealed record PendingMove(Guid SessionId, DateOnly Day, IReadOnlyList<RuleWarning> Violations);
