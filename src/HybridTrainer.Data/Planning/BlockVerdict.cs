namespace HybridTrainer.Data.Planning;

/// <summary>
/// The plan checker's verdict on one stored block, kept so the coach's table reads it instead of re-checking every
/// client's block on every request. Written by <see cref="CoachReadModel"/> in the same save as any change to the
/// block, its sessions, their logs or the athlete's profile, lifts and shoes.
/// </summary>
public class BlockVerdict
{
    /// <summary>
    /// Bump when the checker's rules or the stored form change: rows of an older version are recomputed at start-up
    /// and on first read. Version 2: findings kept as keys and arguments (<see cref="StoredFinding"/>), not English.
    /// </summary>
    public const int CurrentVersion = 2;

    public Guid BlockId { get; set; }

    public Guid AthleteId { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// Every rule the block breaks as "R7: Key|arg" (<see cref="StoredFinding"/>; rows of version 1 hold "R7: sentence"),
    /// distinct, in the checker's order (empty while the profile is incomplete).
    /// </summary>
    public List<string> Warnings { get; set; } = [];

    public DateTimeOffset CheckedAt { get; set; }
}
