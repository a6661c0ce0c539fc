namespace HybridTrainer.Data.Planning;

/// <summary>A saved, generated block: what the engine computed once (kept as a snapshot) and its sessions as rows.</summary>
public class TrainingBlock
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public DateOnly StartDate { get; set; }

    public int Weeks { get; set; }

    public BlockSnapshot Snapshot { get; set; } = new();

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlannedSession> Sessions { get; } = [];
}
