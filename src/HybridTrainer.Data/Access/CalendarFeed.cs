namespace HybridTrainer.Data.Access;

/// <summary>
/// A private iCalendar feed of one athlete's sessions, opened by an athlete for themselves or by a coach for a client.
/// Calendar apps cannot send credentials, so the long random token in the URL is the credential; only its hash is stored.
/// </summary>
public class CalendarFeed
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public Guid OwnerUserId { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
