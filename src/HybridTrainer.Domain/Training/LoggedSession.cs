namespace HybridTrainer.Domain.Training;

/// <summary>What the athlete actually did on a planned (or extra) session.</summary>
public sealed record LoggedSession(
    DateOnly Date,
    SessionKind Kind,
    bool Done,
    int? ActualMinutes,
    double? DistanceKm,
    int? Rpe,
    IReadOnlyList<LoggedSet> Sets);
