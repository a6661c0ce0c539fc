namespace HybridTrainer.Data.Coaching;

/// <summary>A coach's link to a client. Ending it keeps the history instead of deleting the row.</summary>
public class CoachClient
{
    public Guid Id { get; set; }

    public Guid CoachUserId { get; set; }

    public Guid AthleteId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
